package main

import (
	"errors"
	"fmt"
)

func two() (int, string)   { return 1, "a" }
func three() (int, int, int) { return 1, 2, 3 }
func pair() (int, error)   { return 7, errors.New("e") }

type Stringer interface{ String() string }
type T int

func (t T) String() string { return fmt.Sprint("T", int(t)) }

func mk() (T, T) { return 1, 2 }

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func show(a, b any) string { return fmt.Sprint(a, "|", b) }

func wrap() (any, error) { return pair() }

func main() {
	fmt.Println(two())
	fmt.Println(sum(three()))
	fmt.Println(show(two()))
	var a, b any = two()
	fmt.Println(a, b)
	var s1, s2 Stringer = mk()
	fmt.Println(s1.String(), s2.String())
	v, err := wrap()
	fmt.Println(v, err)
	m := map[string]int{"k": 4}
	var x any
	var ok bool
	x, ok = m["k"]
	fmt.Println(x, ok)
	var y any = 5
	var n any
	n, ok = y.(int)
	fmt.Println(n, ok)
}

// Output:
// 1 a
// 6
// 1|a
// 1 a
// T1 T2
// 7 e
// 4 true
// 5 true
