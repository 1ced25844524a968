package main

import (
	"fmt"
	"sync"
)

// A goroutine recovering its own panic keeps the program alive; recover in
// another goroutine cannot catch it.
func safe(wg *sync.WaitGroup, errs chan<- string, i int) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			errs <- fmt.Sprint("worker ", i, ": ", r)
		}
	}()
	if i%2 == 1 {
		panic(fmt.Sprintf("odd %d", i))
	}
	var m map[string]int
	if i == 4 {
		m["x"] = 1
	}
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 10)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go safe(&wg, errs, i)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		fmt.Println(e)
	}
	fmt.Println("main alive")
}

// Unordered output:
// worker 1: odd 1
// worker 3: odd 3
// worker 5: odd 5
// worker 4: assignment to entry in nil map
// main alive
