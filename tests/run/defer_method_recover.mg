package main

import (
	"fmt"
)

type H struct{ name string }

func (h *H) handle() {
	if r := recover(); r != nil {
		fmt.Println(h.name, "handled", r)
	}
}

func run() {
	h := &H{"h1"}
	defer h.handle()
	panic("trouble")
}

func main() {
	run()
	fmt.Println("done")
}

// Output:
// h1 handled trouble
// done
