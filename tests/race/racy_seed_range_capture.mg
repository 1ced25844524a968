// The seed's range-loop capture (s0: closures share v before Go 1.22), waiting
// for its goroutines: caught on every run.
items := []string{"a", "b", "c"} // added
var wg sync.WaitGroup            // added
for _, v := range items {
    wg.Add(1) // added
    go func() { defer wg.Done(); fmt.Println(v) }() // pre-1.22: often prints last item repeatedly
}
wg.Wait() // added

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
