package main

import "fmt"

const (
	Bit0 = 1 << iota
	Bit1
	Bit2
	Mask = Bit0 | Bit2
)

const Big = 1 << 40
const F = Big * 1.5
const S = "con" + "cat"
const L = len(S)
const B = L > 5 && S != ""

func main() {
	fmt.Println(Bit0, Bit1, Bit2, Mask, Mask&^Bit0)
	fmt.Println(Big, F, S, L, B)
	var s uint = 3
	x := 1 << s
	var y int32 = 1 << s
	fmt.Println(x, y)
	fmt.Println(-7>>1, -7/2, 7>>1)
}

// Output:
// 1 2 4 5 4
// 1099511627776 1.649267441664e+12 concat 6 true
// 8 8
// -4 -3 3
