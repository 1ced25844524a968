// wgadd stays silent: Add before the go statement, a goroutine that adds for the
// goroutines it starts (on another wg, or on its own wg while its count is held), a
// goroutine's own local WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			fmt.Println(n)
		}(i)
	}
	wg.Wait()
	// a goroutine that spawns workers: its Add counts the others, not itself
	var inner sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for j := 0; j < 2; j++ {
			inner.Add(1)
			go func() {
				defer inner.Done()
			}()
		}
		inner.Wait()
	}()
	wg.Wait()
	// a goroutine's own WaitGroup
	done := make(chan bool)
	go func() {
		var local sync.WaitGroup
		local.Add(1)
		go func() { defer local.Done() }()
		local.Wait()
		done <- true
	}()
	<-done
}
func nested() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("child")
		}()
	}()
	wg.Wait()
}

// Exit: 0
