package main

import "fmt"

type Temp float64
type Pair [2]int
type Matrix [][]float64

func main() {
	t := Temp(36.6)
	f := float64(t) + 1
	fmt.Println(t, f)
	p := Pair{1, 2}
	p[0] = 5
	fmt.Println(p, len(p))
	m := Matrix{{1, 0}, {0, 1}}
	fmt.Println(m)
	point := struct{ X, Y int }{3, 4}
	fmt.Println(point, point.X*point.Y)
	items := []struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}}
	for _, it := range items {
		fmt.Print(it.k, it.v, " ")
	}
	fmt.Println()
	type local struct{ n int }
	l := local{9}
	fmt.Printf("%+v\n", l)
}

// Output:
// 36.6 37.6
// [5 2] 2
// [[1 0] [0 1]]
// {3 4} 12
// a1 b2 
// {n:9}
