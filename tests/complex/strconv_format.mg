package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatComplex(1+2i, 'f', 2, 128), strconv.FormatComplex(complex(math.Inf(-1), math.NaN()), 'g', -1, 128))
	fmt.Println(strconv.FormatComplex(complex128(complex64(0.1-0.3i)), 'g', -1, 64), strconv.FormatComplex(-1e21i, 'e', 3, 128))
	defer func() { fmt.Println(recover()) }()
	strconv.FormatComplex(1, 'g', -1, 32)
}

// Output:
// (1.00+2.00i) (-Inf+NaNi)
// (0.1-0.3i) (0.000e+00-1.000e+21i)
// invalid bitSize
