// strings.Reader: Read, ReadAt, ReadByte/UnreadByte, ReadRune/UnreadRune,
// Seek, WriteTo, Len/Size, Reset, and its errors.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, world")
	fmt.Println(r.Len(), r.Size())
	b := make([]byte, 4)
	n, err := r.Read(b)
	fmt.Printf("%d %v %q %d\n", n, err, b[:n], r.Len())
	fmt.Println(r.UnreadRune())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadByte())
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size, r.UnreadRune(), r.UnreadRune())
	n, err = r.ReadAt(b, 8)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	n, err = r.ReadAt(b, 100)
	fmt.Println(n, err)
	_, err = r.ReadAt(b, -1)
	fmt.Println(err)
	pos, err := r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.Read(b)
	fmt.Println(n, err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	r.Seek(2, io.SeekStart)
	pos, _ = r.Seek(3, io.SeekCurrent)
	fmt.Println(pos)
	wn, err := r.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(wn, err, r.Len())
	r.Reset("again")
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err, r.Len())
	var sb strings.Builder
	io.Copy(&sb, strings.NewReader("copied via WriteTo"))
	fmt.Println(sb.String())
	var z strings.Reader
	_, err = z.ReadByte()
	fmt.Println(z.Len(), err)
}
// Output:
// 13 13
// 4 <nil> "hél" 9
// strings.Reader.UnreadRune: previous operation was not ReadRune
// l <nil> <nil>
// l 1 <nil> strings.Reader.UnreadRune: previous operation was not ReadRune
// 4 <nil> "worl"
// 0 EOF
// strings.Reader.ReadAt: negative offset
// 8 <nil>
// "world"
// 0 EOF
// strings.Reader.Seek: negative position
// strings.Reader.Seek: invalid whence
// 5
// o, world
// 8 <nil> 0
// a 1 <nil> 4
// copied via WriteTo
// 0 EOF
