// copylocks stays silent: pointers, fresh values (literals, call results, *f()), 
// pointer receivers, range over pointers or by index, embedded interfaces.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func NewCounter() *Counter { return &Counter{} }

func makeCounter() Counter { return Counter{} }

type Safe struct {
	mu *sync.Mutex
	sync.Locker
}

func work(wg *sync.WaitGroup, c *Counter) {
	defer wg.Done()
	c.Inc()
}

func main() {
	var wg sync.WaitGroup
	c := NewCounter()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go work(&wg, c)
	}
	wg.Wait()
	d := Counter{}
	e := makeCounter()
	f := *NewCounter()
	p := &d
	q := p
	cs := []*Counter{c, p}
	for i, x := range cs {
		x.Inc()
		_ = i
	}
	arr := [3]Counter{}
	for i := range arr {
		arr[i].Inc()
	}
	fmt.Println(len(arr), c.n, q.n)
	mu := new(sync.Mutex)
	mu2 := mu
	s := Safe{mu: mu, Locker: mu}
	s2 := s
	var n atomic.Int64
	n.Add(1)
	fmt.Println(n.Load(), s2.mu != nil)
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	var m = map[string]*sync.Mutex{}
	m["a"] = mu2
	e.Inc()
	f.Inc()
	g := func(c *Counter) { c.Inc() }
	g(&e)
}

// Exit: 0
