// Seed document s1 (001_f7ebe58bf6508199.txt), lines 37-41: passing i as an argument: 0, 1, 2 in some order (main does not wait).
// The block is verbatim; lines marked `// added` are what it needs to run.
for i := 0; i < 3; i++ {
go func(i int) {
fmt.Println(i) // prints 0, 1, 2 (in some order)
}(i)
}

// Stdout: ^([0-2]\n){0,3}$
