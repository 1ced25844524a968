package main

type I interface{ M() }

func main() {
	var p *I
	p.M() // ERROR "p.M undefined \(type \*I is pointer to interface, not interface\)"
}
