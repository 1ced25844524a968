package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// Calls that wait, deferred or started with `go` directly: sync.Mutex.Lock
// (which must try again after it is woken), time.Sleep, WaitGroup.Wait. They
// must block where Go blocks, whether the function returns normally, panics
// or calls runtime.Goexit, and the unwinding must go on after them.

func returns(mu *sync.Mutex, log chan<- string) {
	defer func() { log <- "returns: after Lock" }()
	defer mu.Lock()
	defer time.Sleep(10 * time.Millisecond)
	log <- "returns: body"
}

func panics(mu *sync.Mutex, wg *sync.WaitGroup, log chan<- string) {
	defer func() { log <- fmt.Sprint("panics: recovered ", recover()) }()
	defer func() { log <- "panics: after Lock" }()
	defer mu.Lock()
	defer wg.Wait()
	defer time.Sleep(10 * time.Millisecond)
	panic("boom")
}

func exits(mu *sync.Mutex, log chan<- string) {
	defer func() { log <- "exits: after Lock" }()
	defer mu.Lock()
	runtime.Goexit()
}

func main() {
	log := make(chan string, 100)
	var mu sync.Mutex

	mu.Lock()
	go func() {
		time.Sleep(50 * time.Millisecond)
		log <- "main: unlock 1"
		mu.Unlock()
	}()
	returns(&mu, log)

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		time.Sleep(50 * time.Millisecond)
		log <- "main: done"
		wg.Done()
		time.Sleep(50 * time.Millisecond)
		log <- "main: unlock 2"
		mu.Unlock()
	}()
	panics(&mu, &wg, log)

	done := make(chan bool)
	go func() {
		defer close(done)
		exits(&mu, log)
	}()
	time.Sleep(50 * time.Millisecond)
	log <- "main: unlock 3"
	mu.Unlock()
	<-done

	// go with a native that waits and tries again
	go mu.Lock()
	time.Sleep(20 * time.Millisecond)
	log <- fmt.Sprint("main: locked by the goroutine: ", !mu.TryLock())
	// now the goroutine's Lock parks, and tries again when main unlocks
	go mu.Lock()
	time.Sleep(20 * time.Millisecond)
	mu.Unlock()
	time.Sleep(20 * time.Millisecond)
	log <- fmt.Sprint("main: locked again: ", !mu.TryLock())

	close(log)
	for s := range log {
		fmt.Println(s)
	}
}

// Output:
// returns: body
// main: unlock 1
// returns: after Lock
// main: done
// main: unlock 2
// panics: after Lock
// panics: recovered boom
// main: unlock 3
// exits: after Lock
// main: locked by the goroutine: true
// main: locked again: true
