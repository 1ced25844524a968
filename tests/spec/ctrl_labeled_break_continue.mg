package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	count := 0
loop:
	for {
		switch {
		case count >= 3:
			break loop
		default:
			count++
		}
	}
	fmt.Println("count", count)
}

// Output:
// 0 0
// 0 1
// 1 0
// 1 1
// 2 0
// 2 1
// count 3
