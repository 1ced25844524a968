// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 70-78: setting a channel to nil disables its case in a select.
// The block is verbatim; lines marked `// added` are what it needs to run.
func next(buf []int) int { return len(buf) } // added
in := make(chan int) // added
var out chan int // added
var buf []int // added
go func() { in <- 1; in <- 2; close(in) }() // added
for in != nil || out != nil {
    select {
    case v, ok := <-in:
        if !ok { in = nil; continue } // disable this case
        buf = append(buf, v)
    case out <- next(buf):
        // ...
    }
}
fmt.Println(buf) // added

// Output:
// [1 2]
