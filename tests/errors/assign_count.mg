package main

func f() (int, int) { return 1, 2 }

func main() {
	x := f() // ERROR "assignment mismatch: 1 variable but f(\(\))? returns 2 values"
	_ = x
}
