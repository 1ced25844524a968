package main

import "fmt"

type Counter struct {
	n    int
	hist []int
}

func bump(c *Counter) {
	c.n++
	c.hist = append(c.hist, c.n)
}

func main() {
	c := Counter{}
	bump(&c)
	bump(&c)
	fmt.Println(c.n, c.hist)
	cs := []Counter{{}, {}}
	bump(&cs[1])
	fmt.Println(cs[0].n, cs[1].n)
	m := map[string]*Counter{"a": {}}
	bump(m["a"])
	fmt.Println(m["a"].n)
	pf := &c.n
	*pf = 50
	fmt.Println(c.n)
}

// Output:
// 2 [1 2]
// 0 1
// 1
// 50
