package main

import (
	"fmt"
	"sort"
)

// traced prints every Less and Swap sort.Sort makes.
type traced struct {
	v   []int
	log []string
}

func (t *traced) Len() int { return len(t.v) }
func (t *traced) Less(i, j int) bool {
	t.log = append(t.log, fmt.Sprintf("L%d,%d", i, j))
	return t.v[i] < t.v[j]
}
func (t *traced) Swap(i, j int) {
	t.log = append(t.log, fmt.Sprintf("S%d,%d", i, j))
	t.v[i], t.v[j] = t.v[j], t.v[i]
}

// adversary is McIlroy's "killer adversary": values stay undecided ("gas")
// until a comparison forces them, always in the way that hurts the quicksort
// most. It drives pdqsort into breakPatterns and the heapSort fallback.
type adversary struct {
	data      []int // item ids, permuted by Swap
	val       []int
	gas       int
	solid     int
	candidate int
	less      int
	swaps     int
}

func newAdversary(n int) *adversary {
	a := &adversary{data: make([]int, n), val: make([]int, n), gas: n - 1}
	for i := range a.data {
		a.data[i] = i
		a.val[i] = a.gas
	}
	return a
}

func (a *adversary) Len() int { return len(a.data) }
func (a *adversary) Swap(i, j int) {
	a.swaps++
	a.data[i], a.data[j] = a.data[j], a.data[i]
}
func (a *adversary) Less(i, j int) bool {
	a.less++
	x, y := a.data[i], a.data[j]
	if a.val[x] == a.gas && a.val[y] == a.gas {
		if x == a.candidate {
			a.val[x] = a.solid
		} else {
			a.val[y] = a.solid
		}
		a.solid++
	}
	if a.val[x] == a.gas {
		a.candidate = x
	} else if a.val[y] == a.gas {
		a.candidate = y
	}
	return a.val[x] < a.val[y]
}

// coin answers Less from a generator, ignoring the elements, so only an
// exact replay of Go's sequence of calls ends in the same permutation. Biased
// coins make pdqsort partition badly and fall back to heapSort.
type coin struct {
	ids      []int
	s        uint32
	odds     uint32
	trueBias bool
	calls    int
}

func (c *coin) Len() int { return len(c.ids) }
func (c *coin) Less(i, j int) bool {
	c.calls++
	c.s = c.s*214013 + 2531011
	r := (c.s >> 16) % c.odds
	if c.trueBias {
		return r != 0
	}
	return r == 0
}
func (c *coin) Swap(i, j int) { c.ids[i], c.ids[j] = c.ids[j], c.ids[i] }

func idHash(ids []int) int {
	h := 0
	for _, id := range ids {
		h = (h*131 + id) % 1000000007
	}
	return h
}

func main() {
	inputs := [][]int{
		{3, 1, 2},
		{5, 5, 1, 5, 2, 5, 5, 3, 5, 5, 5, 4, 5, 5},
		{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 8, 7, 6, 5, 4},
	}
	for _, in := range inputs {
		t := &traced{v: in}
		sort.Sort(t)
		fmt.Println(t.v)
		for k := 0; k < len(t.log); k += 16 {
			end := k + 16
			if end > len(t.log) {
				end = len(t.log)
			}
			fmt.Println(" ", t.log[k:end])
		}
	}
	// A 60-element run with ties: print only the count of each kind of call.
	v := make([]int, 60)
	for i := range v {
		v[i] = (i * 37 % 60) / 7
	}
	t := &traced{v: v}
	sort.Sort(t)
	nl := 0
	for _, s := range t.log {
		if s[0] == 'L' {
			nl++
		}
	}
	fmt.Println(t.v, nl, len(t.log)-nl)
	for i := range v {
		v[i] = (i * 41 % 60) / 7
	}
	st := &traced{v: v}
	sort.Stable(st)
	fmt.Println("stable", len(st.log), st.log[:8], st.log[len(st.log)-4:])

	for _, n := range []int{13, 50, 100, 1000, 3000} {
		a := newAdversary(n)
		sort.Sort(a)
		h := 0
		for _, id := range a.data {
			h = (h*131 + a.val[id]*7 + id) % 1000000007
		}
		fmt.Println("adversary", n, a.less, a.swaps, h)
	}

	for _, n := range []int{20, 64, 300, 1000} {
		for _, odds := range []uint32{2, 5, 40} {
			for _, bias := range []bool{false, true} {
				c := &coin{ids: make([]int, n), s: uint32(n), odds: odds, trueBias: bias}
				for i := range c.ids {
					c.ids[i] = i
				}
				sort.Sort(c)
				h := idHash(c.ids)
				// The same coin through sort.Slice (Go's func variant).
				d := &coin{ids: make([]int, n), s: uint32(n), odds: odds, trueBias: bias}
				for i := range d.ids {
					d.ids[i] = i
				}
				sort.Slice(d.ids, d.Less)
				fmt.Println("coin", n, odds, bias, c.calls, h, d.calls, idHash(d.ids))
			}
		}
	}
}

// Output:
// [1 2 3]
//   [L1,0 S1,0 L2,1 S2,1 L1,0]
// [1 2 3 4 5 5 5 5 5 5 5 5 5 5]
//   [L6,3 L9,6 L6,3 L1,0 L2,1 S0,6 L1,0 L13,0 L12,0 L11,0 S1,11 L2,0 L3,0 L10,0 L9,0 L8,0]
//   [L7,0 S3,7 L4,0 L5,0 L6,0 L5,0 S4,0 L1,0 L2,1 S2,1 L1,0 S1,0 L3,2 S3,2 L2,1 L6,5]
//   [L7,6 L8,7 L9,8 L10,9 L11,10 L12,11 L13,12]
// [0 1 2 3 4 4 5 5 6 6 7 7 8 8 9 9]
//   [L8,4 L12,4 L4,8 S0,4 L1,0 L15,0 S1,15 L2,0 L14,0 L13,0 L12,0 L11,0 L10,0 L9,0 S2,9 L3,0]
//   [L8,0 S3,8 L4,0 L7,0 S4,7 L5,0 L6,0 S6,0 L1,0 L2,1 S2,1 L1,0 S1,0 L3,2 S3,2 L2,1]
//   [S2,1 L1,0 L4,3 S4,3 L3,2 S3,2 L2,1 L5,4 L8,7 S8,7 L9,8 S9,8 L8,7 L10,9 L11,10 S11,10]
//   [L10,9 S10,9 L9,8 L12,11 S12,11 L11,10 S11,10 L10,9 S10,9 L9,8 L13,12 S13,12 L12,11 S12,11 L11,10 S11,10]
//   [L10,9 S10,9 L9,8 S9,8 L8,7 L14,13 S14,13 L13,12 S13,12 L12,11 S12,11 L11,10 S11,10 L10,9 S10,9 L9,8]
//   [S9,8 L8,7 S8,7 L15,14 S15,14 L14,13 S14,13 L13,12]
// [0 0 0 0 0 0 0 1 1 1 1 1 1 1 2 2 2 2 2 2 2 3 3 3 3 3 3 3 4 4 4 4 4 4 4 5 5 5 5 5 5 5 6 6 6 6 6 6 6 7 7 7 7 7 7 7 8 8 8 8] 286 65
// stable 709 [L1,0 L2,1 S2,1 L1,0 L3,2 S3,2 L2,1 S2,1] [S56,57 L54,53 L59,57 L59,58]
// adversary 13 32 8 892733422
// adversary 50 350 142 418539499
// adversary 100 940 316 533004028
// adversary 1000 7202 3244 553065795
// adversary 3000 21277 9742 572366358
// coin 20 2 false 60 771746689 60 771746689
// coin 20 2 true 48 11390765 48 11390765
// coin 20 5 false 58 632792825 58 632792825
// coin 20 5 true 72 490356093 72 490356093
// coin 20 40 false 22 875943646 22 875943646
// coin 20 40 true 167 708750929 167 708750929
// coin 64 2 false 264 320061617 264 320061617
// coin 64 2 true 279 278753337 279 278753337
// coin 64 5 false 229 947990896 229 947990896
// coin 64 5 true 370 993042927 370 993042927
// coin 64 40 false 81 729427701 81 729427701
// coin 64 40 true 884 697373586 884 697373586
// coin 300 2 false 1258 654719788 1258 654719788
// coin 300 2 true 1415 272206104 1415 272206104
// coin 300 5 false 855 98546885 855 98546885
// coin 300 5 true 2971 997602062 2971 997602062
// coin 300 40 false 624 979441255 624 979441255
// coin 300 40 true 5691 73562925 5691 73562925
// coin 1000 2 false 5199 765052820 5199 765052820
// coin 1000 2 true 5248 311796514 5248 311796514
// coin 1000 5 false 3535 513352789 3535 513352789
// coin 1000 5 true 11867 281499437 11867 281499437
// coin 1000 40 false 2187 60228452 2187 60228452
// coin 1000 40 true 22912 635166037 22912 635166037
