// package bytes: Buffer (writes, reads, ReadFrom, WriteTo, Truncate, Unread*)
// and the common functions, including the empty and nil cases.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	b.Write([]byte("hello"))
	b.WriteString(", ")
	b.WriteByte('w')
	b.WriteRune('ö')
	fmt.Fprintf(&b, "rld %d", 42)
	fmt.Println(b.String(), b.Len())
	fmt.Printf("%q\n", b.Bytes()[:5])
	p := make([]byte, 3)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p), b.Len())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := b.ReadRune()
	fmt.Println(string(r), size, b.UnreadRune(), b.UnreadRune())
	rest, err := b.ReadBytes('!')
	fmt.Printf("%q %v\n", rest, err)
	n, err = b.Read(p)
	fmt.Println(n, err)
	b.Reset()
	nn, err := b.ReadFrom(strings.NewReader(strings.Repeat("ab", 700)))
	fmt.Println(nn, err, b.Len())
	b.Truncate(3)
	fmt.Println(b.String())
	nn, err = b.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(nn, err, b.Len())
	bb := bytes.NewBufferString("x y\nz")
	all, _ := io.ReadAll(bb)
	fmt.Printf("%q\n", all)
	var nb *bytes.Buffer
	fmt.Println(nb.String(), bytes.NewBuffer([]byte("q")).String())
	fmt.Println(string(bytes.NewBuffer(nil).Next(3)) == "")

	a, z := []byte("Hello, Gopher"), []byte("Go")
	fmt.Println(bytes.Equal(a, a), bytes.Equal(nil, []byte{}), bytes.Compare(a, z), bytes.Compare(z, a), bytes.Compare(nil, nil))
	fmt.Println(bytes.Contains(a, z), bytes.Index(a, z), bytes.LastIndex(a, []byte("o")), bytes.IndexByte(a, ','), bytes.IndexRune(a, 'G'), bytes.Count(a, []byte("e")))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("er")), bytes.HasPrefix(a, z))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("añb"), nil))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%q %q\n", bytes.Join(nil, []byte(",")), bytes.Fields([]byte("  foo bar\tbaz\n ")))
	fmt.Printf("%q %q\n", bytes.TrimSpace([]byte(" \t hi there \n")), bytes.TrimSpace([]byte("   ")))
	fmt.Printf("%q %q %q\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix(a, []byte("Hello")), bytes.TrimSuffix(a, []byte("pher")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper(a), bytes.ToLower(a), bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s %s\n", bytes.ReplaceAll(a, []byte("o"), []byte("0")), bytes.Replace(a, []byte("o"), []byte("0"), 1))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.ContainsAny(a, "xyz"), bytes.ContainsRune(a, 'p'))
	s := bytes.Split([]byte("a,b"), []byte(","))
	s[0] = append(s[0], 'X')
	fmt.Printf("%q\n", s)
	rd := bytes.NewReader([]byte("héllo"))
	r1, n1, _ := rd.ReadRune()
	r2, n2, _ := rd.ReadRune()
	fmt.Println(string(r1), n1, string(r2), n2, rd.Len(), rd.Size())
}
// Output:
// hello, wörld 42 16
// "hello"
// 3 <nil> hel 13
// l <nil> bytes.Buffer: UnreadByte: previous operation was not a successful read
// "lo, " <nil>
// w 1 <nil> bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// "wörld 42" EOF
// 0 EOF
// 1400 <nil> 1400
// aba
// aba
// 3 <nil> 0
// "x y\nz"
// <nil> q
// true
// true true 1 -1 0
// true 7 8 5 7 2
// true true false
// ["a" "b" "" "c"]
// ["a" "ñ" "b"]
// ["a" "b,c"]
// ["a," "b," "c"]
// "x--y--z"
// "" ["foo" "bar" "baz"]
// "hi there" ""
// "hi" "hixx" "xxhi"
// ", Gopher" "Hello, Go"
// HELLO, GOPHER hello, gopher ababab
// Hell0, G0pher Hell0, Gopher
// key value true
// true false true
// ["aX" "b"]
// h 1 é 2 3 6
