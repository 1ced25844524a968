package main

import (
	"fmt"
	"runtime"
)

// GOMAXPROCS from the environment.
func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
}

// Env: GOMAXPROCS=3
// Output:
// 3
