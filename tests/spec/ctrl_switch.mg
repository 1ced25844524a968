package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "large"
}

func main() {
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Println(n, classify(n))
	}
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("low")
	case 4, 5, 6:
		fmt.Println("mid")
	default:
		fmt.Println("high")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched")
	}
	switch {
	default:
		fmt.Println("only default")
	}
}

// Output:
// -5 negative
// 0 zero
// 3 small
// 42 large
// mid
// matched
// only default
