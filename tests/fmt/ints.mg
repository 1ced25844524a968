package main

import "fmt"

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%+05d\n", 42, 42, 42, -42, 42, 42, 42)
	fmt.Printf("%x|%X|%#x|%#X|%08x|%x\n", 255, 255, 255, 255, 3054, -255)
	fmt.Printf("%o|%#o|%O|%b|%#b|%08b\n", 8, 8, 8, 5, 5, 5)
	fmt.Printf("%.3d|%8.3d|%-8.3d|%.0d|%5.0d|\n", 7, -7, 7, 0, 0)
	fmt.Printf("%c|%c|%q|%U|%#U|%#U\n", 65, 0x4E16, 'x', 0x1F600, 'x', 0x7)
	var u8 uint8 = 200
	var i8 int8 = -100
	fmt.Printf("%d %x %b %o %v\n", u8, u8, u8, u8, i8)
	fmt.Printf("%x %X %d\n", uint64(1<<63), int64(-1<<63), uint32(1<<31))
	fmt.Printf("%v %d %s\n", 'a', 'a', string(rune('a')))
	fmt.Printf("%6x|%-6X|%#6x|%#-8o|\n", 171, 171, 171, 8)
	fmt.Printf("%t %v\n", true, false)
}

// Output:
// 42|   42|42   |-0042|+42| 42|+0042
// ff|FF|0xff|0XFF|00000bee|-ff
// 10|010|0o10|101|0b101|00000101
// 007|    -007|007     ||     |
// A|世|'x'|U+1F600|U+0078 'x'|U+0007
// 200 c8 11001000 310 -100
// 8000000000000000 -8000000000000000 2147483648
// 97 97 a
//     ab|AB    |  0xab|010     |
// true false
