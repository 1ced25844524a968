// bufio's error paths as go run: Scanner over a failing reader, Buffer/Split
// after Scan, too many empty tokens, bad advance counts, split errors; Reader
// partial reads, Unread errors, negative counts; Writer over a failing writer.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type errReader struct {
	data []string
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data[0])
	r.data = r.data[1:]
	return n, nil
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n <= 0 {
		return 0, errors.New("disk full")
	}
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("partial")
	}
	w.n -= len(p)
	fmt.Printf("wrote %q\n", p)
	return len(p), nil
}

func catch(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	boom := errors.New("boom")
	sc := bufio.NewScanner(&errReader{[]string{"a\nb", "c\nd"}, boom})
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(&errReader{[]string{"x\n"}, io.EOF})
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	catch("buffer after scan", func() {
		sc := bufio.NewScanner(strings.NewReader("a"))
		sc.Scan()
		sc.Buffer(nil, 10)
	})
	catch("split after scan", func() {
		sc := bufio.NewScanner(strings.NewReader("a"))
		sc.Scan()
		sc.Split(bufio.ScanWords)
	})
	catch("empty tokens", func() {
		sc := bufio.NewScanner(strings.NewReader("abc"))
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
			if !atEOF {
				return 0, nil, nil
			}
			return 0, []byte{}, nil
		})
		n := 0
		for sc.Scan() {
			n++
			if n > 1000 {
				break
			}
		}
		fmt.Println("tokens", n, sc.Err())
	})
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, boom })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("a\n\nb\n"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("\xffa\xe2\x82"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	r := bufio.NewReader(&errReader{[]string{"part"}, boom})
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	r = bufio.NewReader(strings.NewReader("xyz"))
	r.ReadByte()
	fmt.Println(r.UnreadRune(), r.UnreadByte(), r.UnreadByte())
	_, err = r.Peek(-1)
	fmt.Println(err)
	_, err = r.Discard(-1)
	fmt.Println(err)
	n, err := r.Discard(10)
	fmt.Println(n, err)
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("q", 30)), 16)
	sl, err := r.ReadSlice('\n')
	fmt.Println(len(sl), err)
	line, err := r.ReadString('\n')
	fmt.Println(len(line), err)
	fmt.Println(bufio.NewReaderSize(strings.NewReader(""), 1).Size(), bufio.NewWriterSize(nil, -5).Size(), bufio.NewReader(nil).Size())
	br := bufio.NewReader(strings.NewReader("abc"))
	br2 := bufio.NewReader(br)
	fmt.Println(br == br2)

	fw := &failWriter{n: 6}
	w := bufio.NewWriterSize(fw, 4)
	k, err := w.WriteString("abcdefghij")
	fmt.Println(k, err)
	fmt.Println(w.Flush(), w.WriteByte('z'))
	k, err = w.Write([]byte("x"))
	fmt.Println(k, err)
	w.Reset(&failWriter{n: 100})
	w.WriteString("ok")
	fmt.Println(w.Flush())
	var sb strings.Builder
	w = bufio.NewWriter(&sb)
	w.WriteString("abc")
	fmt.Printf("%q %d\n", w.AvailableBuffer(), w.Available())
	w.Flush()
	fmt.Println(sb.String())
}
// Output:
// "a"
// "bc"
// "d"
// boom
// "x"
// <nil>
// buffer after scan panic: Buffer called after Scan
// split after scan panic: Split called after Scan
// empty tokens panic: bufio.Scan: too many empty tokens without progressing
// false bufio.Scanner: SplitFunc returns negative advance count
// false bufio.Scanner: SplitFunc returns advance count beyond input
// false boom
// "a" "" "b" 
// "�" "a" "�" "�" 
// "part" boom
// "" boom
// bufio: invalid use of UnreadRune <nil> bufio: invalid use of UnreadByte
// bufio: negative count
// bufio: negative count
// 3 EOF
// 16 bufio: buffer full
// 14 EOF
// 16 4096 4096
// true
// wrote "abcd"
// 8 partial
// partial partial
// 0 partial
// wrote "ok"
// <nil>
// "" 4093
// abc
