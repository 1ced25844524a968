package main

import "fmt"

func main() {
	s := "Hello"
	up := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		up[i] = c
	}
	fmt.Println(string(up))
	vowels := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	fmt.Println(vowels)
	fmt.Printf("%T %T\n", s[0], []rune(s)[0])
	fmt.Println(s[1] == 'e', s[len(s)-1])
}

// Output:
// HELLO
// 2
// uint8 int32
// true 111
