// Float comparisons in conditions compile to compare-and-branch instructions; a NaN
// operand makes every ordered comparison false and != true, in both the taken and the
// fall-through sense (if, for conditions, && and ||, negation).
package main

import (
	"fmt"
	"math"
)

func classify(a, b float64) string {
	s := ""
	if a < b {
		s += "<"
	}
	if a <= b {
		s += "<="
	}
	if a > b {
		s += ">"
	}
	if a >= b {
		s += ">="
	}
	if a == b {
		s += "=="
	}
	if a != b {
		s += "!="
	}
	if !(a < b) {
		s += " !<"
	}
	if !(a >= b) {
		s += " !>="
	}
	if a < b || a > b {
		s += " <>"
	}
	if !(a <= b && b <= a) {
		s += " !eq"
	}
	return s
}

func mandel(cr, ci float64) int {
	zr, zi := 0.0, 0.0
	n := 0
	for ; n < 50 && zr*zr+zi*zi <= 4; n++ {
		zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
	}
	return n
}

func main() {
	nan := math.NaN()
	for _, p := range [][2]float64{{1, 2}, {2, 1}, {1, 1}, {nan, 1}, {1, nan}, {nan, nan}, {math.Inf(-1), 0}} {
		fmt.Printf("%v %v: %s\n", p[0], p[1], classify(p[0], p[1]))
	}
	var f32 float32 = 0.1
	fmt.Println(f32 < 0.1, float64(f32) > 0.1)
	total := 0
	for y := -1.0; y <= 1.0; y += 0.25 {
		for x := -2.0; x <= 0.5; x += 0.25 {
			total += mandel(x, y)
		}
	}
	fmt.Println(total)
}

// Output:
// 1 2: <<=!= !>= <> !eq
// 2 1: >>=!= !< <> !eq
// 1 1: <=>=== !<
// NaN 1: != !< !>= !eq
// 1 NaN: != !< !>= !eq
// NaN NaN: != !< !>= !eq
// -Inf 0: <<=!= !>= <> !eq
// false true
// 1863
