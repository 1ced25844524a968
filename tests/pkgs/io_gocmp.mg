// Package io's helpers against go run: Copy, ReadAll, ReadFull, ReadAtLeast,
// LimitReader, MultiReader/Writer, CopyN, TeeReader, SectionReader, WriteString,
// Pipe (with CloseWithError), CopyBuffer, Seek, NopCloser, Discard.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] >= 'a' && p[i] <= 'z' {
			p[i] -= 32
		}
	}
	return n, err
}

type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[r.i]
	r.i++
	return 1, nil
}

func main() {
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrClosedPipe, io.ErrShortBuffer, io.ErrNoProgress)
	var sb strings.Builder
	n, err := io.Copy(&sb, upper{strings.NewReader("hello world")})
	fmt.Println(n, err, sb.String())
	b, err := io.ReadAll(&slowReader{s: "abcdef"})
	fmt.Printf("%q %v\n", b, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(k, err, string(buf[:k]))
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 5)
	fmt.Println(k, err)
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ = io.ReadAll(lr)
	fmt.Println(string(b))
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), &slowReader{s: "three"})
	b, _ = io.ReadAll(mr)
	fmt.Println(string(b))
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2)
	fmt.Fprintf(mw, "x=%d", 42)
	fmt.Println(b1.String(), b2.String())
	n, err = io.CopyN(os.Stdout, strings.NewReader("copyN text\n"), 5)
	fmt.Println()
	fmt.Println(n, err)
	n, err = io.CopyN(io.Discard, strings.NewReader("abc"), 5)
	fmt.Println(n, err)
	tr := io.TeeReader(strings.NewReader("tee"), &b1)
	b, _ = io.ReadAll(tr)
	fmt.Println(string(b), b1.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	w, err := io.WriteString(os.Stdout, "ws\n")
	fmt.Println(w, err)
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	b, err = io.ReadAll(pr)
	fmt.Println(string(b), err)
	pr, pw = io.Pipe()
	go func() {
		pw.CloseWithError(errors.New("boom"))
	}()
	_, err = io.ReadAll(pr)
	fmt.Println(err)
	n, err = io.CopyBuffer(&sb, strings.NewReader("CB"), make([]byte, 1))
	fmt.Println(n, err, sb.String())
	var rs io.ReadSeeker = strings.NewReader("seekable")
	pos, err := rs.Seek(-4, io.SeekEnd)
	fmt.Println(pos, err)
	b, _ = io.ReadAll(rs)
	fmt.Println(string(b))
	var rc io.ReadCloser = io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	fmt.Printf("%T\n", io.Discard)
}
// Output:
// EOF unexpected EOF short write io: read/write on closed pipe short buffer multiple Read calls return no data or error
// 11 <nil> HELLO WORLD
// "abcdef" <nil>
// 2 unexpected EOF
// 0 EOF
// 4 <nil> abcd
// 0 short buffer
// 0123
// one two three
// x=42 x=42
// copyN
// 5 <nil>
// 3 EOF
// tee x=42tee
// 23456 5
// ws
// 3 <nil>
// through the pipe <nil>
// boom
// 2 <nil> HELLO WORLDCB
// 4 <nil>
// able
// <nil>
// io.discard
