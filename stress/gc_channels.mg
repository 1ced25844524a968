package main

import (
	"fmt"
	"strings"
	"sync"
)

type msg struct {
	id   int
	data []int
	text string
	next *msg
}

// Heap objects (slices, strings, linked structs) cross channels between
// many goroutines while the collector runs; every byte is checked on arrival.
func main() {
	const producers, per = 16, 20000
	c := make(chan *msg, 64)
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				id := p*per + i
				m := &msg{id: id, data: make([]int, 1+id%97), text: strings.Repeat("x", id%50)}
				for k := range m.data {
					m.data[k] = id + k
				}
				m.next = &msg{id: -id, text: fmt.Sprint(id)}
				c <- m
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	var mu sync.Mutex
	bad, count, sum := 0, 0, 0
	var cw sync.WaitGroup
	for w := 0; w < 8; w++ {
		cw.Add(1)
		go func() {
			defer cw.Done()
			keep := []*msg{}
			for m := range c {
				ok := len(m.data) == 1+m.id%97 && len(m.text) == m.id%50 && m.next.id == -m.id && m.next.text == fmt.Sprint(m.id)
				for k, v := range m.data {
					if v != m.id+k {
						ok = false
					}
				}
				keep = append(keep, m) // keep some alive across collections
				if len(keep) > 100 {
					keep = keep[50:]
				}
				mu.Lock()
				count++
				sum += m.id
				if !ok {
					bad++
				}
				mu.Unlock()
			}
		}()
	}
	cw.Wait()
	n := producers * per
	fmt.Println(count, bad, sum == n*(n-1)/2)
}

// Timeout: 60
// Output:
// 320000 0 true
