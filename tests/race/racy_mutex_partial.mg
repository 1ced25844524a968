// -race corpus, racy: the reader forgets the lock the writer takes.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.Mutex
	data []int
}

func (s *store) add(v int) {
	s.mu.Lock()
	s.data = append(s.data, v)
	s.mu.Unlock()
}

func (s *store) size() int { return len(s.data) }

func main() {
	s := &store{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.add(1)
	}()
	fmt.Println(s.size() >= 0)
	wg.Wait()
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
