package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("before")
	wg.Done()
	fmt.Println("not reached")
}

// Exit: 2
// Stderr: ^panic: sync: negative WaitGroup counter$
// Output:
// before
