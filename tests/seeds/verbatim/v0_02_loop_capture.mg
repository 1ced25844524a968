// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 24-26: pre-1.22 closures share v (main does not wait: usually nothing is printed).
// The block is verbatim; lines marked `// added` are what it needs to run.
items := []string{"a", "b", "c"} // added
for _, v := range items {
    go func() { fmt.Println(v) }() // pre-1.22: often prints last item repeatedly
}

// Stdout: ^([abc]\n){0,3}$
