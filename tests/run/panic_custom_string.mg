package main

type S string

func main() {
	panic(S("boom"))
}

// Exit: 2
// Stderr: ^panic: main\.S\("boom"\)$
// Output:
