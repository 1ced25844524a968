package main

import "fmt"

func main() {
	fmt.Println('a', 'Z', '0', ' ')
	fmt.Println('\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600')
	fmt.Println('é', '世')
	var r rune = 'x'
	var b byte = 'y'
	fmt.Println(r, b, string(r), string(rune(b)))
	fmt.Printf("%c %c %q %U\n", r, '世', 'é', '世')
}

// Output:
// 97 90 48 32
// 10 9 92 39 65 65 233 128512
// 233 19990
// 120 121 x y
// x 世 'é' U+4E16
