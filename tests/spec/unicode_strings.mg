package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(r, size, string(r))
	buf := []byte{}
	buf = utf8.AppendRune(buf, 'é')
	fmt.Println(buf, utf8.RuneLen('😀'), utf8.ValidString("a\xffb"))
	rs := []rune(s)
	fmt.Println(string(rs[7:9]))
	for i := len(rs) - 1; i >= 0; i-- {
		fmt.Print(string(rs[i]))
	}
	fmt.Println()
}

// Output:
// 14 10
// 19990 3 世
// [195 169] 4 false
// 世界
// !界世 ,olleH
