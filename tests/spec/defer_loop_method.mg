package main

import "fmt"

type R struct{ name string }

func (r R) Close()      { fmt.Println("close", r.name) }
func (r *R) CloseP()    { fmt.Println("closeP", r.name) }

func work(n int) {
	fmt.Println("work start", n)
	defer fmt.Println("work end", n)
	if n == 0 {
		return
	}
	work(n - 1)
}

func main() {
	for _, n := range []string{"a", "b"} {
		r := R{n}
		defer r.Close()
		defer r.CloseP()
	}
	r := R{"x"}
	defer r.Close()
	r.name = "y"
	work(2)
}

// Output:
// work start 2
// work start 1
// work start 0
// work end 0
// work end 1
// work end 2
// close x
// closeP b
// close b
// closeP a
// close a
