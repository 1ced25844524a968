package main

import (
	"errors"
	"fmt"
)

type S string

func (s S) String() string { return "S:" + string(s) }

func pair() (int, string)       { return 3, "three" }
func triple() (S, error, float64) { return "x", errors.New("bad"), 2.5 }
func strs() (S, S)              { return "a", "b" }

func fixed(a any, b fmt.Stringer) string { return fmt.Sprint(a, "/", b) }
func vari(prefix int, rest ...any) int  { return prefix + len(rest) }

var ga, gb = pair()

func wrap() (fmt.Stringer, any) { return strs() }

func main() {
	fmt.Println(pair())
	fmt.Println(triple())
	fmt.Println(fixed(strs()))
	fmt.Println(vari(pair()))
	fmt.Println(ga, gb)
	var x, y any = strs()
	fmt.Println(x, y)
	var a fmt.Stringer
	var b any
	a, b = strs()
	fmt.Println(a, b)
	fmt.Println(wrap())
	m := map[string]int{"k": 1}
	var v any
	var ok bool
	v, ok = m["k"]
	fmt.Println(v, ok)
	// Go's order: index operands first, then assignment left to right
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 2, 100
	fmt.Println(i, s)
	j, k := 0, 2
	s[j], s[k] = s[k], s[j]
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	n := 1
	n, arr[n] = 0, 50
	fmt.Println(n, arr)
	p := &arr
	q := &[3]int{7, 8, 9}
	p, p[0] = q, -1
	fmt.Println(arr, *p)
	mm := map[int]string{}
	key := 1
	key, mm[key] = 5, "one"
	fmt.Println(key, mm)
	c := make(chan int, 1)
	c <- 4
	select {
	case got, ok := <-c:
		fmt.Println("got", got, ok, len(s))
	}
}

// Output:
// 3 three
// S:x bad 2.5
// S:a/S:b
// 4
// 3 three
// S:a S:b
// S:a S:b
// S:a S:b
// 1 true
// 2 [100 2 3]
// [3 2 100]
// 0 [1 50 3]
// [-1 50 3] [7 8 9]
// 5 map[1:one]
// got 4 true 3
