package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Println(i) })
	}
	for _, f := range fs {
		f()
	}
	var gs []func()
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() { fmt.Println(s) })
	}
	for _, g := range gs {
		g()
	}
}

// Output:
// 3
// 3
// 3
// c
// c
// c
