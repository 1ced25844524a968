// Seed document s1 (001_f7ebe58bf6508199.txt), lines 126-131: time.After: took too long.
// The block is verbatim; lines marked `// added` are what it needs to run.
func handle(v int) { fmt.Println(v) } // added
ch := make(chan int) // added
select {
case v := <-ch:
handle(v)
case <-time.After(time.Second):
fmt.Println("took too long")
}

// Output:
// took too long
