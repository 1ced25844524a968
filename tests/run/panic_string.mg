package main

import (
	"fmt"
)

func main() {
	panic(fmt.Sprintf("bad %d", 7))
}

// Exit: 2
// Stderr: ^panic: bad 7$
// Stderr: ^goroutine 1 \[running\]:$
// Output:
