package main

func main() {
L:
	for {
		break L
	}
L: // ERROR "label L already defined at"
	for {
		break L // ERROR "invalid break label L"
	}
}
