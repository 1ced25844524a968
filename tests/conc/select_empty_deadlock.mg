package main

import "fmt"

func main() {
	fmt.Println("before")
	select {}
}

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[select \(no cases\)\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*select_empty_deadlock\.mg:7$
// Output:
// before
