// copylocks through selectors, indexes, derefs, map elements, method calls and
// arrays of locks, as go vet 1.19 reports them (a channel send is not checked).
package main

import (
	"fmt"
	"sync"
)

type S struct {
	mu  sync.Mutex
	arr [2]sync.Mutex
}

type T struct{}

func (T) take(m sync.Mutex)   {}
func (*T) ptake(m sync.Mutex) {}

func main() {
	var s S
	var t T
	x := s.mu
	y := s.arr[1]
	p := &s
	z := *p
	var q S
	q.mu = s.mu
	*p = q
	m := map[string]S{}
	m["a"] = s
	t.take(s.mu)
	t.ptake(x)
	(&t).take(y)
	ss := []S{s}
	w := ss[0]
	fmt.Println(&x, &y, &z, &w, len(s.arr))
	var i interface{} = s
	_ = i
	ch := make(chan S, 1)
	ch <- s
	arr := [2]sync.Mutex{}
	arr2 := arr
	_ = &arr2
}

// Stderr: /copylock_more\.mg:17:17: take passes lock by value: sync\.Mutex$
// Stderr: /copylock_more\.mg:18:19: ptake passes lock by value: sync\.Mutex$
// Stderr: /copylock_more\.mg:23:7: assignment copies lock value to x: sync\.Mutex$
// Stderr: /copylock_more\.mg:24:7: assignment copies lock value to y: sync\.Mutex$
// Stderr: /copylock_more\.mg:26:7: assignment copies lock value to z: main\.S contains sync\.Mutex$
// Stderr: /copylock_more\.mg:28:9: assignment copies lock value to q\.mu: sync\.Mutex$
// Stderr: /copylock_more\.mg:29:7: assignment copies lock value to \*p: main\.S contains sync\.Mutex$
// Stderr: /copylock_more\.mg:31:11: assignment copies lock value to m\["a"\]: main\.S contains sync\.Mutex$
// Stderr: /copylock_more\.mg:32:9: call of t\.take copies lock value: sync\.Mutex$
// Stderr: /copylock_more\.mg:33:10: call of t\.ptake copies lock value: sync\.Mutex$
// Stderr: /copylock_more\.mg:34:12: call of \(&t\)\.take copies lock value: sync\.Mutex$
// Stderr: /copylock_more\.mg:35:12: literal copies lock value from s: main\.S contains sync\.Mutex$
// Stderr: /copylock_more\.mg:36:7: assignment copies lock value to w: main\.S contains sync\.Mutex$
// Stderr: /copylock_more\.mg:38:22: variable declaration copies lock value to i: main\.S contains sync\.Mutex$
// Stderr: /copylock_more\.mg:43:10: assignment copies lock value to arr2: sync\.Mutex$
// Exit: 1
