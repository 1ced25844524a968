package main

import "fmt"

func parts() (float64, float64) { return 5, 7 }
func parts32() (float32, float32) { return 0.5, -1 }

func main() {
	var e interface{}
	var s []int
	println(e, s == nil)
	println(complex(parts()), complex(parts32()))
	fmt.Println(complex(parts()) == 5+7i, complex(parts32()))
}

// Output:
// true (0.5-1i)
// Stderr: ^\(0x0,0x0\) true$
// Stderr: ^\(\+5\.000000e\+000\+7\.000000e\+000i\) \(\+5\.000000e-001-1\.000000e\+000i\)$
