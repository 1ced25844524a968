package main

import "fmt"

func main() {
	fmt.Printf("%*d|%-*d|\n", 4, 7, 3, 8)
	fmt.Printf("%d %s\n", 1)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%#v|%#x|%#o\n", []int{1}, 255, 8)
	fmt.Printf("%08.3f|%+.1e|%6.2f%%\n", 3.14159, 12345.678, 99.5)
	fmt.Printf("%-4s|%4s|%.1q\n", "ab", "ab", "xyz")
}

// Output:
//    7|8  |
// 1 %!s(MISSING)
// %!d(string=str)
// 1
// %!(EXTRA int=2)[]int{1}|0xff|010
// 0003.142|+1.2e+04| 99.50%
// ab  |  ab|"x"
