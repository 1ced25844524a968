package main

import "fmt"

type T struct{ A int }

func (t T) String() string { return fmt.Sprintf("T(%d)", t.A) }

type P struct{ B int }

func (p *P) String() string {
	if p == nil {
		return "nil P"
	}
	return "P"
}

func main() {
	var p *int
	var m map[string]int
	var s []string
	var f func()
	var c chan int
	var i any
	var e error
	fmt.Println(p, m, s, f, c, i, e)
	fmt.Printf("%v %v %v %v %v\n", p, m, s, f, c)
	fmt.Printf("%#v %#v %#v\n", p, m, s)
	fmt.Printf("%#v %#v\n", i, e)
	fmt.Printf("%d %s\n", p, s)
	var tp *T
	fmt.Println(tp)
	fmt.Printf("%v %s\n", tp, tp)
	var pp *P
	fmt.Println(pp)
	fmt.Println([]any{nil, 1, p})
	fmt.Println(struct {
		X any
		Y *int
	}{})
	fmt.Printf("%+v\n", struct{ E error }{})
	fmt.Printf("%#v\n", struct{ E error }{})
}

// Output:
// <nil> map[] [] <nil> <nil> <nil> <nil>
// <nil> map[] [] <nil> <nil>
// (*int)(nil) map[string]int(nil) []string(nil)
// <nil> <nil>
// 0 []
// <nil>
// <nil> <nil>
// nil P
// [<nil> 1 <nil>]
// {<nil> <nil>}
// {E:<nil>}
// struct { E error }{E:error(nil)}
