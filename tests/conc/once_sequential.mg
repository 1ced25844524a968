package main

import (
	"fmt"
	"sync"
)

type config struct {
	once sync.Once
	data map[string]int
}

func (c *config) get(k string) int {
	c.once.Do(func() {
		fmt.Println("loading")
		c.data = map[string]int{"a": 1, "b": 2}
	})
	return c.data[k]
}

func main() {
	c := &config{}
	fmt.Println(c.get("a"), c.get("b"), c.get("z"))

	var o sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			o.Do(func() {
				calls++
				panic("first call panics")
			})
		}()
	}
	fmt.Println("calls:", calls)

	// Do inside Do on a different Once is fine.
	var outer, inner sync.Once
	outer.Do(func() { inner.Do(func() { fmt.Println("nested") }) })
}

// Output:
// loading
// 1 2 0
// recovered: first call panics
// calls: 1
// nested
