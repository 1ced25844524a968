// Seed document s1 (001_f7ebe58bf6508199.txt), lines 116-121: default runs when nothing is ready.
// The block is verbatim; lines marked `// added` are what it needs to run.
ch := make(chan int) // added
select {
case v := <-ch:
fmt.Println("got", v)
default:
fmt.Println("nothing ready")
}

// Output:
// nothing ready
