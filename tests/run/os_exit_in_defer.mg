package main

import (
	"fmt"
	"os"
)

func main() {
	defer os.Exit(4)
	defer fmt.Println("runs first")
	panic("ignored")
}

// Exit: 4
// Output:
// runs first
