// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 109-114: select on ctx.Done() makes a wait cancellable.
// The block is verbatim; lines marked `// added` are what it needs to run.
func handle(w string) { fmt.Println("handled", w) } // added
func serve(ctx context.Context, jobs chan string) error { // added
select {
case <-ctx.Done():
    return ctx.Err()
case work := <-jobs:
    handle(work)
}
return nil // added
} // added
ctx, cancel := context.WithCancel(context.Background()) // added
jobs := make(chan string, 1) // added
jobs <- "job1" // added
fmt.Println(serve(ctx, jobs)) // added
cancel() // added
fmt.Println(serve(ctx, jobs)) // added

// Output:
// handled job1
// <nil>
// context canceled
