// bufio.Scanner over os.Stdin and strings: lines (with \r\n and no final
// newline), words, runes, bytes, a custom split, Buffer's limit (ErrTooLong)
// and ErrFinalToken.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())

	ws := bufio.NewScanner(strings.NewReader("  one two\tthree\n\nfour  "))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Print("[", ws.Text(), "]")
	}
	fmt.Println()
	rs := bufio.NewScanner(strings.NewReader("héy\xff!"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Bytes())
	}
	fmt.Println()
	bs := bufio.NewScanner(strings.NewReader("ab"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes())
	}
	fmt.Println()

	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 10), 50)
	for long.Scan() {
		fmt.Println("token", long.Text())
	}
	fmt.Println(long.Err())

	big := bufio.NewScanner(strings.NewReader(strings.Repeat("y", 10000) + "\nz"))
	for big.Scan() {
		fmt.Println(len(big.Text()))
	}

	comma := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "stop" {
				return i + 1, data[:i], bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if !atEOF {
			return 0, nil, nil
		}
		if len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	cs := bufio.NewScanner(strings.NewReader("a,b,,stop,never"))
	cs.Split(comma)
	for cs.Scan() {
		fmt.Printf("%q ", cs.Text())
	}
	fmt.Println(cs.Err())
}
// Stdin: first line\n
// Stdin: second\r\n
// Stdin: \n
// Stdin: last without newline
// Output:
// 1 "first line"
// 2 "second"
// 3 ""
// 4 "last without newline"
// <nil>
// [one][two][three][four]
// "h" "é" "y" "�" "!" 
// [97][98]
// bufio.Scanner: token too long
// 10000
// 1
// "a" "b" "" "stop" <nil>
