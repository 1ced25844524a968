// Deadlock: a select whose cases all use nil channels blocks forever ([select], not no cases).
package main

import "fmt"

func main() {
	var in chan int
	var out chan string
	fmt.Println("waiting")
	for {
		select {
		case v := <-in:
			fmt.Println(v)
		case out <- "x":
		}
	}
}

// Output:
// waiting
// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine [0-9]+ \[select\]:$
// Stderr: ^main\.main\(.*\)$
// Stderr: ^	.*deadlock_select_nil_cases\.mg:11$
