package main

import (
	"fmt"
)

func work(i int) (res int) {
	defer func() {
		if recover() != nil {
			res = -1
		}
	}()
	return 10 / i
}

func main() {
	for i := -1; i <= 1; i++ {
		fmt.Println(i, work(i))
	}
}

// Output:
// -1 -10
// 0 -1
// 1 10
