// Seed 1, "for ... range over a channel": the sender closes, ending the loop.
ch := make(chan int)
go func() {
	defer close(ch)
	for i := 1; i <= 5; i++ {
		ch <- i
	}
}()
for v := range ch {
	fmt.Println(v)
}
// prints 1, 2, 3, 4, 5

// Output:
// 1
// 2
// 3
// 4
// 5
