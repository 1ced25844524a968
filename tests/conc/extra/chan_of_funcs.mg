// Channels of funcs and of structs holding closures; an event loop running queued funcs.
package main

import "fmt"

type job struct {
	id int
	fn func(int) int
}

func main() {
	jobs := make(chan job)
	results := make(chan [2]int)
	go func() {
		for j := range jobs {
			results <- [2]int{j.id, j.fn(j.id)}
		}
		close(results)
	}()
	go func() {
		defer close(jobs)
		for i := 0; i < 6; i++ {
			k := i
			jobs <- job{i, func(n int) int { return n*n + k }}
		}
	}()
	for r := range results {
		fmt.Println(r[0], r[1])
	}

	// A channel of funcs executed by a single "event loop" goroutine.
	loop := make(chan func())
	done := make(chan struct{})
	state := 0
	go func() {
		for f := range loop {
			f()
		}
		close(done)
	}()
	for i := 1; i <= 5; i++ {
		i := i
		loop <- func() { state = state*10 + i }
	}
	close(loop)
	<-done
	fmt.Println("state", state)
}

// Output:
// 0 0
// 1 2
// 2 6
// 3 12
// 4 20
// 5 30
// state 12345
