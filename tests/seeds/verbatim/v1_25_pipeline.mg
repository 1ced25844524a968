// Seed document s1 (001_f7ebe58bf6508199.txt), lines 275-298: gen | square prints 1, 4, 9, 16, 25.
// The block is verbatim; lines marked `// added` are what it needs to run.
func gen(nums ...int) <-chan int {
out := make(chan int)
go func() {
defer close(out)
for _, n := range nums {
out <- n
}
}()
return out
}
func square(in <-chan int) <-chan int {
out := make(chan int)
go func() {
defer close(out)
for n := range in {
out <- n * n
}
}()
return out
}
// Use it:
for v := range square(gen(1, 2, 3, 4, 5)) {
fmt.Println(v) // 1, 4, 9, 16, 25
}

// Output:
// 1
// 4
// 9
// 16
// 25
