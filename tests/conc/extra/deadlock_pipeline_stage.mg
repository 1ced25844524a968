// Deadlock: workers block sending results nobody reads, then main blocks sending jobs.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * 2
			}
		}()
	}
	for i := 0; i < 3; i++ {
		jobs <- i // results is never read: the workers block, then main does
	}
	close(jobs)
	wg.Wait()
	fmt.Println("unreachable")
}

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.main\(.*\)$
// Stderr: ^	.*deadlock_pipeline_stage\.mg:23$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.main\.func1\(.*\)$
// Stderr: ^	.*deadlock_pipeline_stage\.mg:18$
// Stderr: ^created by main\.main( in goroutine [0-9]+)?$
// Stderr: ^	.*deadlock_pipeline_stage\.mg:15$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.main\.func1\(.*\)$
// Stderr: ^	.*deadlock_pipeline_stage\.mg:18$
// Stderr: ^created by main\.main( in goroutine [0-9]+)?$
// Stderr: ^	.*deadlock_pipeline_stage\.mg:15$
