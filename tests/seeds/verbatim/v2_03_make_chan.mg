// Seed document s2 (002_2b4772fa68bf654e.txt), lines 64-64: an unbuffered channel of integers.
// The block is verbatim; lines marked `// added` are what it needs to run.
ch := make(chan int) // Unbuffered channel of integers
fmt.Printf("%T %d\n", ch, cap(ch)) // added

// Output:
// chan int 0
