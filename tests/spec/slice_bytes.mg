package main

import "fmt"

func main() {
	b := []byte("abc")
	b = append(b, "def"...)
	b = append(b, 'g')
	fmt.Println(string(b), len(b))
	fmt.Println(b[1:3])
	fmt.Printf("%s %x %X\n", b, b[:3], "hi")
	var out []byte
	for i := 0; i < 3; i++ {
		out = append(out, byte('0'+i))
	}
	fmt.Println(string(out))
}

// Output:
// abcdefg 7
// [98 99]
// abcdefg 616263 6869
// 012
