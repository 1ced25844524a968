// runtime.Goexit runs the deferred calls, in which recover() returns nil (Goexit is not
// a panic), and then ends the goroutine; the code after it never runs.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		func() {
			defer fmt.Println("inner deferred")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("main goes on")
}

// Output:
// inner deferred
// recover during Goexit: <nil>
// main goes on
