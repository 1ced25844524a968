package main

func main() {
	_ = int8(200) // ERROR "cannot convert 200 \(untyped int constant\) to type int8"
}
