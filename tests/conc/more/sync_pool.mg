package main

import (
	"fmt"
	"sync"
)

type buffer struct{ data []byte }

func (b *buffer) Len() int             { return len(b.data) }
func (b *buffer) Reset()               { b.data = b.data[:0] }
func (b *buffer) WriteString(s string) { b.data = append(b.data, s...) }
func (b *buffer) String() string       { return string(b.data) }

// Pool.Get calls New when the pool has nothing to give; without New it
// returns nil. Whether a Put value comes back is not guaranteed, so only
// the types are checked.
func main() {
	// New runs in whichever goroutine finds the pool empty: count under a lock
	// (go run -race flags a bare created++).
	var mu sync.Mutex
	created := 0
	p := sync.Pool{New: func() any {
		mu.Lock()
		created++
		mu.Unlock()
		return new(buffer)
	}}
	b := p.Get().(*buffer)
	fmt.Println(created, b.Len())
	b.WriteString("hello")
	p.Put(b)
	b2 := p.Get().(*buffer)
	fmt.Println(b2 != nil, created >= 1 && created <= 2)

	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put("x")
	g := empty.Get()
	fmt.Println(g == nil || g == "x")

	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				buf := p.Get().(*buffer)
				buf.Reset()
				buf.WriteString("x")
				if buf.String() != "x" {
					panic("shared buffer")
				}
				p.Put(buf)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ok")
}

// Output:
// 1 0
// true true
// <nil>
// true
// ok
