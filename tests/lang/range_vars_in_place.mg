// Range loops over slices and arrays use the loop counter as the key variable and
// load the element straight into the value variable when the body cannot tell:
// a body that assigns the key, or a closure that captures either variable, keeps
// Go's semantics (the assignment does not change the iteration).
package main

import "fmt"

type pt struct{ x, y int }

func main() {
	s := []int{10, 20, 30, 40}
	sum := 0
	for i, v := range s {
		sum += i * v
		v = -1 // the next iteration reloads v
		_ = v
	}
	fmt.Println(sum)
	var seen []int
	for i := range s {
		seen = append(seen, i)
		i += 10 // does not move the iteration
		seen = append(seen, i)
	}
	fmt.Println(seen)
	seen = nil
	for i := range s {
		i++
		seen = append(seen, i)
	}
	fmt.Println(seen)
	var fs []func() int
	for i, v := range s {
		fs = append(fs, func() int { return i*100 + v })
	}
	var got []int
	for _, f := range fs {
		got = append(got, f())
	}
	fmt.Println(got)
	got = nil
	arr := [3]pt{{1, 2}, {3, 4}, {5, 6}}
	for i, p := range arr {
		arr[i].x = 0 // ranging over a copy: p keeps the old value
		got = append(got, i, p.x, p.y)
	}
	fmt.Println(got)
	fmt.Println(arr)
	pa := &arr
	var ps []pt
	for i, p := range pa {
		if i+1 < len(pa) {
			pa[i+1].y = 99 // read live through the pointer
		}
		ps = append(ps, p)
	}
	fmt.Println(ps)
	n := 0
	for i := range s {
		for j := range s {
			if j > i {
				break
			}
			n += j
		}
	}
	fmt.Println(n)
	k := -1
	for k = range s {
	}
	fmt.Println(k)
	var cnt int
	for i, v := range s {
		switch {
		case i == 1:
			continue
		case v > 30:
			i = 7
		}
		cnt += i
	}
	fmt.Println(cnt)
}

// Output:
// 200
// [0 10 1 11 2 12 3 13]
// [1 2 3 4]
// [340 340 340 340]
// [0 1 2 1 3 4 2 5 6]
// [{0 2} {0 4} {0 6}]
// [{0 2} {0 99} {0 99}]
// 10
// 3
// 9
