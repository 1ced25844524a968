package main

import "fmt"

type point struct{ x, y int }

// After close, queued values come out first with ok == true, then the zero
// value with ok == false, forever.
func main() {
	c := make(chan point, 2)
	c <- point{1, 2}
	c <- point{3, 4}
	close(c)
	for i := 0; i < 4; i++ {
		v, ok := <-c
		fmt.Println(v, ok)
	}
	s := make(chan string)
	close(s)
	v, ok := <-s
	fmt.Printf("%q %v\n", v, ok)
	p := make(chan *int)
	close(p)
	fmt.Println(<-p == nil)
	e := make(chan error)
	go close(e)
	err, ok := <-e
	fmt.Println(err, ok)
}

// Output:
// {1 2} true
// {3 4} true
// {0 0} false
// {0 0} false
// "" false
// true
// <nil> false
