// Element swaps `s[i], s[j] = s[j], s[i]` (one SSWAP instruction on a slice of one-word
// elements) and the two-pointer loop `for i, j := ..; i < j; i, j = i+1, j-1` (one
// INCDECJLT): results, the index checked first when both are out of range (gc's: the
// first target's), and the forms that must not be fused.
package main

import "fmt"

type P struct{ a, b int }

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func reverseBack(s []string) int {
	n := 0
	for j, i := len(s)-1, 0; i < j; j, i = j-1, i+1 {
		s[i], s[j] = s[j], s[i]
		n++
	}
	return n
}

func try(s []int, i, j int) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint(e)
		}
	}()
	s[i], s[j] = s[j], s[i]
	return fmt.Sprint(s)
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	reverse(s)
	fmt.Println(s)
	e := []int{}
	reverse(e)
	one := []int{7}
	reverse(one)
	fmt.Println(e, one)
	names := []string{"a", "b", "c", "d"}
	fmt.Println(reverseBack(names), names)

	// pointers, interfaces (2 words: not fused), structs and bytes
	x, y := 1, 2
	ps := []*int{&x, &y}
	ps[0], ps[1] = ps[1], ps[0]
	fmt.Println(*ps[0], *ps[1])
	is := []interface{}{1, "two"}
	is[0], is[1] = is[1], is[0]
	fmt.Println(is)
	st := []P{{1, 2}, {3, 4}}
	st[0], st[1] = st[1], st[0]
	fmt.Println(st)
	bs := []byte("ab")
	bs[0], bs[1] = bs[1], bs[0]
	fmt.Println(string(bs))

	// constant indices, the same index twice, a sub-slice sharing the array
	t := []int{10, 20, 30}
	t[0], t[2] = t[2], t[0]
	fmt.Println(t)
	t[1], t[1] = t[1], t[1]
	fmt.Println(t)
	u := t[1:]
	u[0], u[1] = u[1], u[0]
	fmt.Println(t, u)

	// not a swap: the values cross two slices, or one side differs
	a, b := []int{1, 2}, []int{3, 4}
	a[0], b[0] = b[0], a[0]
	fmt.Println(a, b)
	i, j := 0, 1
	a[i], a[j] = a[j], a[j]
	fmt.Println(a)

	// an index is assigned by the same statement: Go uses the old value for the target
	k := 0
	c := []int{5, 6, 7}
	k, c[k] = 2, c[2]
	fmt.Println(k, c)

	// bounds: gc checks the first target's index first
	fmt.Println(try([]int{1, 2, 3}, 0, 2))
	fmt.Println(try([]int{1, 2, 3}, 5, 7))
	fmt.Println(try([]int{1, 2, 3}, 1, 7))
	fmt.Println(try([]int{1, 2, 3}, 5, 1))
	fmt.Println(try([]int{1, 2, 3}, -1, 1))
	fmt.Println(try(nil, 0, 0))
	fmt.Println(try([]int{1, 2, 3}, 1, 1))

	// the two-pointer loop at the ends of int: the steps wrap as Go's do
	const maxInt = int(^uint(0) >> 1)
	n := 0
	for lo, hi := maxInt-2, maxInt; lo < hi; lo, hi = lo+1, hi-1 {
		n++
	}
	fmt.Println(n)
	n = 0
	for lo, hi := -maxInt-1, -maxInt+3; lo < hi; lo, hi = lo+1, hi-1 {
		n++
	}
	fmt.Println(n)
	// continue runs the post statement; break leaves with the values at the break
	lo, hi := 0, 10
	for ; lo < hi; lo, hi = lo+1, hi-1 {
		if lo == 1 {
			continue
		}
		if lo == 3 {
			break
		}
	}
	fmt.Println(lo, hi)
	for lo, hi = 0, 9; lo < hi; lo, hi = lo+1, hi-1 {
	}
	fmt.Println(lo, hi)
	// a step other than one each: the ordinary code
	for lo, hi = 0, 9; lo < hi; lo, hi = lo+2, hi-1 {
	}
	fmt.Println(lo, hi)
}

// Output:
// [5 4 3 2 1]
// [] [7]
// 2 [d c b a]
// 2 1
// [two 1]
// [{3 4} {1 2}]
// ba
// [30 20 10]
// [30 20 10]
// [30 10 20] [10 20]
// [3 2] [1 4]
// [2 2]
// 2 [7 6 7]
// [3 2 1]
// runtime error: index out of range [5] with length 3
// runtime error: index out of range [7] with length 3
// runtime error: index out of range [5] with length 3
// runtime error: index out of range [-1]
// runtime error: index out of range [0] with length 0
// [1 2 3]
// 1
// 2
// 3 7
// 5 4
// 6 6
