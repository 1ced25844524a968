// Seed document s1 (001_f7ebe58bf6508199.txt), lines 18-25: go doesn't wait; the Sleep gives the goroutine time to run.
// The block is verbatim; lines marked `// added` are what it needs to run.
func main() {
go sayHello() // returns immediately
fmt.Println("main")
time.Sleep(time.Second) // give the goroutine time to run
}
func sayHello() {
fmt.Println("hello from goroutine")
}

// Unordered output:
// main
// hello from goroutine
