package main

import (
	"fmt"
)

type I interface{ M() }
type T struct{}

func main() {
	var x interface{} = T{}
	fmt.Println(x.(I))
}

// Exit: 2
// Stderr: ^panic: interface conversion: main\.T is not main\.I: missing method M$
// Output:
