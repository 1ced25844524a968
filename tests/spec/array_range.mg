package main

import "fmt"

func main() {
	arr := [5]int{10, 20, 30, 40, 50}
	sum := 0
	for i, v := range arr {
		sum += i * v
	}
	fmt.Println(sum)
	for i := range arr {
		arr[i] *= 2
	}
	fmt.Println(arr)
	// range over an array copies it first
	for i, v := range arr {
		if i == 0 {
			arr[4] = 999
		}
		if i == 4 {
			fmt.Println(v)
		}
	}
	fmt.Println(arr[4])
	for i, v := range &arr {
		if i == 0 {
			arr[4] = 7
		}
		if i == 4 {
			fmt.Println(v)
		}
	}
}

// Output:
// 400
// [20 40 60 80 100]
// 100
// 999
// 7
