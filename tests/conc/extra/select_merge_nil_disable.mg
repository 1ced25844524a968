// Merging channels by setting closed ones to nil; enabling a send case only when there is data.
package main

import "fmt"

func gen(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return c
}

func main() {
	a, b := gen("a", 3), gen("b", 5)
	countA, countB := 0, 0
	closedOrder := []string{}
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closedOrder = append(closedOrder, "a")
				continue
			}
			countA++
			_ = v
		case v, ok := <-b:
			if !ok {
				b = nil
				closedOrder = append(closedOrder, "b")
				continue
			}
			countB++
			_ = v
		}
	}
	fmt.Println(countA, countB, len(closedOrder))

	// Enabling a send case only when there is something to send.
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()
	done := make(chan []int)
	go func() {
		var got []int
		for v := range out {
			got = append(got, v)
		}
		done <- got
	}()
	var queue []int
	for in != nil || len(queue) > 0 {
		var sendCh chan int
		var next int
		if len(queue) > 0 {
			sendCh = out
			next = queue[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			queue = append(queue, v*10)
		case sendCh <- next:
			queue = queue[1:]
		}
	}
	close(out)
	fmt.Println(<-done)
}

// Output:
// 3 5 2
// [10 20 30 40 50]
