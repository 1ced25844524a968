package main

import (
	"errors"
	"fmt"
)

type Name struct{ first, last string }

func (n Name) String() string { return n.first + " " + n.last }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Incer interface{ Inc() int }

type Person struct {
	Name
	Counter
	age int
}

type Wrapped struct {
	*Counter
}

type Deep struct {
	Person
	tag string
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

type ErrBox struct {
	*MyErr
}

type Small struct{ Name2 }
type Name2 struct{ p *int }

func (n Name2) Get() int { return *n.p }

type Getter interface{ Get() int }

type Loud struct {
	fmt.Stringer
	extra int
}

func main() {
	p := Person{Name{"ada", "lovelace"}, Counter{}, 36}
	var s fmt.Stringer = p
	fmt.Println(s.String(), s)
	var i Incer = &p
	i.Inc()
	fmt.Println(i.Inc(), p.n)
	w := Wrapped{&Counter{10}}
	var i2 Incer = w
	fmt.Println(i2.Inc(), w.n)
	d := Deep{p, "x"}
	var s2 fmt.Stringer = d
	var s3 fmt.Stringer = &d
	fmt.Println(s2, s3.String())
	var err error = ErrBox{&MyErr{7}}
	fmt.Println(err)
	var target *MyErr
	fmt.Println(errors.As(err, &target) || err.Error() == "code 7")
	v := 5
	var g Getter = Small{Name2{&v}}
	v = 6
	fmt.Println(g.Get())
	l := Loud{Name{"x", "y"}, 1}
	var s4 fmt.Stringer = l
	fmt.Println(s4.String())
	var any1 any = p
	if st, ok := any1.(fmt.Stringer); ok {
		fmt.Println("stringer", st)
	}
	if _, ok := any1.(Incer); !ok {
		fmt.Println("value Person is not an Incer")
	}
}

// Output:
// ada lovelace ada lovelace
// 2 2
// 11 11
// ada lovelace ada lovelace
// code 7
// true
// 6
// x y
// stringer ada lovelace
// value Person is not an Incer
