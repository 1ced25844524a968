package main

import "fmt"

type Speaker interface{ Speak() string }

type Base struct{ id int }

func (b Base) Speak() string { return fmt.Sprint("base ", b.id) }

type Ptr struct{ id int }

func (p *Ptr) Speak() string { return fmt.Sprint("ptr ", p.id) }

type WrapV struct{ Base }
type WrapP struct{ *Ptr }
type WrapAddr struct{ Ptr }

func main() {
	var s Speaker = WrapV{Base{1}}
	fmt.Println(s.Speak())
	s = WrapP{&Ptr{2}}
	fmt.Println(s.Speak())
	s = &WrapAddr{Ptr{3}}
	fmt.Println(s.Speak())
	s = &WrapV{Base{4}}
	fmt.Println(s.Speak())
}

// Output:
// base 1
// ptr 2
// ptr 3
// base 4
