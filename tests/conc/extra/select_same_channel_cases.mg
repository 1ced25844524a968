// select with send and receive on one channel, duplicate cases, labelled break/continue, evaluation order.
package main

import "fmt"

func main() {
	// Both a send and a receive case on one buffered channel.
	c := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 10; i++ {
		select {
		case c <- i:
			sends++
		case <-c:
			recvs++
		}
	}
	fmt.Println(sends, recvs, sends+recvs, len(c))

	// The same receive twice: either case may run, the value is delivered once.
	d := make(chan string, 2)
	d <- "x"
	d <- "y"
	var got []string
	for i := 0; i < 2; i++ {
		select {
		case v := <-d:
			got = append(got, v)
		case v := <-d:
			got = append(got, v)
		}
	}
	fmt.Println(got)

	// Labelled break and continue out of a select inside a loop.
	e := make(chan int, 5)
	for i := 0; i < 5; i++ {
		e <- i
	}
	close(e)
	sum := 0
outer:
	for {
		select {
		case v, ok := <-e:
			if !ok {
				break outer
			}
			if v%2 == 1 {
				continue outer
			}
			sum += v
			if v == 4 {
				break
			}
		}
	}
	fmt.Println("sum", sum)

	// A select evaluates all channel and value expressions once, in source order.
	trace := []string{}
	ch := func(name string, c chan int) chan int { trace = append(trace, name); return c }
	val := func(name string, v int) int { trace = append(trace, name); return v }
	f := make(chan int, 1)
	select {
	case ch("a", nil) <- val("va", 1):
	case <-ch("b", nil):
	case ch("c", f) <- val("vc", 3):
	}
	fmt.Println(trace, <-f)
}

// Output:
// 5 5 10 0
// [x y]
// sum 6
// [a va b c vc] 3
