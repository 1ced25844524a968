package main

import "fmt"

func main() {
	a, b := make(chan int, 1), make(chan string, 1)
	for i := 0; i < 2; i++ {
		select {
		case <-a:
			fmt.Println("a")
		case <-b:
			fmt.Println("b")
		default:
			fmt.Println("default")
		}
		a <- 1
	}
	b <- "x"
	<-a
	select {
	case <-a:
		fmt.Println("a again")
	case <-b:
		fmt.Println("b")
	}
	out := make(chan int, 1)
	select {
	case out <- 7:
		fmt.Println("sent", <-out)
	default:
		fmt.Println("full")
	}
	out <- 1
	select {
	case out <- 8:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	// a select blocks until a goroutine is ready
	done := make(chan bool)
	go func() { done <- true }()
	select {
	case <-done:
		fmt.Println("done")
	case out <- 9:
		fmt.Println("impossible")
	}
	// all ready cases are chosen at random: both get picked over 1000 rounds
	x, y := make(chan int, 1), make(chan int, 1)
	nx, ny := 0, 0
	for i := 0; i < 1000; i++ {
		x <- 1
		y <- 1
		select {
		case <-x:
			nx++
			<-y
		case <-y:
			ny++
			<-x
		}
	}
	fmt.Println(nx > 100, ny > 100, nx+ny)
}

// Output:
// default
// a
// b
// sent 7
// full
// done
// true true 1000
