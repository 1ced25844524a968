// Read locks nest; a nil *RWMutex (native RLock) panics with a recoverable
// nil-dereference runtime error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("two readers")
	rw.RUnlock()
	rw.RUnlock()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var p *sync.RWMutex
	p.RLock()
}

// Output:
// two readers
// recovered: runtime error: invalid memory address or nil pointer dereference
