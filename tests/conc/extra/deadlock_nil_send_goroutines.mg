// Deadlock: a goroutine sends on a nil channel field while main waits on a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

type Server struct {
	requests chan string // never made
}

func (s *Server) submit(r string, wg *sync.WaitGroup) {
	defer wg.Done()
	s.requests <- r
}

func main() {
	s := &Server{}
	var wg sync.WaitGroup
	wg.Add(1)
	go s.submit("a", &wg)
	fmt.Println("submitted")
	wg.Wait()
}

// Output:
// submitted
// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine [0-9]+ \[(semacquire|sync\.[A-Za-z]+\.[A-Za-z]+)\]:$
// Stderr: ^main\.main\(.*\)$
// Stderr: ^	.*deadlock_nil_send_goroutines\.mg:24$
// Stderr: ^goroutine [0-9]+ \[chan send \(nil chan\)\]:$
// Stderr: ^main\.\(\*Server\)\.submit\(.*\)$
// Stderr: ^	.*deadlock_nil_send_goroutines\.mg:15$
// Stderr: ^created by main\.main( in goroutine [0-9]+)?$
// Stderr: ^	.*deadlock_nil_send_goroutines\.mg:22$
