// loopvar: the loop-variable capture of the seed documents, made visible.
// Every closure is created inside the loop and runs after it. With classic
// semantics (the default, Go before 1.22) there is one i for the whole loop
// and every closure sees its final value; with -loopvar (Go 1.22) each
// iteration has its own i. The goroutines wait on a gate so the result does
// not depend on timing. `minigo vet` flags the capture.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println("<- closures")

	gate := make(chan struct{})
	var mu sync.Mutex
	var seen []int
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen, "<- goroutines")
}

// Output:
// 3 3 3 <- closures
// [3 3 3] <- goroutines

// Variant: -loopvar
// Output:
// 0 1 2 <- closures
// [0 1 2] <- goroutines
