//go:build go1.22

// loopclosure is silent in a file whose build line asks for Go 1.22.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i, i*2)
		}()
	}
	wg.Wait()
	items := []string{"a", "b"}
	for k, v := range items {
		defer func() { fmt.Println(k, v) }()
	}
	var p *int
	for p = nil; p != nil; p = nil {
		go func() { fmt.Println(p) }()
	}
	var k2, v2 int
	for k2, v2 = range []int{1} {
		go func() {
			func() { fmt.Println(k2, v2) }()
		}()
	}
}

// Exit: 0
