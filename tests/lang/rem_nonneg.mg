// Division and remainder by a constant of a value the compiler proves is in [0, 2^32)
// (REMU32/DIVU32: a counted loop's counter and expressions over counters, the unsigned
// types up to 32 bits), beside the cases that must keep the signed sequence: negative
// values keep Go's truncated semantics, a counter the body assigns or that can pass 2^32
// has no range, MinInt64 / -1 wraps.
package main

import "fmt"

func main() {
	s, q := 0, 0
	for i := 0; i < 1000; i++ {
		s += i % 7
		q += i / 7
	}
	fmt.Println(s, q)

	// a product of counters, a bound from the outer counter, a step of 3
	s = 0
	for i := 0; i < 300; i++ {
		for j := 0; j <= i; j += 3 {
			s += (i*j)%11 + (i+j)/13 - (j-i)%5
		}
	}
	fmt.Println(s)

	// negative counters: truncated toward zero
	var out []int
	for i := -10; i < 10; i += 4 {
		out = append(out, i%7, i/7)
	}
	fmt.Println(out)

	// the body assigns the counter: no range
	out = out[:0]
	done := false
	for i := 0; i < 8; i++ {
		if i == 5 && !done {
			done = true
			i = -9
		}
		out = append(out, i%7, i/3)
	}
	fmt.Println(out)

	// near and past 2^32
	out = out[:0]
	for i := 4294967290; i < 4294967300; i += 2 {
		out = append(out, i%7, i/7)
	}
	fmt.Println(out)
	s = 0
	for i := 60000; i < 70000; i += 999 {
		for j := 60000; j < 70000; j += 997 {
			s += (i*j)%13 + (i*j)/17%19
		}
	}
	fmt.Println(s)

	// a wrapping int8 counter gets no range (it would loop forever: stop it by hand)
	n := 0
	for c := int8(120); c <= 127; c++ {
		n += int(c % 7)
		if c < 0 || n > 100 {
			break
		}
	}
	fmt.Println(n)

	// the small unsigned types
	var u32 uint32 = 4294967295
	var u16 uint16 = 65535
	var u8 uint8 = 255
	fmt.Println(u32%7, u32/7, u32%32767, u32/3, u32%10, u32/10)
	fmt.Println(u16%7, u16/7, u8%9, u8/9)
	var us []uint32
	for _, v := range []uint32{0, 1, 6, 7, 8, 2147483647, 2147483648, 4294967294} {
		us = append(us, v%7, v/7, v%1000, v/1000)
	}
	fmt.Println(us)
	u32 %= 1000
	fmt.Println(u32)

	// int32 can be negative
	var i32 int32 = -2147483648
	fmt.Println(i32%7, i32/7)

	// signed edge cases
	const minInt = -1 << 63
	x, m1 := minInt, -1
	fmt.Println(x/m1, x%m1, x%7, x/7, -7%3, -7/3, 7%-3, 7/-3)

	// a counter captured by a closure is boxed: the ordinary code
	fs := 0
	for i := 0; i < 10; i++ {
		f := func() int { return i % 3 }
		fs += f() + i%4
	}
	fmt.Println(fs)
}

// Output:
// 2997 70929
// 438405
// [-3 -1 -6 0 -2 0 2 0 6 0]
// [0 0 1 0 2 0 3 1 4 1 -2 -3 -1 -2 0 -2 -6 -2 -5 -1 -4 -1 -3 -1 -2 0 -1 0 0 0 1 0 2 0 3 1 4 1 5 1 6 2 0 2]
// [5 613566755 0 613566756 2 613566756 4 613566756 6 613566756]
// 1735
// 20
// 3 613566756 3 1431655765 5 429496729
// 1 9362 3 28
// [0 0 0 0 1 0 1 0 6 0 6 0 0 1 7 0 1 1 8 0 1 306783378 647 2147483 2 306783378 648 2147483 2 613566756 294 4294967]
// 295
// -2 -306783378
// -9223372036854775808 0 -1 -1317624576693539401 -1 -2 1 -2
// 22
