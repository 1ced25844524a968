package main

import "fmt"

type Mover interface{ Move(int) }
type Pos struct{ X int }

func (p *Pos) Move(d int) { p.X += d }

func main() {
	p := &Pos{}
	var m Mover = p
	m.Move(3)
	m.Move(4)
	fmt.Println(p.X)
	ms := []Mover{&Pos{1}, &Pos{2}}
	for _, m := range ms {
		m.Move(10)
	}
	fmt.Println(ms[0].(*Pos).X, ms[1].(*Pos).X)
	var any1, any2 interface{} = p, p
	fmt.Println(any1 == any2)
}

// Output:
// 7
// 11 12
// true
