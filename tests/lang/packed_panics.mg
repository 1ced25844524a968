package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	b := make([]byte, 3, 5)
	u := []uint16{1, 2}
	var a [4]bool
	n := 4
	try(func() { b[n] = 1 })
	try(func() { _ = u[n-2] })
	try(func() { a[n] = true })
	try(func() { _ = b[1:n+2] })
	try(func() { _ = b[n:2] })
	try(func() { p := &b[n-1]; *p = 2 })
	var nb *[3]byte
	try(func() { nb[1] = 1 })
	var np *byte
	try(func() { *np = 1 })
	fmt.Println(b, u, a)
}

// Output:
// runtime error: index out of range [4] with length 3
// runtime error: index out of range [2] with length 2
// runtime error: index out of range [4] with length 4
// runtime error: slice bounds out of range [:6] with capacity 5
// runtime error: slice bounds out of range [4:2]
// runtime error: index out of range [3] with length 3
// runtime error: invalid memory address or nil pointer dereference
// runtime error: invalid memory address or nil pointer dereference
// [0 0 0] [1 2] [false false false false]
