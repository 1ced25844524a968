// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 169-178: a worker that selects on ctx.Done() exits when cancelled (no leak).
// The block is verbatim; lines marked `// added` are what it needs to run.
func process(ctx context.Context, job int) { fmt.Println("job", job) } // added
ctx, cancel := context.WithCancel(context.Background()) // added
jobs := make(chan int) // added
go func() {
    for {
        select {
        case <-ctx.Done():
            return // cleanup and exit
        case job := <-jobs:
            process(ctx, job)
        }
    }
}()
jobs <- 1 // added
jobs <- 2 // added
cancel() // added

// output after main returns is lost, as under Go: job 2 may not be printed
// Flags: -leaks
// Stdout: ^job 1\n(job 2\n)?$
