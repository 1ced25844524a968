// Analyzers are reported in go vet's order (copylocks, loopclosure, lostcancel), each
// by position.
package main

import (
	"context"
	"fmt"
	"sync"
)

func early() {
	ctx, _ := context.WithCancel(context.Background())
	fmt.Println(ctx)
	for i := 0; i < 2; i++ {
		go func() { fmt.Println(i) }()
	}
}

func main() {
	var mu sync.Mutex
	m := mu
	fmt.Println(&m)
	early()
}

// Stderr: /order\.mg:21:7: assignment copies lock value to m: sync\.Mutex$
// Stderr: /order\.mg:15:27: loop variable i captured by func literal$
// Stderr: /order\.mg:12:7: the cancel function returned by context\.WithCancel should be called, not discarded, to avoid a context leak$
// Exit: 1
