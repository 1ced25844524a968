package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(len(b), len(r))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	fmt.Println(string([]byte{104, 105}), string([]rune{19990, 30028}))
	var bs []byte
	fmt.Println(string(bs) == "", len([]rune("")))
}

// Output:
// [104 195 169 108 108 111]
// [104 233 108 108 111]
// 6 5
// Héllo héllo
// hello
// A 世
// hi 世界
// true 0
