// -race corpus, race-free: an errgroup-style WaitGroup + Once.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

type group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	var g group
	out := make([]int, 3)
	for i := 0; i < 3; i++ {
		i := i
		g.Go(func() error {
			out[i] = i + 1
			return nil
		})
	}
	fmt.Println(g.Wait(), out)
}

// Flags: -race
// Output:
// <nil> [1 2 3]
