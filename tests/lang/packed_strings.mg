package main

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	t := string(b)
	b[0] = 'H'
	fmt.Println(s, t, string(b), len(b))
	r := []rune(s)
	r[1] = 'e'
	fmt.Println(len(r), string(r), r[7], string(r[7]))
	fmt.Println(string([]byte{}), len([]byte("")), string([]rune{0x10FFFF + 1, 'a'}))
	b = append(b, " ok"...)
	n := copy(b[1:3], "EL")
	fmt.Println(string(b), n)
	for i, c := range b[:3] {
		fmt.Print(i, c, " ")
	}
	fmt.Println()
	for i, c := range string(b[7:]) {
		fmt.Print(i, string(c), " ")
	}
	fmt.Println()
	fmt.Println(utf8.RuneCount(b), utf8.Valid(b), utf8.Valid(b[:2]))
	rr, w := utf8.DecodeRune(b[7:])
	fmt.Println(string(rr), w)
	enc := make([]byte, 8)
	k := utf8.EncodeRune(enc[2:], '界')
	fmt.Println(enc, k)
	var sb strings.Builder
	sb.Write(b[:5])
	sb.WriteByte(b[5])
	fmt.Println(sb.String())
	var buf bytes.Buffer
	buf.Write([]byte("abc"))
	buf.WriteString("def")
	fmt.Println(buf.String(), buf.Len(), bytes.ToUpper(buf.Bytes()), bytes.Equal(buf.Bytes(), []byte("abcdef")))
	fmt.Println(bytes.Index(b, []byte("lo")), bytes.Contains(b, []byte("世")))
	os.Stdout.Write(b[:6])
	os.Stdout.Write([]byte("\n"))
	fmt.Fprintf(os.Stdout, "%s|%x|%X|%q|%v|%d\n", b[:3], b[:3], b[:3], b[:3], b[:3], b[:3])
	arr := [4]byte{'a', 'b', 'c', 'd'}
	fmt.Printf("%s %x %v %q %#v\n", arr, arr, arr, arr, arr[:2])
	fmt.Printf("%v %#v %v %x\n", []uint16{1, 2}, []bool{true}, [2]uint32{7, 8}, []uint16{255, 4096})
	words := []byte("zebra")
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	us := []uint16{300, 2, 65535, 7}
	sort.Slice(us, func(i, j int) bool { return us[i] < us[j] })
	fmt.Println(string(words), us)
	var sc [3]byte
	var su [2]uint16
	fmt.Sscan("7 250 9 65000", &sc[0], &sc[1], &su[0], &su[1])
	fmt.Println(sc, su)
	m := map[[2]byte]int{{1, 2}: 3}
	m[[2]byte{1, 2}]++
	m[[2]byte{2, 1}] = 9
	fmt.Println(m[[2]byte{1, 2}], len(m))
	var ifs interface{} = [3]bool{true, false, true}
	fmt.Println(ifs == [3]bool{true, false, true}, ifs)
}

// Output:
// héllo, 世界 héllo, 世界 Héllo, 世界 14
// 9 hello, 世界 19990 世
//  0 �a
// HELllo, 世界 ok 2
// 0 72 1 69 2 76 
// 0  1世 4界 7  8o 9k 
// 13 true true
//   1
// [0 0 231 149 140 0 0 0] 3
// HELllo
// abcdef 6 [65 66 67 68 69 70] true
// 4 true
// HELllo
// HEL|48454c|48454C|"HEL"|[72 69 76]|[72 69 76]
// abcd 61626364 [97 98 99 100] "abcd" []byte{0x61, 0x62}
// [1 2] []bool{true} [7 8] [ff 1000]
// aberz [2 7 300 65535]
// [7 250 0] [9 65000]
// 4 2
// true [true false true]
