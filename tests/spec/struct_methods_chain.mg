package main

import (
	"fmt"
	"strings"
)

type Builder struct{ parts []string }

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) Build() string { return strings.Join(b.parts, " ") }

func main() {
	b := &Builder{}
	fmt.Println(b.Add("a").Add("b").Add("c").Build())
	fmt.Println(new(Builder).Add("solo").Build())
}

// Output:
// a b c
// solo
