// Seed 2, "Unbuffered vs. Buffered Channels": sends block only when the buffer is full.
ch := make(chan int, 100) // Buffered channel with capacity 100
for i := 0; i < 100; i++ {
	ch <- i
}
fmt.Println(len(ch), cap(ch))
sum := 0
for len(ch) > 0 {
	sum += <-ch
}
fmt.Println(sum)

// Output:
// 100 100
// 4950
