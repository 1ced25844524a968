// -race corpus, racy: the send comes before the write it should publish.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import "fmt"

func main() {
	data := 0
	ready := make(chan bool, 1)
	go func() {
		ready <- true
		data = 5
	}()
	<-ready
	fmt.Println(data >= 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
