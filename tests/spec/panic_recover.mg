package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	func() {
		defer func() {
			r := recover()
			fmt.Println("got:", r)
		}()
		panic("boom")
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var s []int
		_ = s[3]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		panic(fmt.Sprintf("custom %d", 42))
	}()
	fmt.Println(recover())
	fmt.Println("done")
}

// Output:
// 5 <nil>
// 0 recovered: runtime error: integer divide by zero
// got: boom
// runtime error: index out of range [3] with length 0
// custom 42
// <nil>
// done
