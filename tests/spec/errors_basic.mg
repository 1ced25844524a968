package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func lookup(k string) error {
	if k == "" {
		return ErrNotFound
	}
	return nil
}

func main() {
	err := lookup("")
	fmt.Println(err, err == ErrNotFound)
	fmt.Println(lookup("x") == nil)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	wrapped := fmt.Errorf("lookup failed: %w", ErrNotFound)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), wrapped == ErrNotFound)
	fmt.Println(errors.Unwrap(wrapped) == ErrNotFound, errors.Unwrap(ErrNotFound))
	double := fmt.Errorf("outer: %w", wrapped)
	fmt.Println(double, errors.Is(double, ErrNotFound))
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(plain, ErrNotFound))
}

// Output:
// not found true
// true
// false true
// lookup failed: not found
// true false
// true <nil>
// outer: lookup failed: not found true
// false
