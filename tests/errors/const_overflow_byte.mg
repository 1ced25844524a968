package main

func main() {
	var b byte = 300 // ERROR "cannot use 300 \(untyped int constant\) as (byte|uint8) value in variable declaration \(overflows\)"
	_ = b
}
