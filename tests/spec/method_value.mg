package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Show() string { return fmt.Sprint("total=", a.total) }

func apply(f func(int), vals ...int) {
	for _, v := range vals {
		f(v)
	}
}

func main() {
	a := &Acc{}
	add := a.Add
	apply(add, 1, 2, 3)
	fmt.Println(a.total)
	show := a.Show // receiver copied now
	a.Add(100)
	fmt.Println(show(), a.Show())
	var b Acc
	f := b.Add
	f(7)
	fmt.Println(b.total)
}

// Output:
// 6
// total=6 total=106
// 7
