package main

import "fmt"

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func find(name string) (int, error) {
	if name == "x" {
		return 1, nil
	}
	return 0, NotFound{name}
}

func main() {
	for _, n := range []string{"x", "y"} {
		v, err := find(n)
		if err != nil {
			fmt.Println("error:", err)
			if nf, ok := err.(NotFound); ok {
				fmt.Println("missing", nf.Name)
			}
			continue
		}
		fmt.Println("found", v)
	}
}

// Output:
// found 1
// error: y not found
// missing y
