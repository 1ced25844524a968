// -race corpus, race-free: atomic.Value Store and Load.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ level int }

func main() {
	var v atomic.Value
	v.Store(&config{level: 1})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c := &config{level: 2}
		v.Store(c)
	}()
	wg.Wait()
	fmt.Println(v.Load().(*config).level)
}

// Flags: -race
// Output:
// 2
