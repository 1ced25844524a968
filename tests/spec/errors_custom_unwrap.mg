package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

type Wrapper struct {
	msg string
	err error
}

func (w *Wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *Wrapper) Unwrap() error { return w.err }

type Sentinel struct{}

func (Sentinel) Error() string          { return "sentinel" }
func (Sentinel) Is(target error) bool { return target == ErrBase }

func main() {
	e := &Wrapper{"layer1", &Wrapper{"layer2", ErrBase}}
	fmt.Println(e)
	fmt.Println(errors.Is(e, ErrBase))
	fmt.Println(errors.Unwrap(errors.Unwrap(e)) == ErrBase)
	fmt.Println(errors.Is(Sentinel{}, ErrBase))
	fmt.Println(errors.Is(nil, ErrBase), errors.Is(nil, nil))
}

// Output:
// layer1: layer2: base
// true
// true
// true
// false true
