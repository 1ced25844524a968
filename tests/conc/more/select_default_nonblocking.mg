package main

import "fmt"

// select with default never blocks: try-send and try-receive.
func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	u := make(chan int)
	fmt.Println(trySend(u, 1)) // no receiver waiting
	fmt.Println(tryRecv(u))
	close(c)
	fmt.Println(tryRecv(c)) // closed: ready, zero value
	// A default-only select just runs the default.
	select {
	default:
		fmt.Println("only default")
	}
}

// Output:
// true true false
// 1 true
// 2 true
// 0 false
// false
// 0 false
// 0 true
// only default
