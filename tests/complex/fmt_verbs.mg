package main

import (
	"fmt"
	"math"
	"strings"
)

type C complex128

func main() {
	var c64 complex64 = complex(float32(1)/3, -float32(2)/3)
	c := complex(math.Inf(1), math.NaN())
	fmt.Printf("%v|%g|%.3e|%E|%G|%8.3f|%-8.2f|%+v\n", c64, c64, c64, 1e20+1e-20i, 2i, 1+1i, 1-1i, 3+4i)
	fmt.Printf("%v %v %d %s\n", c, -c, 1+2i, 1i)
	fmt.Printf("%#v %T %v\n", C(1+2i), C(1), []C{1, 2i})
	fmt.Println(fmt.Sprint(1+2i, 3i), fmt.Sprintf("%v", map[complex64]bool{1: true, 1i: false}))
	var s []string
	for _, z := range []complex128{0, -0i, complex(0, math.Copysign(0, -1)), 1e-300i * 1e-300i} {
		s = append(s, fmt.Sprint(z))
	}
	fmt.Println(strings.Join(s, ","))
	x := 1 + 2i
	x -= 3i
	x *= x
	y := -x
	fmt.Println(x, y, x == y, x != -y, real(x*1i), imag(x/2))
	switch x {
	case -3 - 4i:
		fmt.Println("case ok")
	default:
		fmt.Println("default")
	}

}

// Output:
// (0.33333334-0.6666667i)|(0.33333334-0.6666667i)|(3.333e-01-6.667e-01i)|(1.000000E+20+1.000000E-20i)|(0+2i)|(   1.000  +1.000i)|(1.00    -1.00   i)|(3+4i)
// (+Inf+NaNi) (-Inf+NaNi) %!d(complex128=(1+2i)) %!s(complex128=(0+1i))
// (1+2i) main.C [(1+0i) (0+2i)]
// (1+2i) (0+3i) map[(0+1i):false (1+0i):true]
// (0+0i),(0+0i),(0-0i),(0+0i)
// (0-2i) (-0+2i) false false 2 -1
// default
