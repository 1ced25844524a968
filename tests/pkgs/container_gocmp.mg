// container/heap, container/list and container/ring against go run.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	fmt.Println(*h)
	(*h)[2] = -1
	heap.Fix(h, 2)
	fmt.Println(heap.Remove(h, 1), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	l2 := list.New()
	l2.PushBack("x")
	l.PushBackList(l2)
	l.PushFrontList(l2)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len(), l.Remove(e4), l.Len(), l.Back().Value, l.Front().Prev() == nil)
	l.MoveAfter(l.Front(), l.Back())
	l.MoveBefore(l.Back(), l.Front())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	var zl list.List
	zl.PushBack(1)
	fmt.Println(zl.Len(), l.Remove(zl.Front()), zl.Len())
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	r = r.Move(2)
	rem := r.Unlink(2)
	r.Do(func(p any) { fmt.Print(p, " ") })
	rem.Do(func(p any) { fmt.Print("[", p, "]") })
	fmt.Println(r.Len(), rem.Len())
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(r.Prev().Value)
	var zr ring.Ring
	fmt.Println(zr.Len(), zr.Next() == &zr)
}
// Output:
// [0 2 1 5 9 8 3]
// 2 [-1 3 0 5 9 8]
// -1 0 3 5 8 9 
// x 4 2 3 1 x 6 4 5 x true
// x 1 3 2 x 
// 1 1 1
// 0 1 2 3 4 
// 2 0 1 [3][4]3 2
// 2 a b 0 1 1
// 1 true
