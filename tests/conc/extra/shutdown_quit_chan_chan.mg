// Graceful shutdown by sending each service a reply channel on its quit channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Service struct {
	name string
	quit chan chan string
	in   chan int
	sum  int
}

func (s *Service) run(wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case v := <-s.in:
			s.sum += v
		case reply := <-s.quit:
			reply <- fmt.Sprintf("%s stopped, sum=%d", s.name, s.sum)
			return
		}
	}
}

func main() {
	var wg sync.WaitGroup
	var svcs []*Service
	for _, n := range []string{"db", "cache", "api"} {
		s := &Service{name: n, quit: make(chan chan string), in: make(chan int)}
		svcs = append(svcs, s)
		wg.Add(1)
		go s.run(&wg)
	}
	for i, s := range svcs {
		for v := 1; v <= 3; v++ {
			s.in <- v * (i + 1)
		}
	}
	replies := make(chan string, len(svcs))
	var sw sync.WaitGroup
	for _, s := range svcs {
		sw.Add(1)
		go func(s *Service) {
			defer sw.Done()
			r := make(chan string)
			s.quit <- r
			replies <- <-r
		}(s)
	}
	sw.Wait()
	wg.Wait()
	close(replies)
	var out []string
	for r := range replies {
		out = append(out, r)
	}
	sort.Strings(out)
	for _, o := range out {
		fmt.Println(o)
	}
}

// Output:
// api stopped, sum=18
// cache stopped, sum=12
// db stopped, sum=6
