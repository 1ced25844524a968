// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 47-52: select proceeds with whichever operation is ready.
// The block is verbatim; lines marked `// added` are what it needs to run.
func handle(v int) { fmt.Println("handled", v) } // added
func run(ctx context.Context, in chan int) error { // added
select {
case v := <-in:
    handle(v)
case <-ctx.Done():
    return ctx.Err()
}
return nil // added
} // added
in := make(chan int, 1) // added
in <- 7 // added
fmt.Println(run(context.Background(), in)) // added
ctx, cancel := context.WithCancel(context.Background()) // added
cancel() // added
fmt.Println(run(ctx, in)) // added

// Output:
// handled 7
// <nil>
// context canceled
