package main

type E int

func main() {
	panic(E(5))
}

// Exit: 2
// Stderr: ^panic: main\.E\(5\)$
// Output:
