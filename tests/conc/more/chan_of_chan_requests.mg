package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

// A server goroutine answers requests carrying their own reply channels.
func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 5; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Print(" ", <-r.reply)
	}
	fmt.Println()
	// Many clients at once; each gets its own answer.
	done := make(chan [2]int)
	for i := 0; i < 20; i++ {
		go func(i int) {
			r := request{i, make(chan int, 1)}
			reqs <- r
			done <- [2]int{i, <-r.reply}
		}(i)
	}
	bad := 0
	for i := 0; i < 20; i++ {
		p := <-done
		if p[1] != p[0]*p[0] {
			bad++
		}
	}
	close(reqs)
	fmt.Println("bad", bad)
}

// Output:
//  1 4 9 16 25
// bad 0
