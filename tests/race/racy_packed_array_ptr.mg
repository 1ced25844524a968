// -race corpus, racy: a goroutine stores a whole [3]byte through a pointer converted
// from s[1:4] while main reads s[2], one of its bytes, with no synchronisation. Go
// 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"sync"
)

func main() {
	s := make([]byte, 8)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		*(*[3]byte)(s[1:4]) = [3]byte{1, 2, 3}
		wg.Done()
	}()
	fmt.Println(s[2] < 10)
	wg.Wait()
}

// Flags: -race
// Exit: 66
// Output:
// true
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
