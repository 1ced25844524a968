package main

import "fmt"

type T struct {
	N    int
	Next *T
}

func main() {
	fmt.Printf("%t|%v|%5t|%-6t|%q|%d\n", true, false, true, false, true, true)
	t := &T{1, nil}
	fmt.Println(t)
	fmt.Printf("%v %+v\n", t, t)
	arr := &[2]int{1, 2}
	sl := &[]string{"a"}
	mp := &map[string]int{"z": 26}
	fmt.Println(arr, sl, mp)
	x := 5
	px := &x
	fmt.Println(*px, px == nil)
	fmt.Printf("%t\n", px != nil)
	var np *T
	fmt.Printf("%v %+v\n", np, np)
	pp := &np
	fmt.Println(*pp == nil)
}

// Output:
// true|false| true|false |%!q(bool=true)|%!d(bool=true)
// &{1 <nil>}
// &{1 <nil>} &{N:1 Next:<nil>}
// &[1 2] &[a] &map[z:26]
// 5 false
// true
// <nil> <nil>
// true
