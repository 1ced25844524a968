// container/list: every method, including the no-op cases (an element of
// another list, a removed element, a zero List used without New).
package main

import (
	"container/list"
	"fmt"
)

func show(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show("l", l)
	l.MoveToFront(e4)
	show("l", l)
	l.MoveToBack(e4)
	l.MoveBefore(e4, e1)
	show("l", l)
	l.MoveAfter(e1, e4)
	l.MoveAfter(e1, e1)
	show("l", l)
	fmt.Println(l.Remove(e1), l.Remove(e1))
	show("l", l)

	var z list.List // zero value is ready to use
	fmt.Println(z.Front() == nil, z.Back() == nil, z.Len())
	z.PushBack("a")
	z.PushBack("b")
	show("z", &z)
	other := list.New()
	o := other.PushBack("x")
	fmt.Println(l.InsertBefore(9, o) == nil, l.InsertAfter(9, o) == nil)
	l.MoveToFront(o)
	l.Remove(o)
	show("other", other)

	l.PushBackList(&z)
	l.PushFrontList(other)
	show("l", l)
	l.PushBackList(l)
	show("l", l)
	l.Init()
	show("l", l)
	fmt.Println(e4.Next() == nil, e4.Prev() == nil)
}
// Output:
// l len=4: 1 2 3 4 | back: 4 3 2 1
// l len=4: 4 1 2 3 | back: 3 2 1 4
// l len=4: 4 1 2 3 | back: 3 2 1 4
// l len=4: 4 1 2 3 | back: 3 2 1 4
// 1 1
// l len=3: 4 2 3 | back: 3 2 4
// true true 0
// z len=2: a b | back: b a
// true true
// other len=1: x | back: x
// l len=6: x 4 2 3 a b | back: b a 3 2 4 x
// l len=12: x 4 2 3 a b x 4 2 3 a b | back: b a 3 2 4 x b a 3 2 4 x
// l len=0: | back:
// false false
