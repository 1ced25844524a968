// Constants that a loop reads as operands (a stored value, a constant index, a float
// bound, an integer too big for an immediate) are loaded once before the loop; the
// values seen in the body must be the same, whatever the type sharing a bit pattern.
package main

import "fmt"

type cell struct {
	on   bool
	n    int
	w    float64
	f32  float32
	tiny int8
}

func main() {
	const big = 1 << 40
	flags := make([]bool, 10)
	nums := make([]int, 10)
	fl := make([]float64, 10)
	cells := make([]cell, 3)
	total := 0
	for i := 0; i < len(nums); i++ {
		flags[i] = true
		nums[i] = 1
		nums[i] += big
		fl[i] = 1
		if i < 3 {
			cells[i].on = true
			cells[i].n = 1
			cells[i].w = 0.1
			cells[i].f32 = 0.1
			cells[i].tiny = -1
		}
		for j := 0; j < 3; j++ {
			nums[j] = 1 // the outer loop's register
			total += nums[0] + j*big
		}
		if total > big*1000 {
			continue
		}
	}
	fmt.Println(flags, nums[0], nums[9], fl[0], cells, total)
	x := 0.0
	steps := 0
	for x <= 4.5 {
		x += 0.5
		steps++
	}
	fmt.Println(x, steps)
	s := "hello"
	cnt := 0
	for i := range nums {
		if s[0] == 'h' && s[4] == 'o' && i >= 0 {
			cnt++
		}
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return nums[0] + i })
	}
	fmt.Println(cnt, fs[0](), fs[2]())
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			flags[j] = false
		}
	}
	fmt.Println(flags)
}

// Output:
// [true true true true true true true true true true] 1 1099511627777 1 [{true 1 0.1 0.1 -1} {true 1 0.1 0.1 -1} {true 1 0.1 0.1 -1}] 32985348833310
// 5 10
// 10 4 4
// [false false true true true true true true true true]
