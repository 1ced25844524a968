package main

import (
	"fmt"
	"sync"
)

// Once.Do calls f once even when f panics; concurrent callers wait for the
// first call to finish; a different f on a used Once is not called.
func main() {
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init", i) })
	}
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("first call panics") })
	}()
	p.Do(func() { fmt.Println("not called") })
	fmt.Println("after panic")

	var slow sync.Once
	value := 0
	var wg sync.WaitGroup
	seen := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			slow.Do(func() {
				for k := 0; k < 1000; k++ {
					value++
				}
			})
			seen[i] = value
		}(i)
	}
	wg.Wait()
	fmt.Println(seen)
}

// Output:
// init 0
// recovered: first call panics
// after panic
// [1000 1000 1000 1000 1000 1000 1000 1000 1000 1000]
