package main

import "fmt"

func main() {
	s := "aé世😀b"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, len(s))
	for i := range "xyz" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r)
	}
}

// Output:
// 0 97 a
// 1 233 é
// 3 19990 世
// 6 128512 😀
// 10 98 b
// 5 11
// 0 1 2 
// 0 97
// 1 65533
// 2 98
