package main

type T struct{}

func (t *T) M(int, string) {}
func (t *T) M(int, float64) {} // ERROR "T.M redeclared in this block"

func (t T) H()  {}
func (t *T) H() {} // ERROR "T.H redeclared in this block"

func f(int, string)    {}
func f(int, float64) {} // ERROR "f redeclared in this block"

func main() {}
