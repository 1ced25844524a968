package main

import "fmt"

func main() {
	x := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%e|%g\n", x, x, x, x, x, x)
	fmt.Printf("%v %v %v\n", 1e100, 1.5e-8, 100.0)
	fmt.Printf("%.0f %.1f %.3g\n", 2.5, 0.05, 123456.0)
	fmt.Printf("%6.2f%%\n", 42.123)
	fmt.Println(fmt.Sprint(1.0), fmt.Sprint(float32(2.5)))
}

// Output:
// 3.141593|3.14|   3.142|3.1     |3.141593e+00|3.14159265
// 1e+100 1.5e-08 100
// 2 0.1 1.23e+05
//  42.12%
// 1 2.5
