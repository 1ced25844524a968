package main

import (
	"fmt"
	"os"
)

type Buffer struct {
	data []byte
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 5)
	fmt.Fprint(os.Stdout, "a", "b", 3, 4, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	var b Buffer
	n, err := fmt.Fprintf(&b, "hello %d", 42)
	fmt.Println(n, err)
	fmt.Fprintln(&b, " world", true)
	fmt.Print(string(b.data))
	n, err = fmt.Fprint(os.Stdout, "end\n")
	fmt.Println(n, err)
}

// Stderr: to stderr
// Output:
// to stdout 1 2
// x=5
// ab3 4
// 8 <nil>
// hello 42 world true
// end
// 4 <nil>
