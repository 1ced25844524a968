package main

import (
	"fmt"
)

type I interface{ M() }

func main() {
	var x interface{}
	fmt.Println(x.(I))
}

// Exit: 2
// Stderr: ^panic: interface conversion: interface is nil, not main\.I$
// Output:
