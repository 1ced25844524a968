package main

import (
	"fmt"
	"os"
)

func main() {
	go func() {
		fmt.Println("exiting")
		os.Exit(4)
	}()
	select {}
}

// Exit: 4
// Output:
// exiting
