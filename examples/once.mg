// once: lazy initialisation with sync.Once. A hundred goroutines ask for the
// configuration at the same time; it is loaded exactly once and every caller
// sees the same value. A panic inside Do still counts as done (as in Go), so a
// second Do does not run its function again.
package main

import (
	"fmt"
	"sync"
)

type Config struct{ Name string }

var (
	once   sync.Once
	config *Config
	loads  int
)

func load() *Config {
	once.Do(func() {
		loads++
		config = &Config{Name: "production"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	same := make([]bool, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			same[i] = load() == load()
		}(i)
	}
	wg.Wait()
	all := true
	for _, s := range same {
		all = all && s
	}
	fmt.Println("loads:", loads, "same everywhere:", all, "name:", load().Name)

	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("init failed") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}

// Output:
// loads: 1 same everywhere: true name: production
// recovered: init failed
// second Do ran: false
