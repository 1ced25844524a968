package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("code ", e.code) }

func try(f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("%T %v\n", r, r)
	}()
	f()
}

func main() {
	try(func() { panic(errors.New("plain")) })
	try(func() { panic(E{7}) })
	try(func() { panic(12) })
	try(func() {
		var m map[string]int
		m["a"] = 1
	})
	try(func() {
		var p *E
		_ = p.code
	})
	try(func() {
		var i interface{} = "str"
		_ = i.(int)
	})
	try(func() {
		x := 0
		_ = 5 / x
	})
}

// Output:
// error: plain
// error: code 7
// int 12
// error: assignment to entry in nil map
// error: runtime error: invalid memory address or nil pointer dereference
// error: interface conversion: interface {} is string, not int
// error: runtime error: integer divide by zero
