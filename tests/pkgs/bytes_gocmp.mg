// bytes.Buffer, the bytes functions and bytes.Reader against go run, with
// the nil-ness of every result (Go's make gives non-nil empty slices).
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func show(name string, b []byte) { fmt.Printf("%s %q nil=%v\n", name, b, b == nil) }
func showAll(name string, bs [][]byte) {
	fmt.Printf("%s %d nil=%v:", name, len(bs), bs == nil)
	for _, b := range bs {
		fmt.Printf(" %q", b)
	}
	fmt.Println()
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Fprintf(&buf, " %d", 7)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p), buf.Len())
	fmt.Printf("%q\n", buf.Next(3))
	by, err := buf.ReadByte()
	fmt.Println(by, err, buf.UnreadByte(), buf.UnreadByte())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, sz, err := buf.ReadRune()
	fmt.Println(r, sz, err, buf.UnreadRune(), buf.UnreadRune())
	rest, err := buf.ReadBytes('x')
	fmt.Printf("%q %v\n", rest, err)
	n, err = buf.Read(p)
	fmt.Println(n, err)
	n, err = buf.Read(nil)
	fmt.Println(n, err)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String())
	b2 := bytes.NewBufferString("abc")
	b2.Truncate(1)
	fmt.Println(b2.String())
	b3 := bytes.NewBuffer([]byte("xyz"))
	b3.Grow(100)
	fmt.Println(b3.Cap() >= 103, b3.String())
	m, err := b3.ReadFrom(strings.NewReader(" from reader"))
	fmt.Println(m, err, b3.String())
	m, err = b3.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(m, err, b3.Len())
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)

	s := []byte("  Hello, World, Go  ")
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil))
	fmt.Println(bytes.Contains(s, []byte("World")), bytes.ContainsAny(s, "xyz"), bytes.ContainsRune(s, 'G'))
	fmt.Println(bytes.Count(s, []byte("o")), bytes.Count([]byte("abc"), nil), bytes.Index(s, []byte("o")), bytes.LastIndex(s, []byte("o")))
	fmt.Println(bytes.IndexByte(s, 'W'), bytes.LastIndexByte(s, 'l'), bytes.IndexRune(s, 'W'), bytes.IndexAny(s, "dW"), bytes.LastIndexAny(s, "lo"), bytes.LastIndexAny(s, ""))
	fmt.Println(bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsUpper), bytes.IndexFunc(s, unicode.IsDigit))
	fmt.Println(bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("Go")))
	showAll("Split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	showAll("Split empty", bytes.Split([]byte("héy"), nil))
	showAll("SplitN", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	showAll("SplitN0", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 0))
	showAll("SplitAfter", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	showAll("SplitAfterN", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))
	showAll("Fields", bytes.Fields(s))
	showAll("Fields empty", bytes.Fields([]byte("   ")))
	showAll("FieldsFunc", bytes.FieldsFunc([]byte("a1b2c"), unicode.IsDigit))
	show("Join", bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("-")))
	show("Join nil", bytes.Join(nil, []byte("-")))
	show("Join one", bytes.Join([][]byte{[]byte("x")}, []byte("-")))
	show("TrimSpace", bytes.TrimSpace(s))
	show("TrimSpace all", bytes.TrimSpace([]byte("   ")))
	show("TrimSpace nil", bytes.TrimSpace(nil))
	show("Trim", bytes.Trim(s, " H"))
	show("Trim all", bytes.Trim([]byte("xx"), "x"))
	show("Trim empty", bytes.Trim([]byte{}, "x"))
	show("TrimLeft", bytes.TrimLeft(s, " "))
	show("TrimLeft all", bytes.TrimLeft([]byte("  "), " "))
	show("TrimRight", bytes.TrimRight(s, " o"))
	show("TrimRight all", bytes.TrimRight([]byte("  "), " "))
	show("TrimFunc", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	show("TrimLeftFunc all", bytes.TrimLeftFunc([]byte("123"), unicode.IsDigit))
	show("TrimRightFunc all", bytes.TrimRightFunc([]byte("123"), unicode.IsDigit))
	show("TrimPrefix", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")))
	show("TrimSuffix", bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	bef, aft, ok := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", bef, aft, ok)
	bef, aft, ok = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v %v\n", bef, aft, ok, aft == nil)
	show("ToUpper", bytes.ToUpper([]byte("héllo")))
	show("ToLower", bytes.ToLower([]byte("HÉLLO")))
	show("ToTitle", bytes.ToTitle([]byte("héllo")))
	show("Title", bytes.Title([]byte("hello world")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")))
	show("Repeat", bytes.Repeat([]byte("ab"), 3))
	show("Replace", bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 2))
	show("ReplaceAll", bytes.ReplaceAll([]byte("aaaa"), []byte("a"), []byte("bb")))
	show("Replace empty", bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	show("Map", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, []byte("abc")))
	fmt.Println(bytes.Runes([]byte("héllo")))
	show("ToValidUTF8", bytes.ToValidUTF8([]byte("a\xffb\xfe\xfdc"), []byte("?")))
	br := bytes.NewReader([]byte("reader data"))
	fmt.Println(br.Len(), br.Size())
	pp := make([]byte, 4)
	n, err = br.ReadAt(pp, 7)
	fmt.Println(n, err, string(pp[:n]))
	pos, err := br.Seek(7, io.SeekStart)
	fmt.Println(pos, err)
	by, _ = br.ReadByte()
	fmt.Println(by, br.UnreadByte(), br.UnreadByte())
	m, err = br.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(m, err)
	br.Reset([]byte("again"))
	all, _ := io.ReadAll(br)
	fmt.Println(string(all))
	_, err = br.Seek(-1, io.SeekStart)
	fmt.Println(err)
	fmt.Println(bytes.NewReader(nil).UnreadRune())
}
// Output:
// hello world!é 7 16
// 5 <nil> hello 11
// " wo"
// 114 <nil> <nil> bytes.Buffer: UnreadByte: previous operation was not a successful read
// "rld!" <nil>
// 233 2 <nil> <nil> bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// "é 7" EOF
// 0 EOF
// 0 <nil>
// 0 
// a
// true xyz
// 12 <nil> xyz from reader
// xyz from reader
// 15 <nil> 0
// <nil>
// 512 bytes.Buffer: too large
// true true -1 0
// true false true
// 3 4 6 17
// 9 12 9 9 17 -1
// 2 16 -1
// true false
// Split 4 nil=false: "a" "b" "" "c"
// Split empty 3 nil=false: "h" "é" "y"
// SplitN 2 nil=false: "a" "b,c,d"
// SplitN0 0 nil=true:
// SplitAfter 3 nil=false: "a," "b," "c"
// SplitAfterN 2 nil=false: "a," "b,c"
// Fields 3 nil=false: "Hello," "World," "Go"
// Fields empty 0 nil=false:
// FieldsFunc 3 nil=false: "a" "b" "c"
// Join "a-b" nil=false
// Join nil "" nil=false
// Join one "x" nil=false
// TrimSpace "Hello, World, Go" nil=false
// TrimSpace all "" nil=true
// TrimSpace nil "" nil=true
// Trim "ello, World, Go" nil=false
// Trim all "" nil=true
// Trim empty "" nil=true
// TrimLeft "Hello, World, Go  " nil=false
// TrimLeft all "" nil=true
// TrimRight "  Hello, World, G" nil=false
// TrimRight all "" nil=false
// TrimFunc "abc" nil=false
// TrimLeftFunc all "" nil=true
// TrimRightFunc all "" nil=false
// TrimPrefix "body" nil=false
// TrimSuffix "body" nil=false
// "key" "value" true
// "novalue" "" false true
// ToUpper "HÉLLO" nil=false
// ToLower "héllo" nil=false
// ToTitle "HÉLLO" nil=false
// Title "Hello World" nil=false
// true
// Repeat "ababab" nil=false
// Replace "bbaa" nil=false
// ReplaceAll "bbbbbbbb" nil=false
// Replace empty "-a-b-c-" nil=false
// Map "cd" nil=false
// [104 233 108 108 111]
// ToValidUTF8 "a?b?c" nil=false
// 11 11
// 4 <nil> data
// 7 <nil>
// 100 <nil> <nil>
//  data
// 5 <nil>
// again
// bytes.Reader.Seek: negative position
// bytes.Reader.UnreadRune: at beginning of slice
