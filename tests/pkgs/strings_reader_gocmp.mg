// strings.Reader (Read, ReadRune/UnreadRune, ReadByte/UnreadByte, ReadAt,
// Seek and its errors, WriteTo, Reset), strings.Builder and Replacer, as go run.
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
	b := make([]byte, 3)
	n, err := r.Read(b)
	fmt.Println(n, err, string(b[:n]), r.Len())
	ru, sz, err := r.ReadRune()
	fmt.Println(ru, sz, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	by, err := r.ReadByte()
	fmt.Println(by, err, r.UnreadByte(), r.UnreadByte())
	n, err = r.ReadAt(b, 7)
	fmt.Println(n, err, string(b[:n]))
	n, err = r.ReadAt(b, 11)
	fmt.Println(n, err, string(b[:n]))
	n, err = r.ReadAt(b, -1)
	fmt.Println(n, err)
	p, err := r.Seek(2, io.SeekCurrent)
	fmt.Println(p, err)
	p, err = r.Seek(-1, io.SeekStart)
	fmt.Println(p, err)
	p, err = r.Seek(0, 7)
	fmt.Println(p, err)
	p, err = r.Seek(100, io.SeekStart)
	fmt.Println(p, err, r.Len())
	n, err = r.Read(b)
	fmt.Println(n, err)
	r.Seek(0, io.SeekStart)
	w, err := r.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(w, err, r.Len())
	r.Reset("new")
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	_, _, err = r.ReadRune()
	fmt.Println(err, r.UnreadRune())
	var _ io.ReaderAt = r
	var _ io.RuneScanner = r
	var _ io.ByteScanner = r
	var _ io.WriterTo = r
	var _ io.Seeker = r
	var sb strings.Builder
	sb.Grow(10)
	sb.WriteString("ab")
	sb.WriteByte('c')
	sb.WriteRune('ü')
	sb.Write([]byte("d"))
	fmt.Println(sb.String(), sb.Len(), sb.Cap() >= 10)
	sb.Reset()
	fmt.Printf("%q\n", sb.String())
	rp := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(rp.Replace("abcab"))
	rp.WriteString(os.Stdout, "bab\n")
}
// Output:
// 13 13
// 3 <nil> hé 10
// 108 1 <nil>
// <nil> strings.Reader.UnreadRune: previous operation was not ReadRune
// 108 <nil> <nil> <nil>
// 3 <nil>  wo
// 2 EOF ld
// 0 strings.Reader.ReadAt: negative offset
// 4 <nil>
// 0 strings.Reader.Seek: negative position
// 0 strings.Reader.Seek: invalid whence
// 100 <nil> 0
// 0 EOF
// héllo, world
// 13 <nil> 0
// new
// EOF strings.Reader.UnreadRune: previous operation was not ReadRune
// abcüd 6 true
// ""
// 12c12
// 212
