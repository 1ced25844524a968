// container/ring: New, Len, Move, Link, Unlink, Do, and the zero and nil rings.
package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	fmt.Print(r.Len(), ":")
	r.Do(func(p any) { fmt.Print(" ", p) })
	fmt.Println()
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-1))
	show(r.Move(12))
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = 10 * (i + 1)
		s = s.Prev()
	}
	show(s)
	n := r.Link(s)
	show(r)
	show(n)
	removed := r.Unlink(3)
	show(removed)
	show(r)
	fmt.Println(r.Unlink(0) == nil)

	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)
	var nr *ring.Ring
	fmt.Println(nr.Len(), ring.New(0) == nil, ring.New(-1) == nil)
	nr.Do(func(any) { fmt.Println("never") })
	one := ring.New(1)
	one.Value = "solo"
	show(one.Link(one))
}
// Output:
// 5: 0 1 2 3 4
// 5: 2 3 4 0 1
// 5: 4 0 1 2 3
// 5: 2 3 4 0 1
// 3: 10 30 20
// 8: 0 10 30 20 1 2 3 4
// 8: 1 2 3 4 0 10 30 20
// 3: 10 30 20
// 5: 0 1 2 3 4
// true
// 1 true true true
// 0 true true
// 1: solo
