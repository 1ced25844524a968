// The seed's racy counter (s2, "RACE CONDITION"), waiting for its goroutines
// (lines marked added) so that the race runs every time: caught on every run.
counter := 0
var wg sync.WaitGroup // added
for i := 0; i < 1000; i++ {
    wg.Add(1) // added
    go func() {
        defer wg.Done() // added
        counter++ // Data race: unsynchronized read-modify-write
    }()
}
wg.Wait() // added
_ = counter // added

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
