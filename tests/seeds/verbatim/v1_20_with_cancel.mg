// Seed document s1 (001_f7ebe58bf6508199.txt), lines 202-206: cancel() signals the worker to stop.
// The block is verbatim; lines marked `// added` are what it needs to run.
func worker(ctx context.Context) { <-ctx.Done(); fmt.Println("worker stopped:", ctx.Err()) } // added
ctx, cancel := context.WithCancel(context.Background())
defer cancel() // release resources even on early return
go worker(ctx)
// later, somewhere:
cancel() // signal worker to stop

// main may return before the worker prints; -leaks: the worker ends
// Flags: -leaks
// Stdout: ^(worker stopped: context canceled\n)?$
