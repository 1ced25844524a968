// bufio.Reader over os.Stdin (ReadString, ReadRune/UnreadRune, ReadLine,
// ReadByte, Peek, ReadBytes, ReadSlice, Discard, EOF), bufio.Writer on os.Stdout
// (Flush, Buffered, Available; a small buffer hands a long string straight
// through), ReadWriter, Scanner's split functions, Buffer limits, ErrFinalToken.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	ru, size, err := r.ReadRune()
	fmt.Println(ru, size, err, string(ru))
	r.UnreadRune()
	ru, size, err = r.ReadRune()
	fmt.Println(ru, size, err)
	bl, pre, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", bl, pre, err)
	by, err := r.ReadByte()
	fmt.Println(by, err)
	r.UnreadByte()
	pk, err := r.Peek(3)
	fmt.Printf("%q %v\n", pk, err)
	bs, err := r.ReadBytes(' ')
	fmt.Printf("%q %v\n", bs, err)
	sl, err := r.ReadSlice(' ')
	fmt.Printf("%q %v\n", sl, err)
	fmt.Println(r.Buffered())
	d, err := r.Discard(2)
	fmt.Println(d, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	line, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("two\n")
	w.WriteByte('3')
	w.WriteRune('é')
	w.Write([]byte("\n"))
	fmt.Println("before flush", w.Buffered(), w.Available(), w.Size())
	w.Flush()
	w2 := bufio.NewWriterSize(os.Stdout, 4)
	w2.WriteString("longer than four\n")
	fmt.Println(w2.Buffered())
	w2.Flush()
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw in\n")), bufio.NewWriter(os.Stdout))
	l, _ := rw.ReadString('\n')
	rw.WriteString("got " + l)
	rw.Flush()
	sc := bufio.NewScanner(strings.NewReader("  alpha beta\tgamma\n\ndelta  "))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)
	sc = bufio.NewScanner(strings.NewReader("1,2,3"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("<%s>", sc.Text())
	}
	fmt.Println(sc.Err())
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune, bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrFinalToken)
	adv, tok, err := bufio.ScanLines([]byte("a\r\nb"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	br := bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", 40)+"\n"), 16)
	bl, pre, err = br.ReadLine()
	fmt.Printf("%q %v %v\n", bl, pre, err)
	_, err = br.Peek(20)
	fmt.Println(err)
	br.Reset(strings.NewReader("reset"))
	s, err := br.ReadString('x')
	fmt.Printf("%q %v\n", s, err)
	var sb strings.Builder
	n, err := bufio.NewReader(strings.NewReader("writeto")).WriteTo(&sb)
	fmt.Println(n, err, sb.String())
	bw := bufio.NewWriter(&sb)
	n, err = bw.ReadFrom(strings.NewReader(" readfrom"))
	bw.Flush()
	fmt.Println(n, err, sb.String())
}
// Stdin: first line\n
// Stdin: üx rest of it\n
// Stdin: the more words here and the end
// Output:
// "first line\n" <nil>
// 252 2 <nil> ü
// 252 2 <nil>
// "x rest of it" false <nil>
// 116 <nil>
// "the" <nil>
// "the " <nil>
// "more " <nil>
// 22
// 2 <nil>
// "rds here and the end" <nil>
// "" EOF
// EOF
// before flush 19 4077 4096
// buffered 1
// two
// 3é
// longer than four
// 0
// got rw in
// [alpha][beta][gamma][delta]
// [h][é][l][l][o]
// [a][b]
// bufio.Scanner: token too long true
// <1><2><3><nil>
// 65536 bufio: buffer full bufio: negative count bufio: invalid use of UnreadByte bufio: invalid use of UnreadRune bufio.Scanner: token too long bufio.Scanner: SplitFunc returns negative advance count bufio.Scanner: SplitFunc returns advance count beyond input final token
// 3 "a" <nil>
// "yyyyyyyyyyyyyyyy" true <nil>
// bufio: buffer full
// "reset" EOF
// 7 <nil> writeto
// 9 <nil> writeto readfrom
