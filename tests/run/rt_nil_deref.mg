package main

import (
	"fmt"
)

type P struct{ x int }

func main() {
	var p *P
	fmt.Println(p.x)
}

// Exit: 2
// Stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// Stderr: ^\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]+\]$
// Stderr: ^goroutine 1 \[running\]:$
// Output:
