package main

import "fmt"

// One consumer selects over several producers until every channel is closed
// (a closed channel is set to nil so its case is never ready again).
func produce(id, count int, out chan int) {
	for i := 0; i < count; i++ {
		out <- id*count + i
	}
	close(out)
}

func main() {
	const each = 2500
	c0, c1, c2 := make(chan int), make(chan int), make(chan int)
	go produce(0, each, c0)
	go produce(1, each, c1)
	go produce(2, each, c2)
	open, sum, items := 3, 0, 0
	for open > 0 {
		select {
		case v, ok := <-c0:
			if !ok {
				c0 = nil
				open--
			} else {
				sum += v
				items++
			}
		case v, ok := <-c1:
			if !ok {
				c1 = nil
				open--
			} else {
				sum += v
				items++
			}
		case v, ok := <-c2:
			if !ok {
				c2 = nil
				open--
			} else {
				sum += v
				items++
			}
		}
	}
	fmt.Println(items, sum)
}

// Env: GOMAXPROCS=1
// Output:
// 7500 28121250
