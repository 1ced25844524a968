package main

func main() {
	goto L // ERROR "goto L jumps into block starting at"
	{
	L:
		println()
	}
}
