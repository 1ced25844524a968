package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	var nilSlice []int
	empty := []int{}
	fmt.Println(s, nilSlice, empty, len(nilSlice))
	fmt.Printf("%v %#v %#v %#v\n", s, s, nilSlice, empty)
	a := [3]string{"x", "y", "z"}
	fmt.Println(a)
	fmt.Printf("%v %q %#v\n", a, a, a)
	m := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(m)
	fmt.Printf("%#v\n", m)
	strs := []string{"a b", "c"}
	fmt.Printf("%v %q %s %x\n", strs, strs, strs, strs)
	fmt.Printf("%5d|%-4v|%03d\n", s, s, s)
	nested := [][]int{{1}, {2, 3}, nil}
	fmt.Println(nested)
	fmt.Println(&s, &a)
	fl := []float64{1.5, 2, 1e21}
	fmt.Println(fl)
	fmt.Printf("%.1f %e\n", fl, fl)
	bs := []bool{true, false}
	fmt.Println(bs)
}

// Output:
// [1 2 3] [] [] 0
// [1 2 3] []int{1, 2, 3} []int(nil) []int{}
// [x y z]
// [x y z] ["x" "y" "z"] [3]string{"x", "y", "z"}
// [[1 2] [3 4]]
// [2][2]int{[2]int{1, 2}, [2]int{3, 4}}
// [a b c] ["a b" "c"] [a b c] [612062 63]
// [    1     2     3]|[1    2    3   ]|[001 002 003]
// [[1] [2 3] []]
// &[1 2 3] &[x y z]
// [1.5 2 1e+21]
// [1.5 2.0 1000000000000000000000.0] [1.500000e+00 2.000000e+00 1.000000e+21]
// [true false]
