// Channels of interfaces: nil interface vs interface holding a nil pointer, type switches, chan any.
package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (r Rect) String() string   { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func main() {
	ch := make(chan Shape, 4)
	ch <- Rect{2, 3}
	ch <- &Circle{1}
	ch <- nil
	var cp *Circle
	ch <- cp // non-nil interface holding a nil pointer
	close(ch)
	for s := range ch {
		switch v := s.(type) {
		case nil:
			fmt.Println("nil shape")
		case Rect:
			fmt.Println(v, v.Area())
		case *Circle:
			if v == nil {
				fmt.Println("nil circle, iface nil?", s == nil)
				continue
			}
			fmt.Println("circle", v.Area())
		}
	}
	v, ok := <-ch
	fmt.Println(v, ok)

	anyCh := make(chan any)
	go func() {
		for _, x := range []any{1, "two", 3.5, []int{4}, map[string]int{"five": 5}, struct{ A int }{6}, ch} {
			anyCh <- x
		}
		close(anyCh)
	}()
	var parts []string
	for x := range anyCh {
		if c, ok := x.(chan Shape); ok {
			_, open := <-c
			parts = append(parts, fmt.Sprintf("chan open=%v", open))
			continue
		}
		parts = append(parts, fmt.Sprintf("%T=%v", x, x))
	}
	fmt.Println(strings.Join(parts, "; "))
}

// Output:
// Rect(2x3) 6
// circle 3
// nil shape
// nil circle, iface nil? false
// <nil> false
// int=1; string=two; float64=3.5; []int=[4]; map[string]int=map[five:5]; struct { A int }={6}; chan open=false
