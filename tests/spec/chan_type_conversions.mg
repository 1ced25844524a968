package main

// Channel types as conversions and operands without parentheses: chan T(x), chan<- T(x),
// <-chan T(x) (a receive from chan T(x)), nested directions and their printed names.

import "fmt"

type RC <-chan int

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	r0 := <-chan int(c) // a receive from the conversion chan int(c)
	fmt.Println(r0)
	r := (<-chan int)(c)
	s := chan<- int(c)
	s <- 4
	var r2 = (<-chan int)(c)
	fmt.Println(<-r2)
	x := <-(<-chan int)(c)
	fmt.Println(x)
	var cc chan chan int = make(chan chan int, 1)
	cc <- c
	y := <-<-cc
	fmt.Println(y)
	var rr RC = RC(c)
	fmt.Printf("%T %T %T\n", r, s, rr)
	fs := []func() <-chan int{func() <-chan int { return c }}
	fmt.Println(len(fs))
	var m map[chan<- int]<-chan int
	fmt.Println(len(m))
	z := chan (<-chan int)(nil)
	fmt.Printf("%T\n", z)
	w := make(chan<- chan int)
	fmt.Printf("%T\n", w)
	q := make(chan (<-chan int))
	fmt.Printf("%T\n", q)
	v := chan <-chan int(nil) // chan<- (chan int)
	fmt.Printf("%T\n", v)
	v2 := chan (<-chan int)(nil)
	fmt.Printf("%T\n", v2)
	k := []<-chan int{c, r}
	fmt.Println(len(k))
	fmt.Printf("%T\n", (chan int)(nil))
	fmt.Printf("%T\n", chan int(nil))
}

// Output:
// 1
// 2
// 3
// 4
// <-chan int chan<- int main.RC
// 1
// 0
// chan (<-chan int)
// chan<- chan int
// chan (<-chan int)
// chan<- chan int
// chan (<-chan int)
// 2
// chan int
// chan int
