package main

func main() {
	x := int8(1)
	_ = x + 300 // ERROR "(constant )?300( \(untyped int constant\))? overflows int8"
}
