package main

func main() {
	println("hello", 42, true)
	println(1.5, -2)
	print("no newline ", 7, "\n")
	var p *int
	println(p == nil)
}

// Stderr: ^hello 42 true$
// Stderr: ^\+1\.500000e\+000 -2$
// Stderr: ^no newline 7$
// Stderr: ^true$
// Output:
