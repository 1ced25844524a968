package main

import (
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		fmt.Println(ok, err)
		if e, ok := r.(error); ok {
			fmt.Println("error:", e.Error())
		}
	}()
	f()
}

func main() {
	a := []int{1}
	i := 3
	z := 0
	var m map[int]int
	var x interface{} = 1
	try(func() { _ = a[i] })
	try(func() { _ = i / z })
	try(func() { m[1] = 2 })
	try(func() { _ = x.(string) })
	try(func() { var p *int; _ = *p })
}

// Output:
// true runtime error: index out of range [3] with length 1
// error: runtime error: index out of range [3] with length 1
// true runtime error: integer divide by zero
// error: runtime error: integer divide by zero
// true assignment to entry in nil map
// error: assignment to entry in nil map
// true interface conversion: interface {} is int, not string
// error: interface conversion: interface {} is int, not string
// true runtime error: invalid memory address or nil pointer dereference
// error: runtime error: invalid memory address or nil pointer dereference
