// -race corpus, racy: the write comes after the send: the receive does not order it.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import "fmt"

func main() {
	x := 0
	ch := make(chan int, 1)
	go func() {
		ch <- 1
		x = 2
	}()
	<-ch
	fmt.Println(x >= 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
