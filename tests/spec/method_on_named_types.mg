package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Names []string
type Set map[string]bool
type Op func(int, int) int

func (c Celsius) F() float64       { return float64(c)*9/5 + 32 }
func (n Names) Join() string       { return strings.Join(n, "+") }
func (s Set) Has(k string) bool    { return s[k] }
func (o Op) Apply(a, b int) int    { return o(a, b) }

func main() {
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	fmt.Println(Names{"a", "b"}.Join())
	s := Set{"x": true}
	fmt.Println(s.Has("x"), s.Has("y"))
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(3, 4))
}

// Output:
// 212 -40
// a+b
// true false
// 7
