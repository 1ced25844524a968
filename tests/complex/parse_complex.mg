// strconv.ParseComplex as Go: N, Ni, N±Ni with or without parentheses,
// infinities and NaN, hex floats, underscores, range errors (reported with ±Inf)
// and syntax errors, for both bit sizes.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "(1+2i)", "1+2i", "-3.5-4e2i", "2i", "i", "+i", "1+i", "(1+2i", "NaN", "+NaNi", "1+NaNi", "-Inf+Infi", "inf", "Infinity-infinityi", "0x1p4+0x1.8p1i", "0x1+1i", "1e400+1i", "1+1e400i", "1_0+2i", "1__0+2i", "1++2i", "", "()", "1e", "1.2.3i", "3e+2i", ".5+.5i", "1-2ij", "nani", "-nan"} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Println(s, c, err, c64, err64)
	}
}
// Output:
// 1 (1+0i) <nil> (1+0i) <nil>
// (1+2i) (1+2i) <nil> (1+2i) <nil>
// 1+2i (1+2i) <nil> (1+2i) <nil>
// -3.5-4e2i (-3.5-400i) <nil> (-3.5-400i) <nil>
// 2i (0+2i) <nil> (0+2i) <nil>
// i (0+0i) strconv.ParseComplex: parsing "i": invalid syntax (0+0i) strconv.ParseComplex: parsing "i": invalid syntax
// +i (0+0i) strconv.ParseComplex: parsing "+i": invalid syntax (0+0i) strconv.ParseComplex: parsing "+i": invalid syntax
// 1+i (0+0i) strconv.ParseComplex: parsing "1+i": invalid syntax (0+0i) strconv.ParseComplex: parsing "1+i": invalid syntax
// (1+2i (0+0i) strconv.ParseComplex: parsing "(1+2i": invalid syntax (0+0i) strconv.ParseComplex: parsing "(1+2i": invalid syntax
// NaN (NaN+0i) <nil> (NaN+0i) <nil>
// +NaNi (0+0i) strconv.ParseComplex: parsing "+NaNi": invalid syntax (0+0i) strconv.ParseComplex: parsing "+NaNi": invalid syntax
// 1+NaNi (1+NaNi) <nil> (1+NaNi) <nil>
// -Inf+Infi (-Inf+Infi) <nil> (-Inf+Infi) <nil>
// inf (+Inf+0i) <nil> (+Inf+0i) <nil>
// Infinity-infinityi (+Inf-Infi) <nil> (+Inf-Infi) <nil>
// 0x1p4+0x1.8p1i (16+3i) <nil> (16+3i) <nil>
// 0x1+1i (0+0i) strconv.ParseComplex: parsing "0x1+1i": invalid syntax (0+0i) strconv.ParseComplex: parsing "0x1+1i": invalid syntax
// 1e400+1i (+Inf+1i) strconv.ParseComplex: parsing "1e400+1i": value out of range (+Inf+1i) strconv.ParseComplex: parsing "1e400+1i": value out of range
// 1+1e400i (1+Infi) strconv.ParseComplex: parsing "1+1e400i": value out of range (1+Infi) strconv.ParseComplex: parsing "1+1e400i": value out of range
// 1_0+2i (10+2i) <nil> (10+2i) <nil>
// 1__0+2i (0+0i) strconv.ParseComplex: parsing "1__0+2i": invalid syntax (0+0i) strconv.ParseComplex: parsing "1__0+2i": invalid syntax
// 1++2i (0+0i) strconv.ParseComplex: parsing "1++2i": invalid syntax (0+0i) strconv.ParseComplex: parsing "1++2i": invalid syntax
//  (0+0i) strconv.ParseComplex: parsing "": invalid syntax (0+0i) strconv.ParseComplex: parsing "": invalid syntax
// () (0+0i) strconv.ParseComplex: parsing "()": invalid syntax (0+0i) strconv.ParseComplex: parsing "()": invalid syntax
// 1e (0+0i) strconv.ParseComplex: parsing "1e": invalid syntax (0+0i) strconv.ParseComplex: parsing "1e": invalid syntax
// 1.2.3i (0+0i) strconv.ParseComplex: parsing "1.2.3i": invalid syntax (0+0i) strconv.ParseComplex: parsing "1.2.3i": invalid syntax
// 3e+2i (0+300i) <nil> (0+300i) <nil>
// .5+.5i (0.5+0.5i) <nil> (0.5+0.5i) <nil>
// 1-2ij (0+0i) strconv.ParseComplex: parsing "1-2ij": invalid syntax (0+0i) strconv.ParseComplex: parsing "1-2ij": invalid syntax
// nani (0+NaNi) <nil> (0+NaNi) <nil>
// -nan (0+0i) strconv.ParseComplex: parsing "-nan": invalid syntax (0+0i) strconv.ParseComplex: parsing "-nan": invalid syntax
