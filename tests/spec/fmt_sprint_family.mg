package main

import (
	"fmt"
	"os"
)

func main() {
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil)
	fmt.Println(s)
	s = fmt.Sprintln("a", 1, 2)
	fmt.Print(s)
	fmt.Print("x", "y", 1, 2, "\n")
	fmt.Print(1, 2, "\n")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s-%d\n", "fmt", 2)
	fmt.Fprint(os.Stdout, "fprint\n")
	str := fmt.Sprintf("%03d|%v", 7, []string{"q"})
	fmt.Println(str, len(str))
}

// Output:
// a1 2bc3.5 <nil>
// a 1 2
// xy1 2
// 1 2
// count me
// 9 <nil>
// to stdout 1
// fmt-2
// fprint
// 007|[q] 7
