// Selector errors are reported at the selected name's column, as gc does.
package main

import "fmt"

type T struct{ a int }

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func main() {
	var t T
	_ = t.foo
	t.bar()
	fmt.Foo()
	var c C
	_ = c.X
	_ = T.zz
	var p *interface{}
	_ = p.M
	_ = fmt.println
}

// Exit: 1
// Stderr: selector_error_columns\.mg:17:8: t\.foo undefined \(type T has no field or method foo\)$
// Stderr: selector_error_columns\.mg:18:4: t\.bar undefined \(type T has no field or method bar\)$
// Stderr: selector_error_columns\.mg:19:6: undefined: fmt\.Foo$
// Stderr: selector_error_columns\.mg:21:8: ambiguous selector c\.X$
// Stderr: selector_error_columns\.mg:22:8: T\.zz undefined \(type T has no field or method zz\)$
// Stderr: selector_error_columns\.mg:24:8: p\.M undefined \(type \*interface\{\} is pointer to interface, not interface\)$
// Stderr: selector_error_columns\.mg:25:10: undefined: fmt\.println$
