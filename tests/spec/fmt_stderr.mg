package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("out line")
	fmt.Fprintln(os.Stderr, "err line 1")
	fmt.Fprintf(os.Stderr, "err line %d\n", 2)
}

// Stderr: ^err line 1$
// Stderr: ^err line 2$
// Output:
// out line
