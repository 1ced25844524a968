package main

import "fmt"

type Meters float64
type Feet float64
type MyInt int
type MyStr string
type IntSlice []int

func main() {
	m := Meters(10)
	f := Feet(m * 3.28084)
	fmt.Printf("%.2f\n", f)
	var i MyInt = 5
	j := int(i) + 1
	fmt.Println(i, j, MyInt(j)*i)
	s := MyStr("hi")
	fmt.Println(string(s)+"!", len(s), s[0])
	is := IntSlice([]int{1, 2})
	raw := []int(is)
	raw[0] = 9
	fmt.Println(is)
	fmt.Printf("%T %T\n", is, raw)
}

// Output:
// 32.81
// 5 6 30
// hi! 2 104
// [9 2]
// main.IntSlice []int
