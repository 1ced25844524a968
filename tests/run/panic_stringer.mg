package main

import (
	"fmt"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V#", v.n) }

func main() {
	panic(V{3})
}

// Exit: 2
// Stderr: ^panic: V#3$
// Output:
