// runtime.Goexit runs deferred calls (recover returns nil) including ones that send on channels.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		r := recover()
		out <- fmt.Sprintf("worker %d deferred, recover=%v", id, r)
	}()
	if id%2 == 0 {
		runtime.Goexit()
	}
	out <- fmt.Sprintf("worker %d normal", id)
}

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, out, &wg)
	}
	wg.Wait()
	close(out)
	var lines []string
	for s := range out {
		lines = append(lines, s)
	}
	fmt.Println(len(lines))

	// Goexit from a nested call still runs every deferred call of the goroutine, innermost first.
	done := make(chan []string)
	go func() {
		var trail []string
		defer func() { done <- trail }()
		defer func() { trail = append(trail, "outer defer") }()
		func() {
			defer func() { trail = append(trail, "inner defer") }()
			runtime.Goexit()
		}()
		trail = append(trail, "unreachable")
	}()
	fmt.Println(<-done)

	// A panic recovered in a goroutine, then Goexit.
	res := make(chan string)
	go func() {
		defer func() { res <- "exited" }()
		func() {
			defer func() { recover() }()
			panic("boom")
		}()
		runtime.Goexit()
	}()
	fmt.Println(<-res)
}

// Output:
// 6
// [inner defer outer defer]
// exited
