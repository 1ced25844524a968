package main

func main() {
	goto L // ERROR "label L not defined"
}
