package main

func main() {
L:
	if true {
		break L // ERROR "invalid break label L"
	}
}
