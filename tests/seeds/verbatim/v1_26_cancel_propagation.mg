// Seed document s1 (001_f7ebe58bf6508199.txt), lines 302-308: all workers selecting on <-ctx.Done() exit.
// The block is verbatim; lines marked `// added` are what it needs to run.
func worker(ctx context.Context, i int) { <-ctx.Done() } // added
ctx, cancel := context.WithCancel(context.Background())
defer cancel()
for i := 0; i < 10; i++ {
go worker(ctx, i)
}
// Cancel everyone:
cancel()

// Flags: -leaks
// Output:
