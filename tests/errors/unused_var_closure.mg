package main

func main() {
	f := func() {
		y := 2 // ERROR "declared (and|but) not used"
	}
	f()
}
