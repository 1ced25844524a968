package main

import (
	"fmt"
	"os"
)

// Args: alpha beta gamma

func main() {
	fmt.Println(len(os.Args))
	for _, a := range os.Args[1:] {
		fmt.Println(a)
	}
}

// Output:
// 4
// alpha
// beta
// gamma
