// Method expressions on literal receiver types: interface{ M1(string) string }.M1 takes the
// interface value first, struct{ T }.M2 the struct with the embedded T (Go's test/method7.go).
package main

import "fmt"

type S struct{ n int }

func (s S) M1(p string) string { return fmt.Sprint("M1 ", s.n, " ", p) }
func (s *S) P() int           { return s.n * 2 }

type T int

func (t T) M2() T { return t + 1 }

func main() {
	f := interface{ M1(string) string }.M1
	fmt.Println(f(S{1}, "a"))
	fmt.Println(interface{ M1(string) string }.M1(S{2}, "b"))
	fmt.Printf("%T\n", f)
	g := struct{ T }.M2
	fmt.Println(g(struct{ T }{41}))
	h := struct{ *S }.P
	fmt.Println(h(struct{ *S }{&S{5}}))
	k := (*struct{ S }).P
	fmt.Println(k(&struct{ S }{S{6}}))
	var i interface{ M1(string) string } = &S{3}
	fmt.Println(interface{ M1(string) string }.M1(i, "c"))
	for _, fn := range []func(S, string) string{S.M1} {
		fmt.Println(fn(S{4}, "d"))
	}
	fmt.Println(interface {
		fmt.Stringer
		M1(string) string
	}.M1(T2(9), "e"))
}

type T2 int

func (T2) String() string          { return "T2" }
func (t T2) M1(s string) string    { return fmt.Sprint(int(t), s) }

// Output:
// M1 1 a
// M1 2 b
// func(interface { M1(string) string }, string) string
// 42
// 10
// 12
// M1 3 c
// M1 4 d
// 9e
