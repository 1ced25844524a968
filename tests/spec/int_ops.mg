package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b)
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Println(a<<3, a>>2, -a>>1)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int64(1)<<62)
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 4
	x <<= 3
	x >>= 1
	x |= 1
	x &= 7
	x ^= 2
	x &^= 1
	fmt.Println(x)
}

// Output:
// 22 12 85 3 2
// -3 -2 -3 2
// 1 21 20 16 -18
// 136 4 -9
// true 4611686018427387904
// 2
