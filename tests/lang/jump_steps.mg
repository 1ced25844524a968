// Taken jumps of up to 16 words step pc by a constant (the interpreter's jump_steps),
// longer ones add their offset: loops whose bodies are 0 to 20 instructions long (back
// jumps of -1 to -21 words, both sides of the limit), forward skips of 1 to 20 words,
// and backward gotos of several lengths must all land where they point.
package main

import "fmt"

func loops(n int) []int {
	var r []int
	s0 := 0
	for i := 0; i < n; i++ {
	}
	r = append(r, s0)
	s1 := 0
	for i := 0; i < n; i++ {
		s1 += i
	}
	r = append(r, s1)
	s2 := 0
	for i := 0; i < n; i++ {
		s2 += i
		s2 += i
	}
	r = append(r, s2)
	s3 := 0
	for i := 0; i < n; i++ {
		s3 += i
		s3 += i
		s3 += i
	}
	r = append(r, s3)
	s4 := 0
	for i := 0; i < n; i++ {
		s4 += i
		s4 += i
		s4 += i
		s4 += i
	}
	r = append(r, s4)
	s5 := 0
	for i := 0; i < n; i++ {
		s5 += i
		s5 += i
		s5 += i
		s5 += i
		s5 += i
	}
	r = append(r, s5)
	s6 := 0
	for i := 0; i < n; i++ {
		s6 += i
		s6 += i
		s6 += i
		s6 += i
		s6 += i
		s6 += i
	}
	r = append(r, s6)
	s7 := 0
	for i := 0; i < n; i++ {
		s7 += i
		s7 += i
		s7 += i
		s7 += i
		s7 += i
		s7 += i
		s7 += i
	}
	r = append(r, s7)
	s8 := 0
	for i := 0; i < n; i++ {
		s8 += i
		s8 += i
		s8 += i
		s8 += i
		s8 += i
		s8 += i
		s8 += i
		s8 += i
	}
	r = append(r, s8)
	s9 := 0
	for i := 0; i < n; i++ {
		s9 += i
		s9 += i
		s9 += i
		s9 += i
		s9 += i
		s9 += i
		s9 += i
		s9 += i
		s9 += i
	}
	r = append(r, s9)
	s10 := 0
	for i := 0; i < n; i++ {
		s10 += i
		s10 += i
		s10 += i
		s10 += i
		s10 += i
		s10 += i
		s10 += i
		s10 += i
		s10 += i
		s10 += i
	}
	r = append(r, s10)
	s11 := 0
	for i := 0; i < n; i++ {
		s11 += i
		s11 += i
		s11 += i
		s11 += i
		s11 += i
		s11 += i
		s11 += i
		s11 += i
		s11 += i
		s11 += i
		s11 += i
	}
	r = append(r, s11)
	s12 := 0
	for i := 0; i < n; i++ {
		s12 += i
		s12 += i
		s12 += i
		s12 += i
		s12 += i
		s12 += i
		s12 += i
		s12 += i
		s12 += i
		s12 += i
		s12 += i
		s12 += i
	}
	r = append(r, s12)
	s13 := 0
	for i := 0; i < n; i++ {
		s13 += i
		s13 += i
		s13 += i
		s13 += i
		s13 += i
		s13 += i
		s13 += i
		s13 += i
		s13 += i
		s13 += i
		s13 += i
		s13 += i
		s13 += i
	}
	r = append(r, s13)
	s14 := 0
	for i := 0; i < n; i++ {
		s14 += i
		s14 += i
		s14 += i
		s14 += i
		s14 += i
		s14 += i
		s14 += i
		s14 += i
		s14 += i
		s14 += i
		s14 += i
		s14 += i
		s14 += i
		s14 += i
	}
	r = append(r, s14)
	s15 := 0
	for i := 0; i < n; i++ {
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
		s15 += i
	}
	r = append(r, s15)
	s16 := 0
	for i := 0; i < n; i++ {
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
		s16 += i
	}
	r = append(r, s16)
	s17 := 0
	for i := 0; i < n; i++ {
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
		s17 += i
	}
	r = append(r, s17)
	s18 := 0
	for i := 0; i < n; i++ {
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
		s18 += i
	}
	r = append(r, s18)
	s19 := 0
	for i := 0; i < n; i++ {
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
		s19 += i
	}
	r = append(r, s19)
	s20 := 0
	for i := 0; i < n; i++ {
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
		s20 += i
	}
	r = append(r, s20)
	return r
}

func skips(n int) []int {
	var r []int
	f1 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f1 += i
		}
		f1++
	}
	r = append(r, f1)
	f2 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f2 += i
			f2 += i
		}
		f2++
	}
	r = append(r, f2)
	f3 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f3 += i
			f3 += i
			f3 += i
		}
		f3++
	}
	r = append(r, f3)
	f4 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f4 += i
			f4 += i
			f4 += i
			f4 += i
		}
		f4++
	}
	r = append(r, f4)
	f5 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f5 += i
			f5 += i
			f5 += i
			f5 += i
			f5 += i
		}
		f5++
	}
	r = append(r, f5)
	f6 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f6 += i
			f6 += i
			f6 += i
			f6 += i
			f6 += i
			f6 += i
		}
		f6++
	}
	r = append(r, f6)
	f7 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f7 += i
			f7 += i
			f7 += i
			f7 += i
			f7 += i
			f7 += i
			f7 += i
		}
		f7++
	}
	r = append(r, f7)
	f8 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f8 += i
			f8 += i
			f8 += i
			f8 += i
			f8 += i
			f8 += i
			f8 += i
			f8 += i
		}
		f8++
	}
	r = append(r, f8)
	f9 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f9 += i
			f9 += i
			f9 += i
			f9 += i
			f9 += i
			f9 += i
			f9 += i
			f9 += i
			f9 += i
		}
		f9++
	}
	r = append(r, f9)
	f10 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f10 += i
			f10 += i
			f10 += i
			f10 += i
			f10 += i
			f10 += i
			f10 += i
			f10 += i
			f10 += i
			f10 += i
		}
		f10++
	}
	r = append(r, f10)
	f11 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f11 += i
			f11 += i
			f11 += i
			f11 += i
			f11 += i
			f11 += i
			f11 += i
			f11 += i
			f11 += i
			f11 += i
			f11 += i
		}
		f11++
	}
	r = append(r, f11)
	f12 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f12 += i
			f12 += i
			f12 += i
			f12 += i
			f12 += i
			f12 += i
			f12 += i
			f12 += i
			f12 += i
			f12 += i
			f12 += i
			f12 += i
		}
		f12++
	}
	r = append(r, f12)
	f13 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f13 += i
			f13 += i
			f13 += i
			f13 += i
			f13 += i
			f13 += i
			f13 += i
			f13 += i
			f13 += i
			f13 += i
			f13 += i
			f13 += i
			f13 += i
		}
		f13++
	}
	r = append(r, f13)
	f14 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f14 += i
			f14 += i
			f14 += i
			f14 += i
			f14 += i
			f14 += i
			f14 += i
			f14 += i
			f14 += i
			f14 += i
			f14 += i
			f14 += i
			f14 += i
			f14 += i
		}
		f14++
	}
	r = append(r, f14)
	f15 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
			f15 += i
		}
		f15++
	}
	r = append(r, f15)
	f16 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
			f16 += i
		}
		f16++
	}
	r = append(r, f16)
	f17 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
			f17 += i
		}
		f17++
	}
	r = append(r, f17)
	f18 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
			f18 += i
		}
		f18++
	}
	r = append(r, f18)
	f19 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
			f19 += i
		}
		f19++
	}
	r = append(r, f19)
	f20 := 0
	for i := 0; i < n; i++ {
		if i%3 != 0 {
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
			f20 += i
		}
		f20++
	}
	r = append(r, f20)
	return r
}

func gotos(n int) []int {
	var r []int
	g1, i1 := 0, 0
top1:
	g1 += i1
	i1++
	if i1 < n {
		goto top1
	}
	r = append(r, g1)
	g5, i5 := 0, 0
top5:
	g5 += i5
	g5 += i5
	g5 += i5
	g5 += i5
	g5 += i5
	i5++
	if i5 < n {
		goto top5
	}
	r = append(r, g5)
	g14, i14 := 0, 0
top14:
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	g14 += i14
	i14++
	if i14 < n {
		goto top14
	}
	r = append(r, g14)
	g15, i15 := 0, 0
top15:
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	g15 += i15
	i15++
	if i15 < n {
		goto top15
	}
	r = append(r, g15)
	g16, i16 := 0, 0
top16:
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	g16 += i16
	i16++
	if i16 < n {
		goto top16
	}
	r = append(r, g16)
	g17, i17 := 0, 0
top17:
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	g17 += i17
	i17++
	if i17 < n {
		goto top17
	}
	r = append(r, g17)
	g30, i30 := 0, 0
top30:
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	g30 += i30
	i30++
	if i30 < n {
		goto top30
	}
	r = append(r, g30)
	return r
}

func main() {
	for _, n := range []int{0, 1, 7} {
		fmt.Println(loops(n))
		fmt.Println(skips(n))
		fmt.Println(gotos(n))
	}
}

// Output:
// [0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0]
// [0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0]
// [0 0 0 0 0 0 0]
// [0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0]
// [1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1]
// [0 0 0 0 0 0 0]
// [0 21 42 63 84 105 126 147 168 189 210 231 252 273 294 315 336 357 378 399 420]
// [19 31 43 55 67 79 91 103 115 127 139 151 163 175 187 199 211 223 235 247]
// [21 105 294 315 336 357 630]
