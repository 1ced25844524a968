package main

import (
	"context"
	"fmt"
	"time"
)

// Contexts print as Go 1.19 prints them (the go run reference): the chain of
// constructors, WithValue with the key's type and a Stringer or string value.

type k string

type name struct{ s string }

func (n name) String() string { return "name:" + n.s }

func main() {
	bg := context.Background()
	fmt.Println(bg)
	fmt.Println(context.TODO())
	fmt.Println(context.WithValue(bg, k("k"), "v"))
	fmt.Println(context.WithValue(bg, k("k"), 4))
	fmt.Println(context.WithValue(bg, 7, name{"x"}))
	c, cancel := context.WithCancel(context.WithValue(bg, k("a"), "b"))
	fmt.Println(c)
	cancel()
	d, cancel2 := context.WithTimeout(bg, time.Hour)
	defer cancel2()
	fmt.Println(len(fmt.Sprint(d)) > len("context.Background.WithDeadline("))
}

// Output:
// context.Background
// context.TODO
// context.Background.WithValue(type main.k, val v)
// context.Background.WithValue(type main.k, val <not Stringer>)
// context.Background.WithValue(type int, val name:x)
// context.Background.WithValue(type main.k, val b).WithCancel
// true
