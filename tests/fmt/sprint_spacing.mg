package main

import "fmt"

type S string

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, "d"))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(S("n"), S("m"), 1))
	fmt.Println(fmt.Sprint(nil, nil, "s", nil))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, "b"))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 3, 4, "y", "\n")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d-%d\n", 1, 2)
	fmt.Println(n, err)
}

// Output:
// ab1 2c3.5 trued
// 1 2 3
// x1y
// nm1
// <nil> <nil>s<nil>
// [1] [2]
// "a 1 b\n"
// ""
// "\n"
// ab
// 1 2
// x3 4y
// count me
// 9 <nil>
// 1-2
// 4 <nil>
