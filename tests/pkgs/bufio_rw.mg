// bufio.Reader (ReadString, ReadLine, ReadRune, ReadByte, Peek, Unread*, a
// small buffer) over os.Stdin and strings, and bufio.Writer's buffering and
// Flush to os.Stdout and a recording writer.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type rec struct{ writes []string }

func (r *rec) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

func main() {
	in := bufio.NewReader(os.Stdin)
	line, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	var a, b int
	fmt.Fscan(in, &a, &b)
	fmt.Println(a * b)
	rest, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = in.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = in.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)

	r := bufio.NewReaderSize(strings.NewReader("héllo\r\nworld\nthis is a rather long line\nend"), 16)
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadRune())
	ru, size, _ := r.ReadRune()
	ru, size, _ = r.ReadRune()
	fmt.Println(string(ru), size, r.UnreadRune(), r.UnreadRune())
	for {
		l, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", l, isPrefix)
	}
	_, err = r.Peek(40)
	fmt.Println(err, r.Size())
	r2 := bufio.NewReader(strings.NewReader("a;b;c"))
	tok, err := r2.ReadBytes(';')
	fmt.Printf("%q %v\n", tok, err)
	d, err := r2.Discard(2)
	fmt.Println(d, err)
	all, err := io.ReadAll(r2)
	fmt.Printf("%q %v\n", all, err)

	rw := &rec{}
	w := bufio.NewWriterSize(rw, 8)
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	fmt.Println(w.Buffered(), w.Available(), rw.writes)
	w.WriteString("0123456789")
	fmt.Println(w.Buffered(), rw.writes)
	w.Write([]byte("0123456789abcdef"))
	fmt.Println(w.Buffered(), rw.writes)
	w.Flush()
	fmt.Println(w.Buffered(), rw.writes)

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "buffered %d\n", 1)
	fmt.Println("direct")
	out.WriteString("buffered 2\n")
}
// Stdin: header line\n
// Stdin: 6 7 tail\n
// Stdin: next
// Output:
// "header line\n" <nil>
// 42
// " tail\n" <nil>
// "next" EOF
// "" EOF
// "hé" <nil> 16
// h <nil> bufio: invalid use of UnreadRune
// é 2 <nil> bufio: invalid use of UnreadRune
// "éllo" false
// "world" false
// "this is a rather" true
// " long line" false
// "end" false
// EOF
// bufio: buffer full 16
// "a;" <nil>
// 2 <nil>
// "c" <nil>
// 6 2 []
// 8 [abcdé01]
// 0 [abcdé01 23456789 0123456789abcdef]
// 0 [abcdé01 23456789 0123456789abcdef]
// direct
// buffered 1
// buffered 2
