// Send on a closed channel: recovered in main, fatal in a goroutine.
package main

import (
	"fmt"
	"time"
)

type event struct{ id int }

func trySend(ch chan event) {
	defer func() { fmt.Println("main recovered:", recover()) }()
	ch <- event{1}
}

func main() {
	ch := make(chan event, 1)
	close(ch)
	trySend(ch)
	go func() {
		ch <- event{2}
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}

// Output:
// main recovered: send on closed channel
// Exit: 2
// Stderr: ^panic: send on closed channel$
// Stderr: ^goroutine [0-9]+ \[running\]:$
// Stderr: ^main\.main\.func1\(.*\)$
// Stderr: ^	.*send_closed_in_goroutine\.mg:21$
// Stderr: ^created by main\.main( in goroutine [0-9]+)?$
// Stderr: ^	.*send_closed_in_goroutine\.mg:20$
