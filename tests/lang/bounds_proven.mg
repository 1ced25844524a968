// Bounds checks the compiler leaves out (SGETNC/SSETNC): a counter below len(s) of a
// slice variable the loop body never assigns, the key of a range over it, and a range
// loop's value load. Everything else keeps its check and panics as Go does: a slice
// reassigned or shrunk in the body, a counter the body assigns, a negative start, `<=`,
// another slice's index, a slice a closure can change.
package main

import "fmt"

func try(f func()) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint(e)
		}
	}()
	f()
	return "ok"
}

func main() {
	s := []int{3, 1, 4, 1, 5}
	sum := 0
	for i := 0; i < len(s); i++ {
		s[i] *= 2
		sum += s[i]
	}
	for i := range s {
		sum += s[i] * i
	}
	for i, v := range s {
		s[i] = v + 1
	}
	for i := 1; i < len(s); i += 2 {
		sum += s[i]
	}
	fmt.Println(sum, s)
	ps := []*int{&sum, nil}
	for i := range ps {
		fmt.Println(ps[i] != nil)
	}
	fmt.Println(try(func() {
		t := []int{1, 2, 3}
		for i := 0; i < len(t); i++ {
			if i == 2 {
				t = t[:1]
			}
			t[i]++
		}
	}))
	fmt.Println(try(func() {
		t := []int{1, 2, 3}
		for i := range t {
			if i == 1 {
				t = t[:1]
			}
			t[i]++
		}
	}))
	fmt.Println(try(func() {
		t := []int{1, 2, 3}
		for i := 0; i < len(t); i++ {
			i += 2
			t[i]++
		}
	}))
	fmt.Println(try(func() {
		t := []int{1, 2, 3}
		for i := -1; i < len(t); i++ {
			t[i]++
		}
	}))
	fmt.Println(try(func() {
		t := []int{1, 2, 3}
		for i := 0; i <= len(t); i++ {
			t[i]++
		}
	}))
	fmt.Println(try(func() {
		a, b := []int{1, 2, 3}, []int{1}
		for i := range a {
			b[i] = a[i]
		}
	}))
	fmt.Println(try(func() {
		t := []int{1, 2, 3}
		shrink := func() { t = t[:0] }
		for i := range t {
			shrink()
			t[i]++
		}
	}))
	fmt.Println(try(func() {
		t := []int{1, 2, 3}
		for i := 0; i < len(t); i++ {
			t = append(t[:0], t[1:]...)
			t[i]++
		}
	}))
	fmt.Println(try(func() {
		var t []int
		for i := range t {
			t[i]++
		}
		for i := 0; i < len(t); i++ {
			t[i]++
		}
	}))
}

// Output:
// 98 [7 3 9 3 11]
// true
// false
// runtime error: index out of range [2] with length 1
// runtime error: index out of range [1] with length 1
// ok
// runtime error: index out of range [-1]
// runtime error: index out of range [3] with length 3
// runtime error: index out of range [1] with length 1
// runtime error: index out of range [0] with length 0
// runtime error: index out of range [1] with length 1
// ok
