package main

import "fmt"

// A value method called directly on a nil *T dereferences it at the call site.

type T struct{ x int }

func (t T) M() int { return t.x }

func main() {
	var p *T
	fmt.Println("before")
	fmt.Println(p.M())
}

// Exit: 2
// Stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// Stderr: ^\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]+\]$
// Stderr: ^goroutine 1 \[running\]:$
// Output:
// before
