package main

import "fmt"

func main() {
	const N = 50
	composite := make([]bool, N+1)
	var primes []int
	for i := 2; i <= N; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= N; j += i {
			composite[j] = true
		}
	}
	fmt.Println(primes, len(primes))
}

// Output:
// [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47] 15
