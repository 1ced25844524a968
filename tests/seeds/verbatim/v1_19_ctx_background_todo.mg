// Seed document s1 (001_f7ebe58bf6508199.txt), lines 198-199: two alternatives in one block: the second := declares nothing new.
// The block is verbatim; lines marked `// added` are what it needs to run.
ctx := context.Background() // for main(), tests, top-of-stack
ctx := context.TODO() // when you don't know what context to use yet

// Exit: 1
// Stderr: ^.*v1_19_ctx_background_todo\.mg:4:5: no new variables on left side of :=$
