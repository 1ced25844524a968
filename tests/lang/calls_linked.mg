// Calls the linker turns into CALL_BC (a bytecode callee) and returns it turns into RET1
// (one result word), next to the calls it leaves alone (natives, closures, interfaces).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type P struct{ x, y int }

func (p P) sum() int          { return p.x + p.y }
func (p *P) scale(k int)      { p.x *= k; p.y *= k }
func (p *P) get() (int, int)  { return p.x, p.y }
func (p *P) self() *P         { return p }
func (p P) String() string    { return fmt.Sprintf("P(%d,%d)", p.x, p.y) }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

var counter int

// functions whose first instruction is a call (the callee's pre-decoded first
// instruction is the rewritten one)
func first() int { return fib(10) }
func firstVoid()  { helper() }
func helper()     { counter++ }

// deep recursion: the stack and the frame array grow many times over
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func upper(s string) string { return strings.ToUpper(s) } // a native callee

func line() int {
	_, _, l, _ := runtime.Caller(1)
	return l
}

func id(x int) int { // RET1 of register 0 onto itself
	if x == -1 {
		return 0
	}
	return x
}

func minInt(x int) int {
	if x > 0 {
		return x
	}
	return -9223372036854775808
}

func multi() (int, string, float64) { return -7, "x", -0.5 }

func negzero() float64 {
	z := 0.0
	return -z
}

func apply(f func(int) int, x int) int { return f(x) }

func recovers() (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = depth(3) * 10
		}
	}()
	var a []int
	return a[fib(5)]
}

func main() {
	fmt.Println(fib(20), even(1001), odd(1001), even(0))
	fmt.Println(first())
	firstVoid()
	firstVoid()
	fmt.Println(counter)
	fmt.Println(depth(200000))
	fmt.Println(upper("abc"))
	fmt.Println(line())
	fmt.Println(id(5), id(-1), id(0), minInt(-3), minInt(9223372036854775807))
	a, b, c := multi()
	fmt.Println(a, b, c)
	fmt.Println(negzero(), 1/negzero())
	p := P{2, 3}
	fmt.Println(p.sum())
	p.scale(-4)
	fmt.Println(p.get())
	fmt.Println(p.self().self().sum(), p)
	var s fmt.Stringer = p
	fmt.Println(s.String())
	fmt.Println(apply(fib, 15), apply(func(x int) int { return depth(x) + 1 }, 100))
	fmt.Println(recovers())
	done := make(chan int)
	for g := 0; g < 3; g++ {
		go func(g int) { done <- fib(15+g) }(g)
	}
	t := 0
	for g := 0; g < 3; g++ {
		t += <-done
	}
	fmt.Println(t)
}

// Output:
// 6765 false true true
// 55
// 2
// 200000
// ABC
// 104
// 5 0 0 -9223372036854775808 9223372036854775807
// -7 x -0.5
// -0 -Inf
// 5
// -8 -12
// -20 P(-8,-12)
// P(-8,-12)
// 610 101
// 30
// 3194
