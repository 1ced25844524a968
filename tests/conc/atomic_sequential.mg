package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var i32 int32 = 2147483647
	fmt.Println(atomic.AddInt32(&i32, 1), i32)
	var u32 uint32 = 0
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), u32)
	var i64 int64
	fmt.Println(atomic.AddInt64(&i64, -5), atomic.LoadInt64(&i64))
	fmt.Println(atomic.CompareAndSwapInt64(&i64, -5, 7), atomic.CompareAndSwapInt64(&i64, -5, 8), i64)
	fmt.Println(atomic.SwapInt32(&i32, 9), i32)
	atomic.StoreUint64(new(uint64), 3)
	var x atomic.Int32
	x.Store(-3)
	fmt.Println(x.Add(-2147483647), x.Load())
	var u atomic.Uint64
	fmt.Println(u.Add(^uint64(0)), u.CompareAndSwap(^uint64(0), 1), u.Load())
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(true, false), b.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(3)
	fmt.Println(v.Load(), v.Swap(4), v.Load())
	fmt.Println(v.CompareAndSwap(3, 5), v.CompareAndSwap(4, 5), v.Load())
	var s atomic.Value
	s.Store("hello")
	fmt.Println(s.Load().(string))
	defer func() { fmt.Println(recover()) }()
	s.Store(1)
}

// Output:
// -2147483648 -2147483648
// 4294967295 4294967295
// -5 -5
// true false 7
// -2147483648 9
// 2147483646 2147483646
// 18446744073709551615 true 1
// false false true true false
// <nil>
// 3 3 4
// false true 5
// hello
// sync/atomic: store of inconsistently typed value into Value
