// Seed document s2 (002_2b4772fa68bf654e.txt), lines 75-75: a buffered channel with capacity 100.
// The block is verbatim; lines marked `// added` are what it needs to run.
ch := make(chan int, 100) // Buffered channel with capacity 100
fmt.Println(cap(ch), len(ch)) // added

// Output:
// 100 0
