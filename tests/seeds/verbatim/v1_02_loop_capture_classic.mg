// Seed document s1 (001_f7ebe58bf6508199.txt), lines 30-35: pre-1.22 the goroutines share i (main does not wait: usually nothing is printed).
// The block is verbatim; lines marked `// added` are what it needs to run.
// PRE-Go 1.22 — all goroutines see i = 3 because they share i
for i := 0; i < 3; i++ {
go func() {
fmt.Println(i) // prints 3, 3, 3 (probably)
}()
}

// Stdout: ^([0-3]\n){0,3}$
