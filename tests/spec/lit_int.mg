package main

import "fmt"

func main() {
	fmt.Println(42, 0, 1_000_000)
	fmt.Println(0x2A, 0X2a, 0xdead_beef)
	fmt.Println(0o52, 0O52, 052, 0)
	fmt.Println(0b101010, 0B1111_0000)
	fmt.Println(9223372036854775807, -9223372036854775808)
	var u uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(u)
}

// Output:
// 42 0 1000000
// 42 42 3735928559
// 42 42 42 0
// 42 240
// 9223372036854775807 -9223372036854775808
// 18446744073709551615
