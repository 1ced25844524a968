package main

type T struct{ f int }

func (t *T) M() int { return t.f }
func (t T) V() int  { return t.f }

type PS *T

func main() {
	var z PS = &T{}
	_ = z.f
	_ = z.M() // ERROR "z.M undefined \(type PS has no field or method M\)"
	_ = z.V() // ERROR "z.V undefined \(type PS has no field or method V\)"
	_ = z.g   // ERROR "z.g undefined \(type PS has no field or method g\)"
}
