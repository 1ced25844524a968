package main

type A [4]int

func main() {
	s := []int{1, 2, 3, 4}
	_ = (*[4]int8)(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type \*\[4\]int8"
	_ = (*[]int)(s)   // ERROR "cannot convert s \(variable of type \[\]int\) to type \*\[\]int"
	_ = ([4]int)(s)   // ERROR "cannot convert s \(variable of type \[\]int\) to type \[4\]int"
	_ = (*A)(s)
}
