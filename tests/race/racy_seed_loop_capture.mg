// The seed's classic loop-capture snippet (s1, pre-Go 1.22: the goroutines
// share i), waiting for its goroutines: the loop's write of i races with their
// reads, caught on every run.
var wg sync.WaitGroup // added
for i := 0; i < 3; i++ {
wg.Add(1) // added
go func() {
defer wg.Done() // added
fmt.Println(i) // prints 3, 3, 3 (probably)
}()
}
wg.Wait() // added

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
