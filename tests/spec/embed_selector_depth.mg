package main

import "fmt"

// Go's selector depth rule: the shallowest field or method named x wins; a field hides a
// deeper method and a method hides a deeper field, in selectors and in method sets
// (interface assertions at run time included).

type Inner struct{}

func (Inner) Name() string { return "method" }
func (Inner) Deep() string { return "deep method" }

type Mid struct {
	Inner
	Deep string // depth 1 from Outer: hides Inner.Deep (depth 2)
}

type Outer struct {
	Mid
	Name string // depth 0: hides Mid.Inner.Name (depth 2)
}

type HasF struct{ F int }
type Wrap struct{ HasF }

func (Wrap) F() string { return "method F" } // depth 0: hides HasF.F (depth 1)

type Stringer interface{ String() string }

type Labeled struct {
	Stringer        // promotes String at depth 1
	Label    string
}

type LabeledWithField struct {
	Labeled
	String string // hides Labeled.Stringer.String
}

type Named string

func (n Named) String() string { return "named " + string(n) }

// A field and a method at the same depth: neither is promoted.
type FieldSide struct{ Tag int }
type MethodSide struct{}

func (MethodSide) Tag() string { return "tag" }

type Clash struct {
	FieldSide
	MethodSide
}

// The clash sits deeper than a method of the outer type's own embedded field.
type Resolved struct {
	Clash
	Tagger
}

type Tagger struct{}

func (Tagger) Tag() string { return "tagger" }

type Namer interface{ Name() string }
type Deeper interface{ Deep() string }
type Fer interface{ F() string }
type Tagged interface{ Tag() string }

func implements(x interface{}) string {
	s := ""
	if _, ok := x.(Namer); ok {
		s += " Namer"
	}
	if _, ok := x.(Deeper); ok {
		s += " Deeper"
	}
	if _, ok := x.(Fer); ok {
		s += " Fer"
	}
	if _, ok := x.(Stringer); ok {
		s += " Stringer"
	}
	if _, ok := x.(Tagged); ok {
		s += " Tagged"
	}
	return fmt.Sprintf("%T:%s", x, s)
}

func main() {
	o := Outer{Name: "field"}
	o.Mid.Deep = "deep field"
	fmt.Println(o.Name, o.Deep, o.Mid.Name(), o.Mid.Inner.Deep())

	w := Wrap{HasF{3}}
	fmt.Println(w.F(), w.HasF.F)
	f := w.F
	fmt.Println(f())

	l := Labeled{Named("x"), "lbl"}
	lf := LabeledWithField{l, "str field"}
	fmt.Println(l.String(), lf.String, lf.Labeled.String())

	var c Clash
	c.FieldSide.Tag = 4
	fmt.Println(c.FieldSide.Tag, c.MethodSide.Tag())
	var r Resolved
	fmt.Println(r.Tag())

	for _, x := range []interface{}{
		Inner{}, Mid{}, &Mid{}, Outer{}, &Outer{}, HasF{}, Wrap{}, &Wrap{},
		l, lf, &lf, c, &c, r, &r,
	} {
		fmt.Println(implements(x))
	}
}

// Output:
// field deep field method deep method
// method F 3
// method F
// named x str field named x
// 4 tag
// tagger
// main.Inner: Namer Deeper
// main.Mid: Namer
// *main.Mid: Namer
// main.Outer:
// *main.Outer:
// main.HasF:
// main.Wrap: Fer
// *main.Wrap: Fer
// main.Labeled: Stringer
// main.LabeledWithField:
// *main.LabeledWithField:
// main.Clash:
// *main.Clash:
// main.Resolved: Tagged
// *main.Resolved: Tagged
