package main

import "fmt"

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

type Box struct{ C Color }

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%v %s %d\n", Green, Blue, Blue)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(Box{Green})
	fmt.Printf("%+v\n", Box{Red})
	s := fmt.Sprint(Green)
	fmt.Println(len(s))
}

// Output:
// Red Green Color(2)
// Green Color(2) 2
// [Color(2) Red]
// {Green}
// {C:Red}
// 5
