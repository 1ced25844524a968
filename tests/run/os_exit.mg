package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("bye")
	os.Exit(3)
}

// Exit: 3
// Output:
// bye
