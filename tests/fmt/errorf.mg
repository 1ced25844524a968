package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct{ Path string }

func (e *PathError) Error() string { return "bad path " + e.Path }

func main() {
	e1 := fmt.Errorf("open %s: %w", "a.txt", ErrNotFound)
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2, errors.Is(e2, ErrNotFound))
	e3 := fmt.Errorf("plain %d", 42)
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	var pe *PathError
	e4 := fmt.Errorf("wrapped: %w", &PathError{"/x"})
	fmt.Println(errors.As(e4, &pe), pe.Path)
	fmt.Println(fmt.Errorf("not an error: %w", 5))
	fmt.Println(fmt.Sprintf("%w", ErrNotFound))
	fmt.Printf("%T %T\n", e1, e3)
	e5 := fmt.Errorf("%v and %v", ErrNotFound, e3)
	fmt.Println(e5, errors.Is(e5, ErrNotFound))
}

// Output:
// open a.txt: not found
// true true
// layer2: open a.txt: not found true
// plain 42 true
// true /x
// not an error: %!w(int=5)
// %!w(*errors.errorString=&{not found})
// *fmt.wrapError *errors.errorString
// not found and plain 42 false
