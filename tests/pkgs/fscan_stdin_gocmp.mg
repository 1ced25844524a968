// fmt.Fscan/Fscanln/Fscanf on os.Stdin, then a bufio.Scanner over the rest
// (a CRLF line, an empty line, a last line without newline), as go run.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var n int
	var s string
	var f float64
	c, err := fmt.Fscan(os.Stdin, &n, &s, &f)
	fmt.Println(c, err, n, s, f)
	var a, b int
	c, err = fmt.Fscanln(os.Stdin, &a, &b)
	fmt.Println(c, err, a, b)
	c, err = fmt.Fscanf(os.Stdin, "%d-%d\n", &a, &b)
	fmt.Println(c, err, a, b)
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	c, err = fmt.Fscan(os.Stdin, &n)
	fmt.Println(c, err)
}
// Stdin: 12 word 3.5\n
// Stdin: 7 8\n
// Stdin: 9-10\n
// Stdin: first line\n
// Stdin: second\r\n
// Stdin: \n
// Stdin: last no newline
// Output:
// 3 <nil> 12 word 3.5
// 2 <nil> 7 8
// 2 <nil> 9 10
// line "first line"
// line "second"
// line ""
// line "last no newline"
// <nil>
// 0 EOF
