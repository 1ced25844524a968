package main

import "fmt"

func main() {
	b := []byte("hi there")
	fmt.Println(b)
	fmt.Printf("%s|%q|%x|%X|% x|%#x|% #x\n", b, b, b, b, b[:3], b[:2], b[:2])
	fmt.Printf("%v|%d|%#v\n", b[:2], b[:2], b[:2])
	var nb []byte
	fmt.Printf("%v|%s|%#v|%x|[%5x]\n", nb, nb, nb, nb, nb)
	arr := [3]byte{65, 66, 67}
	fmt.Printf("%v|%s|%x|%#v\n", arr, arr, arr, arr)
	fmt.Printf("[%10s] [%-10x] [%.2s] [%.1x]\n", b[:2], b[:2], b, b)
	fmt.Println(string(b[3:]), len(b))
	type Blob []byte
	fmt.Printf("%v|%s|%#v\n", Blob("ok"), Blob("ok"), Blob("ok"))
	u := []uint8{1, 2}
	fmt.Println(u)
}

// Output:
// [104 105 32 116 104 101 114 101]
// hi there|"hi there"|6869207468657265|6869207468657265|68 69 20|0x6869|0x68 0x69
// [104 105]|[104 105]|[]byte{0x68, 0x69}
// []||[]byte(nil)||[     ]
// [65 66 67]|ABC|414243|[3]uint8{0x41, 0x42, 0x43}
// [        hi] [6869      ] [hi] [68]
// there 8
// [111 107]|ok|main.Blob{0x6f, 0x6b}
// [1 2]
