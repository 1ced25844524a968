package main

import (
	"fmt"
	"math"
	"sort"
)

var state uint64 = 88172645463325252

func next() int {
	state = state*6364136223846793005 + 1442695040888963407
	return int(state >> 33)
}

func main() {
	for _, n := range []int{0, 1, 13, 60, 300, 1500} {
		for _, distinct := range []int{2, 9, 1 << 30} {
			ints := make([]int, n)
			for i := range ints {
				ints[i] = next() % distinct
			}
			sort.Ints(ints)
			sum := 0
			for i, v := range ints {
				sum = sum*7 + v*(i+1)
			}
			fmt.Println("ints", n, distinct, sort.IntsAreSorted(ints), sum)
		}

		// Equal strings are indistinguishable: this checks the result only.
		strs := make([]string, n)
		for i := range strs {
			strs[i] = fmt.Sprint("k", next()%23)
		}
		sort.Strings(strs)
		h := 0
		for _, s := range strs {
			h = h*31 + len(s) + int(s[len(s)-1])
		}
		fmt.Println("strings", n, sort.StringsAreSorted(strs), h)

		// Float64s: NaNs sort first; -0 and +0 compare equal, so their
		// relative order shows the unstable order.
		fl := make([]float64, n)
		for i := range fl {
			switch r := next() % 10; {
			case r == 0:
				fl[i] = math.NaN()
			case r == 1:
				fl[i] = math.Copysign(0, -1)
			case r == 2:
				fl[i] = 0
			case r == 3:
				fl[i] = math.Inf(-1)
			default:
				fl[i] = float64(next()%5) / 2
			}
		}
		sort.Float64s(fl)
		sig := ""
		for _, f := range fl {
			switch {
			case f != f:
				sig += "N"
			case f == 0 && math.Signbit(f):
				sig += "-"
			case f == 0:
				sig += "+"
			}
		}
		if len(sig) > 40 {
			h := 0
			for _, ch := range sig {
				h = h*3 + int(ch)
			}
			sig = fmt.Sprint(h)
		}
		fmt.Println("floats", n, sort.Float64sAreSorted(fl), "sig="+sig)
		if n > 0 {
			fmt.Println(" ", fl[0], fl[n-1])
		}

		rev := make([]int, n)
		for i := range rev {
			rev[i] = next() % 5
		}
		sort.Sort(sort.Reverse(sort.IntSlice(rev)))
		fmt.Println("reverse", n, sort.IsSorted(sort.Reverse(sort.IntSlice(rev))), len(rev))
	}
}

// Output:
// ints 0 2 true 0
// ints 0 9 true 0
// ints 0 1073741824 true 0
// strings 0 true 0
// floats 0 true sig=
// reverse 0 true 0
// ints 1 2 true 1
// ints 1 9 true 7
// ints 1 1073741824 true 808750498
// strings 1 true 59
// floats 1 true sig=
//   1 1
// reverse 1 true 1
// ints 13 2 true 160131
// ints 13 9 true 57596953770
// ints 13 1073741824 true 4962400762402476077
// strings 13 true 4616397873226176251
// floats 13 true sig=N-+--+
//   NaN 2
// reverse 13 true 13
// ints 60 2 true 5597907891220825850
// ints 60 9 true -7711692682947308297
// ints 60 1073741824 true -2992325724716210736
// strings 60 true -8341036932497913370
// floats 60 true sig=NNNN+--++-++++-+++++++-++++-
//   NaN 2
// reverse 60 true 60
// ints 300 2 true -8283768645278212828
// ints 300 9 true 1657999496987448195
// ints 300 1073741824 true 7494605125429404171
// strings 300 true -6303953377609255418
// floats 300 true sig=-5647341863973804016
//   NaN 2
// reverse 300 true 300
// ints 1500 2 true 8990195396513229257
// ints 1500 9 true -1348382191037740269
// ints 1500 1073741824 true 1180057430710693769
// strings 1500 true -4844156256139890045
// floats 1500 true sig=-7809854049362087458
//   NaN 2
// reverse 1500 true 1500
