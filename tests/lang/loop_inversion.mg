// Loops whose test is one compare enter through the test inverted (to the exit) and,
// when the post statement fused with the test, have no second test: a loop that runs
// zero times, once, or many, for every compare kind, with break and continue, a bound
// changed in the body, the last values of int64 and uint64, two-pointer and stepped
// loops, range loops (the body empty, the slice empty), and bool conditions.
package main

import (
	"fmt"
	"math"
)

func counts(lo, hi int) (int, int, int, int) {
	a, b, c, d := 0, 0, 0, 0
	for i := lo; i < hi; i++ {
		a++
	}
	for i := lo; i <= hi; i++ {
		b++
	}
	for i := lo; i < 5; i++ {
		c++
	}
	for i := lo; i <= 5; i++ {
		d++
	}
	return a, b, c, d
}

func others(n int) []int {
	var r []int
	k := 0
	for i := n; i != 0; i-- {
		k++
		if k > 100 {
			break
		}
	}
	r = append(r, k)
	k = 0
	for i := n; i == n; i++ {
		k++
	}
	r = append(r, k)
	k = 0
	for i := n; i > 2; i-- {
		k++
	}
	r = append(r, k)
	k = 0
	for i := n; i >= -2; i-- {
		k++
	}
	r = append(r, k)
	k = 0
	for i := n; i != 3; i++ {
		k++
		if k > 100 {
			break
		}
	}
	r = append(r, k)
	k = 0
	m := 4
	for i := 0; i != m; i++ {
		k++
	}
	r = append(r, k)
	k = 0
	for i := 0; i == m-4; i++ {
		k++
	}
	r = append(r, k)
	return r
}

func unsigned(lo, hi uint) (int, int) {
	a, b := 0, 0
	for i := lo; i < hi; i++ {
		a++
	}
	for i := lo; i <= hi && i < lo+10; i++ {
		b++
	}
	return a, b
}

func twoPointer(s []int) []int {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return s
}

func stepped(lo, hi, step int) int {
	n := 0
	for i := lo; i < hi; i += step {
		n++
	}
	for i := lo; i <= hi; i += step {
		n += 100
	}
	return n
}

func main() {
	for _, p := range [][2]int{{0, 0}, {0, 1}, {3, 2}, {5, 5}, {6, 5}, {-3, 3}} {
		a, b, c, d := counts(p[0], p[1])
		fmt.Println(p, a, b, c, d)
	}
	for _, n := range []int{0, 1, 3, 5, -4} {
		fmt.Println(n, others(n))
	}
	fmt.Println(unsigned(0, 0))
	fmt.Println(unsigned(0, 3))
	fmt.Println(unsigned(math.MaxUint64-1, math.MaxUint64))
	fmt.Println(unsigned(7, 2))
	fmt.Println(twoPointer(nil), twoPointer([]int{1}), twoPointer([]int{1, 2}), twoPointer([]int{1, 2, 3, 4, 5}))
	fmt.Println(stepped(0, 0, 2), stepped(0, 1, 2), stepped(0, 10, 3), stepped(10, 0, 1))

	// the last values of int64: the increment must not wrap into a new iteration
	last, k := int64(0), 0
	for i := int64(math.MaxInt64 - 2); i < math.MaxInt64; i++ {
		last = i
		k++
	}
	fmt.Println(last, k)
	k = 0
	for i := math.MinInt64; i <= math.MinInt64+1; i++ {
		k++
	}
	fmt.Println(k)

	// break, continue and a bound that moves
	s := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i == 9 {
			break
		}
		s += i
	}
	n := 2
	c := 0
	for i := 0; i < n; i++ {
		if i == 1 {
			n = 6
		}
		c++
	}
	fmt.Println(s, c)

	// nested loops sharing the exit point
	t := 0
	for i := 0; i < 4; i++ {
		for j := i; j < 3; j++ {
			t += i*10 + j
		}
	}
	fmt.Println(t)

	// range loops
	var empty []int
	r := 0
	for i := range empty {
		r += i
	}
	for range []string{"a", "b", "c"} {
		r++
	}
	for i, v := range []int{4, 5, 6} {
		r += i * v
	}
	for i, ch := range "héllo" {
		r += i + int(ch)
	}
	for range "" {
		r += 1000
	}
	fmt.Println(r)

	// bool conditions
	done := false
	x := 0
	for !done {
		x++
		done = x == 3
	}
	more := x < 3
	for more {
		x += 100
		more = false
	}
	fmt.Println(x)

	// a labeled continue from an inner loop and a goto out
	z := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == i {
				continue outer
			}
			if i == 4 {
				goto out
			}
			z += j
		}
	}
out:
	fmt.Println(z)
}

// Output:
// [0 0] 0 1 5 6
// [0 1] 1 2 5 6
// [3 2] 0 0 2 3
// [5 5] 0 1 0 1
// [6 5] 0 0 0 0
// [-3 3] 6 7 8 9
// 0 [0 1 0 3 3 4 1]
// 1 [1 1 0 4 2 4 1]
// 3 [3 1 1 6 0 4 1]
// 5 [5 1 3 8 101 4 1]
// -4 [101 1 0 0 7 4 1]
// 0 1
// 3 4
// 1 0
// 0 0
// [] [1] [2 1] [5 4 3 2 1]
// 100 101 404 0
// 9223372036854775806 2
// 2
// 16 6
// 48
// 697
// 3
// 4
