// loopclosure stays silent: the variable passed as an argument or shadowed, the
// go statement not last in the body (go vet 1.19 gives up there), closures that
// are not go/defer, a loop variable updated in the body rather than the post.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			fmt.Println(i)
		}(i)
	}
	for i := 0; i < 3; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i)
		}()
	}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i)
		}()
		wg.Wait()
	}
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Println(i) })
	}
	for i := 0; i < 3; {
		go func() { fmt.Println(i) }()
		i++
	}
	for _, f := range fs {
		go f()
	}
	wg.Wait()
}

// Exit: 0
