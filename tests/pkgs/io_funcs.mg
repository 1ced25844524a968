// package io: Copy, CopyN, ReadFull, ReadAtLeast, LimitReader, MultiReader,
// MultiWriter, Discard, WriteString, NopCloser and Pipe over user types.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunky returns at most 3 bytes per Read, and EOF with the last bytes.
type chunky struct{ s string }

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.s[:min(3, len(c.s))])
	c.s = c.s[n:]
	if len(c.s) == 0 {
		return n, io.EOF
	}
	return n, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

type sink struct{ got []string }

func (s *sink) Write(p []byte) (int, error) {
	s.got = append(s.got, string(p))
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 1, errors.New("disk full") }

func main() {
	s := &sink{}
	n, err := io.Copy(s, &chunky{"hello, world"})
	fmt.Println(n, err, s.got)
	s.got = nil
	n, err = io.CopyN(s, &chunky{"abcdefgh"}, 5)
	fmt.Println(n, err, s.got)
	n, err = io.CopyN(s, &chunky{"ab"}, 5)
	fmt.Println(n, err)
	buf := make([]byte, 5)
	k, err := io.ReadFull(&chunky{"abcdefg"}, buf)
	fmt.Println(k, err, string(buf))
	k, err = io.ReadFull(&chunky{"ab"}, buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(&chunky{""}, buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&chunky{"abcdef"}, buf, 2)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&chunky{"abcdef"}, buf[:1], 2)
	fmt.Println(k, err)
	all, err := io.ReadAll(io.LimitReader(&chunky{"0123456789"}, 7))
	fmt.Println(string(all), err)
	all, _ = io.ReadAll(io.MultiReader(&chunky{"ab"}, &chunky{""}, &chunky{"cdefg"}))
	fmt.Println(string(all))
	s1, s2 := &sink{}, &sink{}
	w := io.MultiWriter(s1, s2)
	io.WriteString(w, "x")
	fmt.Fprintf(w, "y%d", 1)
	fmt.Println(s1.got, s2.got)
	_, err = io.MultiWriter(s1, failing{}).Write([]byte("abc"))
	fmt.Println(err)
	n, err = io.Copy(failing{}, &chunky{"abc"})
	fmt.Println(n, err)
	n, err = io.Copy(io.Discard, &chunky{"0123456789"})
	fmt.Println(n, err)
	rc := io.NopCloser(&chunky{"z"})
	fmt.Println(rc.Close())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrClosedPipe)

	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	all, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", all, err)
	pr, pw = io.Pipe()
	go func() {
		pw.CloseWithError(errors.New("boom"))
	}()
	_, err = pr.Read(buf)
	fmt.Println(err)
	pr.Close()
	_, err = pw.Write([]byte("x"))
	fmt.Println(err)
	all, _ = io.ReadAll(strings.NewReader("via strings.Reader"))
	fmt.Println(string(all))
	tee := &sink{}
	all, _ = io.ReadAll(io.TeeReader(&chunky{"teed bytes"}, tee))
	fmt.Println(string(all), tee.got)
	var rs io.ReadSeeker = strings.NewReader("seek")
	rs.Seek(2, io.SeekStart)
	all, _ = io.ReadAll(rs)
	fmt.Println(string(all))
}
// Output:
// 12 <nil> [hel lo,  wo rld]
// 5 <nil> [abc de]
// 2 EOF
// 5 <nil> abcde
// 2 unexpected EOF
// 0 EOF
// 3 <nil>
// 0 short buffer
// 0123456 <nil>
// abcdefg
// [x y1] [x y1]
// disk full
// 1 disk full
// 10 <nil>
// <nil>
// EOF unexpected EOF short write io: read/write on closed pipe
// "line 0\nline 1\nline 2\n" <nil>
// boom
// io: read/write on closed pipe
// via strings.Reader
// teed bytes [tee d b yte s]
// ek
