// -race corpus, race-free: Once.Do called by many goroutines.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	inits := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
			_ = inits
		}()
	}
	wg.Wait()
	fmt.Println(inits)
}

// Flags: -race
// Output:
// 1
