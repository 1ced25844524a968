// Method expressions T.M, (*T).M and I.M: the receiver is the first argument, for
// methods declared on T, promoted from embedded values, pointers and interfaces, on
// one-word, multi-word and slice receivers. These used to crash the interpreter
// (shapes of Go's test/method.go, test/method3.go, test/ddd.go).
package main

import "fmt"

type L []int

func (l L) Len() int { return len(l) }

type S struct{ a, b int }

func (s S) Sum(k int) int    { return s.a + s.b + k }
func (s *S) Scale(k int) int { return (s.a + s.b) * k }

type C struct{ n int }

func (c C) Get() int      { return c.n }
func (c *C) Ptr(d int) int { return c.n*10 + d }

type A struct {
	pad int
	C
}

type P struct{ *C }

type Getter interface{ Get() int }

type H struct{ Getter }

type W int

func (w W) Get() int { return int(w) * 2 }

func (l *L) Add(xs ...int) int {
	*l = append(*l, xs...)
	return len(*l)
}

func main() {
	l := L{0, 1, 2, 3, 4}
	fmt.Println(L.Len(l), (*L).Len(&l))
	fmt.Println((*L).Add(&l, 5, 6), len(l))

	s := S{1, 2}
	fmt.Println(S.Sum(s, 10), (*S).Sum(&s, 20), (*S).Scale(&s, 3))
	sum := S.Sum
	fmt.Println(sum(S{5, 5}, 1))

	a := A{1, C{7}}
	fmt.Println(A.Get(a), (*A).Get(&a), (*A).Ptr(&a, 3))
	get := A.Get
	fmt.Println(get(A{0, C{9}}))

	p := P{&C{4}}
	fmt.Println(P.Get(p), P.Ptr(p, 1))

	h := H{W(21)}
	fmt.Println(H.Get(h), (*H).Get(&h))

	var w W = 3
	fmt.Println(Getter.Get(w), Getter.Get(a), Getter.Get(h))
	var g Getter = w
	fmt.Println(Getter.Get(g), Getter.Get(Getter(C{6})))
	ig := Getter.Get
	fmt.Println(ig(C{8}))
}

// Output:
// 5 5
// 7 7
// 13 23 9
// 11
// 7 7 73
// 9
// 4 41
// 42 42
// 6 7 42
// 6 6
// 8
