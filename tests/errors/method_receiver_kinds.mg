package main

type T struct{ a int }
type P *T
type P1 *T

func (p P) val() int   { return 1 } // ERROR "invalid receiver type P \(pointer or interface type\)"
func (p *P1) val() int { return 1 } // ERROR "invalid receiver type P1 \(pointer or interface type\)"
func (P) other()       {}           // ERROR "invalid receiver type P \(pointer or interface type\)"

type I interface{}
type I1 interface{}

func (p I) val() int   { return 1 } // ERROR "invalid receiver type I \(pointer or interface type\)"
func (p *I1) val() int { return 1 } // ERROR "invalid receiver type I1 \(pointer or interface type\)"

type Val interface {
	val() int
}

var _ = (*Val).val // ERROR "\(\*Val\).val undefined \(type \*Val is pointer to interface, not interface\)"

var v Val
var pv = &v

var _ = pv.val() // ERROR "pv.val undefined \(type \*Val is pointer to interface, not interface\)"
var _ = pv.val   // ERROR "pv.val undefined \(type \*Val is pointer to interface, not interface\)"

func (t *T) g() int { return t.a }

var _ = (T).g() // ERROR "cannot call pointer method g on T"

func main() {}
