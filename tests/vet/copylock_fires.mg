// copylocks: values holding a sync.Mutex, RWMutex, WaitGroup, Once, Cond, Map, Pool
// or an atomic type copied by assignment, declaration, literal, return, call, range
// variable, by-value receiver and parameter, in go vet 1.19's words.
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

type Nested struct {
	name string
	c    Counter
}

type Group struct {
	wg [2]sync.WaitGroup
}

func (c Counter) Value() int { return c.n }

func byValue(wg sync.WaitGroup, a, b Counter, n int) {}

func show(x interface{}) { fmt.Println(x) }

func get() Counter {
	var c Counter
	return c
}

func main() {
	var mu sync.Mutex
	x := mu
	var y sync.Mutex
	y = mu
	var wg sync.WaitGroup
	byValue(wg, Counter{}, get(), 1)
	var c Counter
	show(c)
	var d = c
	n := Nested{name: "a", c: c}
	var g Group
	g2 := g
	cs := []Counter{{}, {}}
	for _, v := range cs {
		_ = v
	}
	var once sync.Once
	o := once
	var rw sync.RWMutex
	r := rw
	var cond sync.Cond
	cd := cond
	var ai atomic.Int64
	a2 := ai
	p := &c
	e := *p
	f := func(c Counter) {}
	f(e)
	fmt.Println(x, y, d, n, g2, o, r, cd, a2, e)
	var m sync.Map
	m2 := m
	var pool sync.Pool
	pool2 := pool
	_, _ = m2, pool2
	z := (mu)
	_ = z
}

// Stderr: /copylock_fires\.mg:26:9: Value passes lock by value: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:28:17: byValue passes lock by value: sync\.WaitGroup contains sync\.noCopy$
// Stderr: /copylock_fires\.mg:28:38: byValue passes lock by value: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:34:9: return copies lock value: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:39:7: assignment copies lock value to x: sync\.Mutex$
// Stderr: /copylock_fires\.mg:41:6: assignment copies lock value to y: sync\.Mutex$
// Stderr: /copylock_fires\.mg:43:10: call of byValue copies lock value: sync\.WaitGroup contains sync\.noCopy$
// Stderr: /copylock_fires\.mg:45:7: call of show copies lock value: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:46:10: variable declaration copies lock value to d: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:47:28: literal copies lock value from c: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:49:8: assignment copies lock value to g2: main\.Group contains sync\.WaitGroup contains sync\.noCopy$
// Stderr: /copylock_fires\.mg:51:9: range var v copies lock: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:52:7: assignment copies lock value to _: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:55:7: assignment copies lock value to o: sync\.Once contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:57:7: assignment copies lock value to r: sync\.RWMutex$
// Stderr: /copylock_fires\.mg:59:8: assignment copies lock value to cd: sync\.Cond contains sync\.noCopy$
// Stderr: /copylock_fires\.mg:61:8: assignment copies lock value to a2: sync/atomic\.Int64 contains sync/atomic\.noCopy$
// Stderr: /copylock_fires\.mg:63:7: assignment copies lock value to e: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:64:14: func passes lock by value: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:65:4: call of f copies lock value: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:66:14: call of fmt\.Println copies lock value: sync\.Mutex$
// Stderr: /copylock_fires\.mg:66:17: call of fmt\.Println copies lock value: sync\.Mutex$
// Stderr: /copylock_fires\.mg:66:20: call of fmt\.Println copies lock value: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:66:23: call of fmt\.Println copies lock value: main\.Nested contains main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:66:26: call of fmt\.Println copies lock value: main\.Group contains sync\.WaitGroup contains sync\.noCopy$
// Stderr: /copylock_fires\.mg:66:30: call of fmt\.Println copies lock value: sync\.Once contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:66:33: call of fmt\.Println copies lock value: sync\.RWMutex$
// Stderr: /copylock_fires\.mg:66:36: call of fmt\.Println copies lock value: sync\.Cond contains sync\.noCopy$
// Stderr: /copylock_fires\.mg:66:40: call of fmt\.Println copies lock value: sync/atomic\.Int64 contains sync/atomic\.noCopy$
// Stderr: /copylock_fires\.mg:66:44: call of fmt\.Println copies lock value: main\.Counter contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:68:8: assignment copies lock value to m2: sync\.Map contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:70:11: assignment copies lock value to pool2: sync\.Pool contains sync\.noCopy$
// Stderr: /copylock_fires\.mg:71:9: assignment copies lock value to _: sync\.Map contains sync\.Mutex$
// Stderr: /copylock_fires\.mg:71:13: assignment copies lock value to _: sync\.Pool contains sync\.noCopy$
// Stderr: /copylock_fires\.mg:72:7: assignment copies lock value to z: sync\.Mutex$
// Stderr: /copylock_fires\.mg:73:6: assignment copies lock value to _: sync\.Mutex$
// Exit: 1
