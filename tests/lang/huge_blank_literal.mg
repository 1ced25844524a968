// A huge composite literal assigned to the blank identifier is built in a scratch box,
// not in registers (70000 words used to need as many registers: "function needs too many
// registers"); its elements are still evaluated, in order.
package main

import "fmt"

var calls []int

func f(i int) int {
	calls = append(calls, i)
	return i
}

type big struct {
	a [40000]int
	b [40000]int
}

func main() {
	_ = [70000]int{5: f(1), 69999: f(2)}
	_ = big{a: [40000]int{f(3)}, b: [40000]int{39999: f(4)}}
	fmt.Println(calls)
}

// Output:
// [1 2 3 4]
