// Seed document s1 (001_f7ebe58bf6508199.txt), lines 44-46: the trailing () calls the function in the new goroutine (main does not wait).
// The block is verbatim; lines marked `// added` are what it needs to run.
go func() {
fmt.Println("inline")
}()

// Stdout: ^(inline\n)?$
