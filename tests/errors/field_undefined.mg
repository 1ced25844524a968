package main

type T struct{ x int }

func main() {
	var t T
	_ = t.y // ERROR "t.y undefined \(type T has no field or method y\)"
}
