package main

import (
	"fmt"
	"sync"
)

// The negative counter panic is an ordinary, recoverable panic.
func main() {
	var wg sync.WaitGroup
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	wg.Add(2)
	wg.Add(-1)
	wg.Done()
	wg.Wait()
	fmt.Println("zero")
	wg.Add(-1)
}

// Output:
// zero
// recovered: sync: negative WaitGroup counter
