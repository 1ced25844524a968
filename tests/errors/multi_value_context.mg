package main

func f() (int, int) { return 1, 2 }

func main() {
	_ = f() + 1 // ERROR "multiple-value f\(\) \(value of type \(int, int\)\) in single-value context"
}
