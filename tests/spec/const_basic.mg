package main

import "fmt"

const Pi = 3.14159
const (
	A     = 1
	B int = 2
	C     = "str"
	D     = 'd'
	E     = true
)

const big = 1 << 100

func main() {
	fmt.Println(Pi, A, B, C, D, E)
	fmt.Println(big >> 98)
	const local = A + B*10
	fmt.Println(local)
	var f float64 = big / (1 << 90)
	fmt.Println(f)
	fmt.Printf("%T %T %T %T %T\n", Pi, A, C, D, E)
}

// Output:
// 3.14159 1 2 str 100 true
// 4
// 21
// 1024
// float64 int string int32 bool
