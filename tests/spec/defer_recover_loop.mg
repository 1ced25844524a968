package main

import "fmt"

func risky(i int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered ", r)
		}
	}()
	if i%2 == 1 {
		panic(fmt.Sprint("odd ", i))
	}
	return fmt.Sprint("ok ", i)
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(risky(i))
	}
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	var arr [3]int
	idx := 3
	arr[idx%4] = 1
}

// Output:
// ok 0
// recovered odd 1
// ok 2
// recovered odd 3
// main recovered: runtime error: index out of range [3] with length 3
