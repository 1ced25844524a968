package main

func main() {
	const c byte = 255
	_ = c + 1 // ERROR "c \+ 1 \(constant 256 of type (byte|uint8)\) overflows (byte|uint8)"
}
