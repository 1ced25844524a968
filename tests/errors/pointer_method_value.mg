package main

type T struct{}

func (t *T) M() {}

func main() {
	T{}.M() // ERROR "cannot call pointer method M on T"
}
