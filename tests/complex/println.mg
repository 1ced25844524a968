package main

func main() {
	var a complex128 = 1 + 2i
	var b complex64 = -0.5i
	println(a, b)
	print(complex(1e300, -1e-300), "\n")
	var z complex128
	println(1/real(z), z)
}

// Stderr: ^\(\+1\.000000e\+000\+2\.000000e\+000i\) \(\+0\.000000e\+000-5\.000000e-001i\)$
// Stderr: ^\(\+1\.000000e\+300-1\.000000e-300i\)$
// Stderr: ^\+Inf \(\+0\.000000e\+000\+0\.000000e\+000i\)$
