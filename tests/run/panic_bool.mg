package main

func main() {
	panic(true)
}

// Exit: 2
// Stderr: ^panic: true$
// Output:
