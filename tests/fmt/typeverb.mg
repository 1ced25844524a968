package main

import "fmt"

type T struct{ A int }
type Name string
type Fn func(int) string

func main() {
	var e error
	var s fmt.Stringer
	fmt.Printf("%T|%T|%T|%T|%T\n", 1, "s", 2.5, true, 'r')
	fmt.Printf("%T|%T|%T|%T\n", []int{}, map[string]int{}, [2]bool{}, &T{})
	fmt.Printf("%T|%T|%T|%T\n", T{}, Name("n"), e, s)
	fmt.Printf("%T|%T|%T\n", make(chan int), func(int) string { return "" }, Fn(nil))
	fmt.Printf("%T|%T|%T\n", []any{1}, map[string][]*T{}, struct{ X, Y int }{})
	fmt.Printf("%T|%T|%T|%T\n", int8(1), uint64(2), float32(3), byte(4))
	fmt.Printf("[%10T] [%-6T]\n", 1, "s")
	fmt.Printf("%T %T\n", []error{}, make(<-chan string))
	fmt.Printf("%v %d\n", Name("nm"), T{7})
}

// Output:
// int|string|float64|bool|int32
// []int|map[string]int|[2]bool|*main.T
// main.T|main.Name|<nil>|<nil>
// chan int|func(int) string|main.Fn
// []interface {}|map[string][]*main.T|struct { X int; Y int }
// int8|uint64|float32|uint8
// [       int] [string]
// []error <-chan string
// nm {7}
