// Seed document s2 (002_2b4772fa68bf654e.txt), lines 68-69: send v, then receive into a new v.
// The block is verbatim; lines marked `// added` are what it needs to run.
var v = 7 // added
ch := make(chan int, 1) // added
ch <- v    // Send v to channel ch.
v := <-ch  // Receive from ch, and assign value to v.
fmt.Println(v) // added

// Output:
// 7
