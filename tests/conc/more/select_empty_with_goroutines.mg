package main

import "fmt"

// main blocks forever in `select {}` after its goroutines block too:
// the deadlock report lists main's select and each blocked goroutine.
func main() {
	c := make(chan int)
	go func() {
		<-c
	}()
	go func() {
		select {
		case <-c:
		case <-c:
		}
	}()
	fmt.Println("blocking")
	select {}
}

// Exit: 2
// Output:
// blocking
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[select \(no cases\)\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*select_empty_with_goroutines\.mg:19$
// Stderr: ^goroutine [0-9]+ \[chan receive\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*select_empty_with_goroutines\.mg:10$
// Stderr: ^goroutine [0-9]+ \[select\]:$
// Stderr: ^main\.main\.func2\(\)$
// Stderr: ^	.*select_empty_with_goroutines\.mg:13$
// Stderr: ^created by main\.main$
// Stderr: ^	.*select_empty_with_goroutines\.mg:9$
// Stderr: ^	.*select_empty_with_goroutines\.mg:12$
