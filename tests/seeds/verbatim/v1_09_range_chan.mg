// Seed document s1 (001_f7ebe58bf6508199.txt), lines 75-85: range over a channel prints 1, 2, 3, 4, 5.
// The block is verbatim; lines marked `// added` are what it needs to run.
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
