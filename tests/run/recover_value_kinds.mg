package main

import (
	"fmt"
)

func catch(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	fmt.Println(catch(func() { panic(1) }))
	fmt.Println(catch(func() { panic("s") }))
	fmt.Println(catch(func() {}))
	fmt.Printf("%T\n", catch(func() { panic(2.5) }))
}

// Output:
// 1
// s
// <nil>
// float64
