package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c *Counter) Reset()   { *c = Counter{} }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c.n)
	c.Reset()
	fmt.Println(c.Get())
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s.Len(), s)
	cs := []Counter{{}, {}}
	cs[1].Inc()
	fmt.Println(cs)
}

// Output:
// 2 2
// 0
// 3 2 [1 2]
// [{0} {1}]
