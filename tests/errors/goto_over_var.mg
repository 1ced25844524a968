package main

func main() {
	goto L // ERROR "goto L jumps over (variable )?declaration"
	x := 1
	_ = x
L:
	println()
}
