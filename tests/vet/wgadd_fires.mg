// wgadd (minigo's own check): wg.Add called inside the goroutine whose wg.Done it
// balances, so wg.Wait may return before the Add runs.
package main

import (
	"fmt"
	"sync"
)

type pool struct {
	wg sync.WaitGroup
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		go func(n int) {
			wg.Add(1)
			defer wg.Done()
			fmt.Println(n)
		}(i)
	}
	wg.Wait()
	p := &pool{}
	go func() {
		p.wg.Add(1)
		fmt.Println("x")
		p.wg.Done()
	}()
	p.wg.Wait()
}

// Stderr: /wgadd_fires\.mg:18:4: wg\.Add called inside the goroutine it counts; call it before the go statement \(minigo vet\)$
// Stderr: /wgadd_fires\.mg:26:3: p\.wg\.Add called inside the goroutine it counts; call it before the go statement \(minigo vet\)$
// Exit: 1
