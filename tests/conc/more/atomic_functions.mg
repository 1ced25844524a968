package main

import (
	"fmt"
	"sync/atomic"
)

// The sync/atomic functions on every integer type, including wrap-around.
func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	fmt.Println(atomic.AddInt32(&i32, 5), atomic.AddInt32(&i32, -7))
	fmt.Println(atomic.AddInt64(&i64, 1<<40), atomic.LoadInt64(&i64))
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, 2))
	fmt.Println(atomic.AddUint64(&u64, 10), atomic.AddUint64(&u64, ^uint64(2)))
	fmt.Println(atomic.AddUintptr(&up, 3))
	atomic.StoreInt32(&i32, 100)
	fmt.Println(atomic.SwapInt32(&i32, 200), atomic.LoadInt32(&i32))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 100, 1), atomic.CompareAndSwapInt32(&i32, 200, 1), i32)
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(atomic.SwapUint64(&u64, 7), atomic.LoadUint64(&u64))
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 7, 8), atomic.LoadUint64(&u64))
	atomic.StoreUint32(&u32, 9)
	fmt.Println(atomic.SwapUint32(&u32, 10), atomic.LoadUint32(&u32), atomic.CompareAndSwapUint32(&u32, 10, 11), u32)
	fmt.Println(atomic.SwapInt64(&i64, -1), atomic.CompareAndSwapInt64(&i64, -1, -2), atomic.LoadInt64(&i64))
	atomic.StoreUintptr(&up, 42)
	fmt.Println(atomic.LoadUintptr(&up), atomic.SwapUintptr(&up, 1), atomic.CompareAndSwapUintptr(&up, 1, 2), up)
	var mx int32 = 1<<31 - 1
	fmt.Println(atomic.AddInt32(&mx, 1))
}

// Output:
// 5 -2
// 1099511627776 1099511627776
// 4294967295 1
// 10 7
// 3
// 100 200
// false true 1
// 9223372036854775808 7
// true 8
// 9 10 true 11
// 1099511627776 true -2
// 42 42 true 2
// -2147483648
