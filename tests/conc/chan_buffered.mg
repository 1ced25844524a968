package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- "c"
	c <- "d"
	close(c)
	for s := range c {
		fmt.Print(" ", s)
	}
	fmt.Println()
	s, ok := <-c
	fmt.Printf("%q %v %d\n", s, ok, len(c))
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	type pair struct {
		a, b int
		s string
	}
	pc := make(chan pair, 2)
	pc <- pair{1, 2, "x"}
	go func() { pc <- pair{3, 4, "y"} }()
	fmt.Println(<-pc, <-pc)
	done := make(chan struct{})
	go func() { close(done) }()
	<-done
	fmt.Println("done")
}

// Output:
// 0 3
// 2 3
// a
//  b c d
// "" false 0
// 0 0 true
// {1 2 x} {3 4 y}
// done
