// sync.Once from many goroutines; a panicking f counts as done; nested Onces; Once in a struct.
package main

import (
	"fmt"
	"sync"
)

type Config struct{ name string }

var (
	once sync.Once
	cfg  *Config
	inits int
)

func get() *Config {
	once.Do(func() {
		inits++
		cfg = &Config{"loaded"}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	ptrs := make(chan *Config, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); ptrs <- get() }()
	}
	wg.Wait()
	close(ptrs)
	same := true
	for p := range ptrs {
		same = same && p == cfg
	}
	fmt.Println(inits, same, cfg.name)

	// A panicking f still counts as done.
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("init failed") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("ran again:", ran)

	// Do inside Do of a different Once is fine.
	var a, b sync.Once
	a.Do(func() { b.Do(func() { fmt.Println("nested once") }) })

	// Once in a struct, method value as the f.
	type lazy struct {
		once sync.Once
		v    int
	}
	l := &lazy{}
	set := func() { l.v += 7 }
	for i := 0; i < 3; i++ {
		l.once.Do(set)
	}
	fmt.Println("lazy", l.v)
}

// Output:
// 1 true loaded
// recovered: init failed
// ran again: false
// nested once
// lazy 7
