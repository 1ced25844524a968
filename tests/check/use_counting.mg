package main

import "fmt"

func main() {
	// x++ and x += y count as uses of x (gc reports nothing here)
	x := 1
	x++
	y := 2
	y += 3
	z := []int{1}
	z[0]--
	fmt.Println("ok")
}

// Output:
// ok
