package main

import "fmt"

type P struct{ X int }

func (p P) Double() int       { return p.X * 2 }
func (p *P) Scale(k int)      { p.X *= k }
func (p P) Plus(n int) P      { return P{p.X + n} }

func main() {
	d := P.Double
	fmt.Println(d(P{21}))
	s := (*P).Scale
	v := P{3}
	s(&v, 5)
	fmt.Println(v.X)
	plus := P.Plus
	fmt.Println(plus(P{1}, 2))
	dd := (*P).Double
	fmt.Println(dd(&v))
	fs := []func(P) int{P.Double, func(p P) int { return -p.X }}
	for _, f := range fs {
		fmt.Println(f(P{4}))
	}
}

// Output:
// 42
// 15
// {3}
// 30
// 8
// -4
