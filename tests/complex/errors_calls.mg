package main

func one() float64               { return 1 }
func three() (float64, int, int) { return 1, 2, 3 }

func calls() {
	_ = complex(one())   // ERROR "invalid operation: not enough arguments for complex\(one\(\)\) \(expected 2, found 1\)"
	_ = complex(three()) // ERROR "invalid operation: too many arguments for complex\(three\(\)\) \(expected 2, found 3\)"
}

func main() { calls() }
