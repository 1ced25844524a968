package main

import "fmt"

func main() {
	fmt.Println("before")
	defer fmt.Println("deferred runs")
	var a []int
	idx := 5
	fmt.Println(a[idx])
}

// Exit: 2
// Stderr: ^panic: runtime error: index out of range \[5\] with length 0$
// Output:
// before
// deferred runs
