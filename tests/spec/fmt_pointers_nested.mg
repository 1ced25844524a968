package main

import "fmt"

type Inner struct{ A []int }
type Outer struct {
	Name string
	In   Inner
	M    map[string]bool
	P    *Inner
}

func main() {
	o := Outer{"o", Inner{[]int{1, 2}}, map[string]bool{"k": true}, nil}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	ip := &Inner{[]int{3}}
	fmt.Println(ip)
	fmt.Printf("%v %+v\n", ip, []*int{nil})
	var e error
	fmt.Println(e)
	var ifc interface{} = 3
	fmt.Printf("%v %T\n", ifc, ifc)
	fmt.Println([]interface{}{1, "two", 3.0, []int{4}})
	fmt.Println([2][2]string{{"a", "b"}, {"c", "d"}})
}

// Output:
// {o {[1 2]} map[k:true] <nil>}
// {Name:o In:{A:[1 2]} M:map[k:true] P:<nil>}
// &{[3]}
// &{[3]} [<nil>]
// <nil>
// 3 int
// [1 two 3 [4]]
// [[a b] [c d]]
