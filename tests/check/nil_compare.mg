package main

import "fmt"

type S struct{ f func() }

func main() {
	var m map[string]int
	var s []int
	var f func()
	var p *int
	var i interface{}
	var e error
	var c chan int
	fmt.Println(m == nil, s == nil, f == nil, p == nil, i == nil, e == nil, c == nil)
	fmt.Println(nil != m, nil != s, nil != f)
	m = map[string]int{}
	s = []int{}
	f = func() {}
	fmt.Println(m == nil, s == nil, f == nil, S{}.f == nil)
}

// Output:
// true true true true true true true
// false false false
// false false false true
