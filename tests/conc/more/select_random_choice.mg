package main

import "fmt"

// When several cases are ready, select picks one at random: over 1000
// rounds both must be picked (never an exact split).
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println(na+nb, na > 50, nb > 50)
	// Send cases too.
	s1, s2 := make(chan int, 1), make(chan int, 1)
	n1, n2 := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case s1 <- i:
			n1++
			<-s1
		case s2 <- i:
			n2++
			<-s2
		}
	}
	fmt.Println(n1+n2, n1 > 50, n2 > 50)
	// A closed channel and a ready buffered one.
	cl := make(chan int)
	close(cl)
	r := make(chan int, 1)
	nc, nr := 0, 0
	for i := 0; i < 1000; i++ {
		r <- 1
		select {
		case <-cl:
			nc++
			<-r
		case <-r:
			nr++
		}
	}
	fmt.Println(nc > 50, nr > 50)
}

// Output:
// 1000 true true
// 1000 true true
// true true
