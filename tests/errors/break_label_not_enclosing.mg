package main

func main() {
L:
	for {
	}
	for {
		break L // ERROR "invalid break label L"
	}
}
