// Small leaf functions (`return E` over their parameters) are compiled inline at
// their call sites; what a program can see must not change: argument order, a
// destination that is also an argument, narrow and float32 arithmetic, results
// dropped, and a function that may panic keeps its frame in the trace.
package main

import "fmt"

func elem(i, j int) float64   { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }
func mix(a, b int) int        { return (a+1)*(b+2) - a }
func wrap8(a, b int8) int8    { return a*b + 1 }
func half32(x float32) float32 { return x / 3 }
func less(a, b int) bool      { return a < b && !(b-a > 100) }
func first(a, _ int) int      { return a << 2 }
func shr(a int, n uint) int   { return a >> n }
func quo(a, b int) int        { return a / b } // may panic: not inlined

var trace []string

func arg(s string, v int) int {
	trace = append(trace, s)
	return v
}

func main() {
	fmt.Println(elem(3, 4), elem(0, 0))
	x, y := 5, 7
	x = mix(x, y)
	fmt.Println(x)
	y = mix(y, y)
	fmt.Println(y)
	fmt.Println(mix(arg("a", 1), arg("b", 2)), trace)
	mix(arg("c", 3), arg("d", 4))
	fmt.Println(trace)
	fmt.Println(wrap8(100, 3), half32(1), less(1, 2), less(1, 200), first(3, 9), shr(-64, 3))
	s := 0
	for i := 0; i < 100; i++ {
		s = mix(s%1000, i)
	}
	fmt.Println(s)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(quo(7, 0))
}

// Output:
// 0.03125 1
// 49
// 65
// 7 [a b]
// [a b c d]
// 45 0.33333334 true false 12 -8
// 84001
// recovered: runtime error: integer divide by zero
