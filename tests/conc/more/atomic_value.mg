package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panics:", r)
		}
	}()
	f()
}

// atomic.Value: Load before Store is nil; Store/Swap/CompareAndSwap; storing
// nil or a value of another type panics.
func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"a", 1})
	fmt.Println(v.Load().(config))
	old := v.Swap(config{"b", 2})
	fmt.Println(old, v.Load())
	fmt.Println(v.CompareAndSwap(config{"a", 1}, config{"c", 3}), v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load())
	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store("str") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap other type", func() { v.Swap(42) })
	try("cas nil new", func() { v.CompareAndSwap(config{"c", 3}, nil) })
	try("cas other type", func() { v.CompareAndSwap(config{"c", 3}, 1.5) })
	var w atomic.Value
	fmt.Println(w.Swap(7), w.Load())
	var e atomic.Value
	fmt.Println(e.CompareAndSwap(nil, "first"), e.Load())
	fmt.Println("still", v.Load())
}

// Output:
// <nil>
// {a 1}
// {a 1} {b 2}
// false true {c 3}
// store nil panics: sync/atomic: store of nil value into Value
// store other type panics: sync/atomic: store of inconsistently typed value into Value
// swap nil panics: sync/atomic: swap of nil value into Value
// swap other type panics: sync/atomic: swap of inconsistently typed value into Value
// cas nil new panics: sync/atomic: compare and swap of nil value into Value
// cas other type panics: sync/atomic: compare and swap of inconsistently typed values
// <nil> 7
// true first
// still {c 3}
