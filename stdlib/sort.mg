// Package sort: sorting and searching, written in minigo so that the user's
// Less and less callbacks are ordinary calls. Every algorithm replays Go
// 1.19's exactly (Sort and Slice: pdqsort; Stable and SliceStable: insertion
// blocks + SymMerge; Search: lower-bound bisection), so the results, the
// order of equal elements, and the sequence of Less/Swap calls all match Go.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// sliceLen and sliceSwap (stdlib/sort.c) work on any slice held in an interface.
func sliceLen(x any) int
func sliceSwap(x any, i, j int)

// insertionSort orders data[a:b] by sinking each element leftwards past its
// larger neighbours (stable; used for short ranges by both Sort and Stable).
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property below root lo of the heap stored at
// data[first : first+hi].
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort is pdqsort's worst-case fallback on data[a:b].
func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// Hints choosePivot gives about the order it saw while sampling.
const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

// Tuning constants of Go's pdqsort; each one changes which Less/Swap calls
// happen, so they must stay exactly as Go has them.
const (
	pdqInsertionMax  = 12 // ranges this short are insertion sorted
	pdqNintherMin    = 50 // from this length the pivot is a Tukey ninther
	pdqSampleSwaps   = 12 // order2 swaps meaning "the samples were descending"
	pdqPartialSteps  = 5  // out-of-order pairs partialInsertionSort may fix
	pdqPartialMinLen = 50 // below this partialInsertionSort only checks
)

// bitLen is math/bits.Len for a non-negative int.
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

// pdqsort sorts data[a:b] with Go's pattern-defeating quicksort (no
// BlockQuicksort). badAllowed counts the unbalanced partitions tolerated
// before the range is handed to heapSort.
func pdqsort(data Interface, a, b, badAllowed int) {
	balanced := true    // the previous partition split reasonably evenly
	partitioned := true // the previous partition moved nothing
	for {
		n := b - a
		if n <= pdqInsertionMax {
			insertionSort(data, a, b)
			return
		}
		if badAllowed == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			badAllowed--
		}

		pivot, hint := choosePivot(data, a, b)
		if hint == hintDecreasing {
			reverseRange(data, a, b)
			// The pivot keeps its element: mirror its index.
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}

		// A range that looks sorted may be finished with a few shifts.
		if balanced && partitioned && hint == hintIncreasing && partialInsertionSort(data, a, b) {
			return
		}

		// The element just left of the range is <= everything in it; if the
		// pivot is not greater, the pivot is the range's minimum: split off the
		// run equal to it and carry on with what is greater.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}

		mid, untouched := partition(data, a, b, pivot)
		partitioned = untouched

		left, right := mid-a, b-mid
		minSide := n / 8
		// Recurse on the shorter side, loop on the longer one.
		if left < right {
			balanced = left >= minSide
			pdqsort(data, a, mid, badAllowed)
			a = mid + 1
		} else {
			balanced = right >= minSide
			pdqsort(data, mid+1, b, badAllowed)
			b = mid
		}
	}
}

// partition moves the pivot to a, then splits data[a+1:b] so that elements less
// than it come first; the pivot is swapped into the gap, whose index is
// returned. untouched reports that no element had to be exchanged.
func partition(data Interface, a, b, pivot int) (mid int, untouched bool) {
	data.Swap(a, pivot)
	lo, hi := a+1, b-1 // the unclassified elements are data[lo..hi]
	untouched = true
	for {
		for lo <= hi && data.Less(lo, a) {
			lo++
		}
		for lo <= hi && !data.Less(hi, a) {
			hi--
		}
		if lo > hi {
			break
		}
		untouched = false
		data.Swap(lo, hi)
		lo++
		hi--
	}
	data.Swap(hi, a)
	return hi, untouched
}

// partitionEqual moves the pivot to a and gathers the elements not greater than
// it (given none is smaller, the equal ones) at the front of data[a:b];
// returns the index of the first greater element.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	lo, hi := a+1, b-1
	for {
		for lo <= hi && !data.Less(a, lo) {
			lo++
		}
		for lo <= hi && data.Less(a, hi) {
			hi--
		}
		if lo > hi {
			return lo
		}
		data.Swap(lo, hi)
		lo++
		hi--
	}
}

// partialInsertionSort reports whether data[a:b] is sorted, fixing up to
// pdqPartialSteps adjacent inversions on the way (only on long ranges).
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < pdqPartialSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < pdqPartialMinLen {
			return false
		}
		data.Swap(i, i-1)
		// Sink the smaller element of the pair leftwards. Go bounds this walk
		// by index 1, not by a; kept as is since it changes the calls made.
		if i-a >= 2 {
			for k := i - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		// And float the larger one rightwards.
		if b-i >= 2 {
			for k := i + 1; k < b && data.Less(k, k-1); k++ {
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle of data[a:b] with
// pseudo-random partners (xorshift64 seeded by the length, as Go does).
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	centre := a + (n/4)*2
	for idx := centre - 1; idx <= centre+1; idx++ {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		other := int(uint(state) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks the pivot index for data[a:b]: the quarter point for short
// ranges, the median of the three quartile points from 8 elements, and the
// median of three local medians (Tukey's ninther) from pdqNintherMin. The
// hint tells whether every sampled pair was in order (increasing) or every
// one reversed (decreasing).
func choosePivot(data Interface, a, b int) (int, int) {
	n := b - a
	q := n / 4
	i, j, k := a+q, a+2*q, a+3*q
	swaps := 0
	if n >= 8 {
		if n >= pdqNintherMin {
			i = medianOf3(data, i-1, i, i+1, &swaps)
			j = medianOf3(data, j-1, j, j+1, &swaps)
			k = medianOf3(data, k-1, k, k+1, &swaps)
		}
		j = medianOf3(data, i, j, k, &swaps)
	}
	if swaps == 0 {
		return j, hintIncreasing
	}
	if swaps == pdqSampleSwaps {
		return j, hintDecreasing
	}
	return j, hintUnknown
}

// medianOf3 returns whichever of x, y, z indexes the median element, comparing
// the pairs (x,y), (y,z), (x,y) after each reordering, and counting in *swaps
// the pairs found reversed. Nothing moves in data.
func medianOf3(data Interface, x, y, z int, swaps *int) int {
	if data.Less(y, x) {
		*swaps++
		x, y = y, x
	}
	if data.Less(z, y) {
		*swaps++
		y, z = z, y
	}
	if data.Less(y, x) {
		*swaps++
		x, y = y, x
	}
	return y
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// Sort sorts data; like Go 1.19 it is pdqsort, so the order it leaves equal
// elements in and the sequence of Less/Swap calls are those of Go.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(n))
}

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

func Stable(data Interface) {
	stable(data, data.Len())
}

func stable(data Interface, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place (SymMerge,
// Kim & Kutzner 2004).
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		i := m
		j := b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i := a
		j := m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func Reverse(data Interface) Interface { return &reverse{data} }

// funcSorter adapts sort.Slice's arguments to Interface.
type funcSorter struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s *funcSorter) Len() int           { return s.n }
func (s *funcSorter) Less(i, j int) bool { return s.less(i, j) }
func (s *funcSorter) Swap(i, j int)      { sliceSwap(s.x, i, j) }

func Slice(x any, less func(i, j int) bool) {
	Sort(&funcSorter{x, sliceLen(x), less})
}

func SliceStable(x any, less func(i, j int) bool) {
	Stable(&funcSorter{x, sliceLen(x), less})
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()         { Sort(x) }

type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()              { Sort(x) }

func Ints(x []int)         { Sort(IntSlice(x)) }
func Float64s(x []float64) { Sort(Float64Slice(x)) }
func Strings(x []string)   { Sort(StringSlice(x)) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }

func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func (p IntSlice) Search(x int) int         { return SearchInts(p, x) }
func (p StringSlice) Search(x string) int   { return SearchStrings(p, x) }
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }
