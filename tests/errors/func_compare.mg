package main

func main() {
	f := func() {}
	g := func() {}
	_ = f == g // ERROR "invalid operation: f == g \(func can only be compared to nil\)"
}
