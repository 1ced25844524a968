package main

func main() {
	x := 1 // ERROR "declared (and|but) not used"
}
