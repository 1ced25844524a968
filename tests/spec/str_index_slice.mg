package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(s[0], s[7], string(s[0]))
	fmt.Println(s[:5], s[7:], s[3:8], s[:], len(s[2:4]))
	t := s[7:12]
	fmt.Println(t, len(t))
	u := "héllo"
	fmt.Println(u[1], u[2], len(u), u[1:3])
	var empty string
	fmt.Println(len(empty), empty == "")
}

// Output:
// 104 119 h
// hello world lo, w hello, world 2
// world 5
// 195 169 6 é
// 0 true
