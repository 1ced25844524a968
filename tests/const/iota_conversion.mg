package main

import "fmt"

type F float32

const (
	p = float32(iota)
	q
	r
)

const (
	a = F(iota) / 2
	b
	c = string(rune(iota + 'a'))
	d
)

func main() {
	const (
		x = int8(iota) * 3
		y
	)
	fmt.Println(p, q, r, q == 1.0, a, b, c, d, x, y)
}

// Output:
// 0 1 2 true 0 0.5 c d 0 3
