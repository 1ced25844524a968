// -race corpus, racy: one element of a packed []bool written by a goroutine and by
// main with no synchronisation. Go 1.19's go run -race reports it too (exit status 66).
package main

import "sync"

func main() {
	x := make([]bool, 8)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		x[3] = true
		wg.Done()
	}()
	x[3] = false
	wg.Wait()
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
