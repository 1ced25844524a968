package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

func open(p string) error {
	return fmt.Errorf("open: %w", &PathError{"open", p})
}

func main() {
	err := open("/tmp/x")
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("as PathError:", pe.Path, pe)
	}
	var ce CodeErr
	fmt.Println(errors.As(err, &ce))
	err2 := fmt.Errorf("ctx: %w", CodeErr(404))
	if errors.As(err2, &ce) {
		fmt.Println(int(ce), ce)
	}
	fmt.Println(err2)
}

// Output:
// as PathError: /tmp/x open /tmp/x: failed
// false
// 404 code 404
// ctx: code 404
