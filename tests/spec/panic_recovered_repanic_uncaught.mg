package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic("again")
}

// Exit: 2
// Stderr: ^panic: again \[recovered\]$
// Stderr: ^[[:space:]]*panic: again$
// Output:
