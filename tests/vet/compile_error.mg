// A program that does not compile: vet reports the compile error and exits 1.
package main

func main() {
	x := 1
}

// Stderr: /compile_error\.mg:5:2: declared and not used: x$
// Exit: 1
