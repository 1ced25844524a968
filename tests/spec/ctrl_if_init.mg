package main

import (
	"fmt"
	"strconv"
)

func main() {
	if v, err := strconv.Atoi("10"); err != nil {
		fmt.Println("bad")
	} else if v > 5 {
		fmt.Println("big", v)
	} else {
		fmt.Println("small", v)
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("have a", v)
	}
	if _, ok := m["b"]; !ok {
		fmt.Println("no b")
	}
	x := 3
	if x := x * 2; x > 5 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
}

// Output:
// big 10
// have a 1
// no b
// inner x 6
// outer x 3
