package main

func main() {
	panic(nil)
}

// Exit: 2
// Stderr: ^panic: nil$
// Output:
