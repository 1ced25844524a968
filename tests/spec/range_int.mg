// (Go 1.22 feature: expectation written by hand)
// Derived by running the equivalent go 1.19 program with "for i := 0; i < N; i++".
package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	total := 0
	for range n {
		total++
	}
	fmt.Println(total)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var k int64 = 2
	for j := range k {
		fmt.Printf("%T %d\n", j, j)
	}
}

// Output:
// 0 1 2 3 4 
// 3
// int64 0
// int64 1
