package main

func main() {
	f := func() int {
	} // ERROR "missing return"
	_ = f
}
