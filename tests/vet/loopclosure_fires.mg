// loopclosure: a go or defer func literal, last in a loop body, that uses a loop
// variable (for-post, range key and value, p = p.next, nested literals), as go vet
// 1.19 reports it under the classic loop semantics.
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

// Stderr: /loopclosure_fires\.mg:17:16: loop variable i captured by func literal$
// Stderr: /loopclosure_fires\.mg:17:19: loop variable i captured by func literal$
// Stderr: /loopclosure_fires\.mg:23:30: loop variable k captured by func literal$
// Stderr: /loopclosure_fires\.mg:23:33: loop variable v captured by func literal$
// Stderr: /loopclosure_fires\.mg:27:27: loop variable p captured by func literal$
// Stderr: /loopclosure_fires\.mg:32:25: loop variable k2 captured by func literal$
// Stderr: /loopclosure_fires\.mg:32:29: loop variable v2 captured by func literal$
// Exit: 1
