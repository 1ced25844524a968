package main

import (
	"fmt"
)

func main() {
	var x interface{}
	fmt.Println(x.(int))
}

// Exit: 2
// Stderr: ^panic: interface conversion: interface \{\} is nil, not int$
// Output:
