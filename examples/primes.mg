// primes: a small sequential tour — structs, methods, interfaces, slices,
// maps, closures and fmt. `make run` runs it until goroutines land.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Sieve struct {
	limit  int
	primes []int
}

func NewSieve(limit int) *Sieve {
	composite := make([]bool, limit+1)
	s := &Sieve{limit: limit}
	for i := 2; i <= limit; i++ {
		if !composite[i] {
			s.primes = append(s.primes, i)
			for j := i * i; j <= limit; j += i {
				composite[j] = true
			}
		}
	}
	return s
}

func (s *Sieve) String() string {
	parts := make([]string, 0, len(s.primes))
	for _, p := range s.primes {
		parts = append(parts, fmt.Sprint(p))
	}
	return strings.Join(parts, " ")
}

func main() {
	s := NewSieve(50)
	fmt.Println("primes up to 50:", s)

	byLastDigit := map[int][]int{}
	for _, p := range s.primes {
		byLastDigit[p%10] = append(byLastDigit[p%10], p)
	}
	digits := make([]int, 0, len(byLastDigit))
	for d := range byLastDigit {
		digits = append(digits, d)
	}
	sort.Ints(digits)
	for _, d := range digits {
		fmt.Printf("ending in %d: %v\n", d, byLastDigit[d])
	}

	counter := func() func() int {
		n := 0
		return func() int { n++; return n }
	}()
	counter()
	fmt.Println("closure counter:", counter())
}

// Output:
// primes up to 50: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47
// ending in 1: [11 31 41]
// ending in 2: [2]
// ending in 3: [3 13 23 43]
// ending in 5: [5]
// ending in 7: [7 17 37 47]
// ending in 9: [19 29]
// closure counter: 2
