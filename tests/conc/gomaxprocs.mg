package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(3))
	fmt.Println(runtime.GOMAXPROCS(-1))
	fmt.Println(runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.NumCPU() >= 1)
	// the program keeps working after shrinking and growing
	c := make(chan int)
	for i := 0; i < 10; i++ {
		go func(i int) { c <- i }(i)
	}
	runtime.GOMAXPROCS(4)
	s := 0
	for i := 0; i < 10; i++ {
		s += <-c
	}
	fmt.Println(s)
}

// Env: GOMAXPROCS=2
// Output:
// 2
// 2
// 3
// 3
// 1
// true
// 45
