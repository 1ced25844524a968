package main

// `minigo run -d` prints the bytecode of package main's functions (methods
// and their pointer wrappers included) on stderr, then runs the program.

type T struct{ x int }

func (t T) Get() int { return t.x }

func main() { println(T{3}.Get()) }

// Flags: -d
// Stderr: ^function main\.T\.Get \(params 1 words, results 1 words\)
// Stderr: ^function main\.\(\*T\)\.Get
// Stderr: ^function main\.main .*registers
// Stderr: RET
// Stderr: ^3$
