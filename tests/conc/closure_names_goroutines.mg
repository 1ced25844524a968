// Goroutines started in a literal are created by main.main.func1 and named
// main.main.func1.N; main.main's next literal is main.main.func2.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		go func() {
			ch <- 1
		}()
		go func() {
			<-ch
			<-ch
		}()
	}()
	wg.Wait()
	func() {
		defer wg.Wait()
		select {}
	}()
}

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine [0-9]+ \[select \(no cases\)\]:[[:space:]]+main\.main\.func2\(\)[[:space:]]+[^[:space:]]*closure_names_goroutines\.mg:24[[:space:]]+main\.main\(\)[[:space:]]+[^[:space:]]*closure_names_goroutines\.mg:25$
// Stderr: ^goroutine [0-9]+ \[chan receive\]:[[:space:]]+main\.main\.func1\.2\(\)[[:space:]]+[^[:space:]]*closure_names_goroutines\.mg:18[[:space:]]+created by main\.main\.func1[[:space:]]+[^[:space:]]*closure_names_goroutines\.mg:16$
