package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Node struct{ v int }

func (n *Node) String() string { return fmt.Sprintf("Node<%d>", n.v) }

type Holder struct {
	C     Color
	c     Color
	Temps []Celsius
	N     Node
	PN    *Node
}

func main() {
	fmt.Println(Celsius(21.5), Red, Blue)
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println([]Color{Red, Green, Blue})
	fmt.Println(map[Color]Celsius{Blue: 1, Red: 2})
	n := Node{3}
	fmt.Println(n, &n)
	h := Holder{C: Green, c: Green, Temps: []Celsius{1, 2.5}, N: Node{4}, PN: &Node{5}}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	var s fmt.Stringer = Blue
	fmt.Println(s)
	fmt.Printf("%10v|%-10s|\n", Red, Green)
	fmt.Printf("%T %T\n", Red, &n)
}

// Output:
// 21.5°C Red Color(2)
// Green Green 1 "Green" 477265656e
// [Red Green Color(2)]
// map[Red:2.0°C Color(2):1.0°C]
// {3} Node<3>
// {Green 1 [1.0°C 2.5°C] {4} Node<5>}
// {C:Green c:1 Temps:[1.0°C 2.5°C] N:{v:4} PN:Node<5>}
// Color(2)
//        Red|Green     |
// main.Color *main.Node
