package main

import "fmt"

func main() {
	for _, r := range "aé世😀" {
		fmt.Printf("%c %d %U %#U %q %x\n", r, r, r, r, r, r)
	}
	fmt.Printf("%q %q %q %q %q\n", '\n', '\'', '"', '\x00', rune(0x10FFFF+1))
	fmt.Printf("%+q %+q\n", 'é', "日本")
	fmt.Printf("[%5c] [%-5c] [%3q]\n", '世', 'x', 'y')
	fmt.Printf("%c%c%c\n", 72, 105, 33)
	fmt.Printf("%U %#U\n", -1, 0x20)
	fmt.Printf("[%-8s] [%8s] [%.2s]\n", "日本語", "日本語", "日本語")
	s := "abc"
	fmt.Println(s[0], s[1:], string(s[2]))
	fmt.Printf("%q\n", []rune("héé"))
	fmt.Println([]rune("hé"))
}

// Output:
// a 97 U+0061 U+0061 'a' 'a' 61
// é 233 U+00E9 U+00E9 'é' 'é' e9
// 世 19990 U+4E16 U+4E16 '世' '世' 4e16
// 😀 128512 U+1F600 U+1F600 '😀' '😀' 1f600
// '\n' '\'' '"' '\x00' '�'
// '\u00e9' "\u65e5\u672c"
// [    世] [x    ] ['y']
// Hi!
// U+FFFFFFFFFFFFFFFF U+0020 ' '
// [日本語     ] [     日本語] [日本]
// 97 bc c
// ['h' 'é' 'é']
// [104 233]
