// FuncForPC(pc).Name() spells functions as gc does: main.(*T).m, main.T.v, main.main.func1.
package main

import (
	"fmt"
	"runtime"
)

type T struct{}

func name() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}


func (t *T) m() string { return name() }


func (t T) v() string { return name() }

func main() {
	fmt.Println((&T{}).m(), T{}.v())
	f := func() string { return name() }
	fmt.Println(f())
	defer func() {
		fmt.Println(name())
	}()
	go func() {}()
}

// Output:
// main.(*T).m main.T.v
// main.main.func1
// main.main.func2
