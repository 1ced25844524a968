package main

import "fmt"

// A goroutine spinning forever must not starve main (budget preemption).
func spin() {
	for {
	}
}

func main() {
	go spin()
	go func() {
		x := 0
		for {
			x++
		}
	}()
	c := make(chan int)
	go func() { c <- 1 }()
	fmt.Println(<-c)
}

// Env: GOMAXPROCS=1
// Output:
// 1
