// Seed document s1 (001_f7ebe58bf6508199.txt), lines 215-225: ctx.Done() closes when the context is canceled: the worker returns.
// The block is verbatim; lines marked `// added` are what it needs to run.
func worker(ctx context.Context) {
for {
select {
case <-ctx.Done():
fmt.Println("worker canceled:", ctx.Err())
return
default:
// do one unit of work
}
}
}
ctx, cancel := context.WithCancel(context.Background()) // added
go worker(ctx) // added
cancel() // added
time.Sleep(100 * time.Millisecond) // added

// Output:
// worker canceled: context canceled
