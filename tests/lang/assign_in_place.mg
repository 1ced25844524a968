// Assignments computed straight into a register variable: an element or a field
// assigned to a variable (`k = perm[0]`) and several new variables declared at once
// (`i, j := 0, k`). A panicking index leaves the variable as it was; the values of a
// := that shadows read the outer variables.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func keep(a []int) (k int) {
	defer func() { recover() }()
	k = 5
	k = a[10] // panics before k changes
	return k
}

func main() {
	perm := []int{3, 1, 2, 0}
	k := 0
	n := 0
	for k = perm[0]; k != 0; k = perm[k] {
		n++
	}
	fmt.Println(k, n)
	arr := [4]int{7, 8, 9, 10}
	pa := &arr
	k = arr[k+1]
	fmt.Println(k)
	k = pa[k-7]
	fmt.Println(k)
	s := "hello"
	var b byte
	b = s[1]
	fmt.Println(b)
	l := &node{1, &node{2, &node{3, nil}}}
	sum := 0
	for p := l; p != nil; p = p.next {
		sum += p.val
	}
	fmt.Println(sum)
	v := l.val
	v = l.next.val
	fmt.Println(v)
	fmt.Println(keep(perm))
	x, y := 1, 2
	{
		x, y := y+10, x+20 // the outer x and y
		fmt.Println(x, y)
	}
	i, j := 0, len(perm)-1
	for ; i < j; i, j = i+1, j-1 {
		perm[i], perm[j] = perm[j], perm[i]
	}
	fmt.Println(perm, i, j, x, y)
	var f32 float32
	h, g := f32+1.5, 2.5
	fmt.Println(h, g)
}

// Output:
// 0 1
// 8
// 8
// 101
// 6
// 2
// 5
// 12 21
// [0 2 1 3] 2 1 1 2
// 1.5 2.5
