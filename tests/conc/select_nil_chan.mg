package main

import "fmt"

// A nil channel's case is never ready: it disables the case.
func main() {
	var never chan int
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
		close(c)
	}()
	sum := 0
	for c != nil {
		select {
		case never <- 1:
			fmt.Println("impossible send")
		case <-never:
			fmt.Println("impossible recv")
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			sum += v
		}
	}
	select {
	case <-never:
	default:
		fmt.Println("default")
	}
	fmt.Println(sum)
}

// Output:
// default
// 3
