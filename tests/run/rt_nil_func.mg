package main

func main() {
	var f func()
	f()
}

// Exit: 2
// Stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// Stderr: ^\[signal SIGSEGV
// Output:
