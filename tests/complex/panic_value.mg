package main

type C complex128

func main() {
	defer func() {
		r := recover()
		println(r.(C) == 2i)
		panic(complex64(1 + 2i))
	}()
	panic(C(2i))
}

// Exit: 2
// Stderr: ^true$
// Stderr: ^panic: main\.C\(\+0\.000000e\+000\+2\.000000e\+000i\) \[recovered\]$
// Stderr: ^	panic: \(\+1\.000000e\+000\+2\.000000e\+000i\)$
