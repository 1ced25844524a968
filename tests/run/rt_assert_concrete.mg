package main

import (
	"fmt"
)

func main() {
	var x interface{} = "s"
	fmt.Println(x.(int))
}

// Exit: 2
// Stderr: ^panic: interface conversion: interface \{\} is string, not int$
// Output:
