package main

import "fmt"

func wait(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	go wait(c)
	go func() {
		select {}
	}()
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	fmt.Println("main returns")
}

// Flags: -leaks
// Exit: 3
// Stderr: ^minigo: 2 goroutines still alive when main returned:$
// Stderr: ^goroutine [0-9]+ \[chan receive\]:$
// Stderr: ^main\.wait\(\.\.\.\)$
// Stderr: ^	.*leaks_report\.mg:6$
// Stderr: ^created by main\.main in goroutine 1$
// Stderr: ^	.*leaks_report\.mg:11$
// Stderr: ^goroutine [0-9]+ \[select \(no cases\)\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*leaks_report\.mg:13$
// Stderr: ^	.*leaks_report\.mg:12$
// Output:
// main returns
