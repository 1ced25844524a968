// os.Stdin as an io.Reader: fmt.Fscan over it, then io.ReadAll of the rest;
// os.Stderr and os.Stdout as io.Writers.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	var a, b int
	n, err := fmt.Fscan(os.Stdin, &a, &b)
	fmt.Println(n, err, a+b)
	rest, err := io.ReadAll(os.Stdin)
	fmt.Printf("%q %v\n", rest, err)
	k, err := os.Stdin.Read(make([]byte, 4))
	fmt.Println(k, err == io.EOF)
	fmt.Fprintln(os.Stderr, "to stderr")
	var w io.Writer = os.Stdout
	io.WriteString(w, "hello\n")
	var rw io.ReadWriter = os.Stdin
	_ = rw
	f := os.Stdout
	f.Close()
	_, err = f.Write([]byte("lost\n"))
	fmt.Fprintln(os.Stderr, err)
}
// Stdin: 3 4 rest\n
// Stdin: more\tend\n
// Output:
// 2 <nil> 7
// "rest\nmore\tend\n" <nil>
// 0 true
// hello
// Stderr: ^to stderr$
// Stderr: ^write /dev/stdout: file already closed$
