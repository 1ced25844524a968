// Seed 1, "Anonymous goroutines": "Forget it [the trailing ()] and nothing runs"
// - Go rejects it at compile time.
package main

import "fmt"

func main() {
	go func() { // ERROR "expression in go must be function call"
		fmt.Println("inline")
	}
}
