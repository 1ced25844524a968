package main

import (
	"fmt"
	"sort"
)

// Records compared by key only; the ids show where equal keys end up.
type item struct {
	key int
	id  int
}

type items []item

func (s items) Len() int           { return len(s) }
func (s items) Less(i, j int) bool { return s[i].key < s[j].key }
func (s items) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

var seed uint32 = 12345

func rnd() int {
	seed = seed*1103515245 + 12345
	return int(seed >> 9)
}

func fresh(n, distinct int) []item {
	s := make([]item, n)
	for i := range s {
		s[i] = item{rnd() % distinct, i}
	}
	return s
}

func digest(s []item) uint32 {
	h := uint32(1)
	for _, it := range s {
		h = h*1000003 ^ uint32(it.id)
	}
	return h
}

func main() {
	sizes := []int{0, 1, 7, 12, 13, 25, 50, 77, 128, 500, 2000}
	for _, n := range sizes {
		for _, distinct := range []int{1, 4, 30, 1 << 20} {
			calls := 0
			a := fresh(n, distinct)
			sort.Slice(a, func(i, j int) bool { calls++; return a[i].key < a[j].key })
			ok1 := sort.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key })
			d1 := digest(a)

			b := fresh(n, distinct)
			sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
			d2 := digest(b)

			c := items(fresh(n, distinct))
			sort.Stable(c)
			d3 := digest(c)

			e := items(fresh(n, distinct))
			sort.Sort(sort.Reverse(e))
			ok4 := sort.IsSorted(sort.Reverse(e))
			d4 := digest(e)

			f := items(fresh(n, distinct))
			sort.Stable(sort.Reverse(f))
			d5 := digest(f)

			// Descending via Slice on a pre-sorted input (the decreasing hint).
			g := fresh(n, distinct)
			sort.SliceStable(g, func(i, j int) bool { return g[i].key < g[j].key })
			sort.Slice(g, func(i, j int) bool { return g[i].key > g[j].key })
			d6 := digest(g)

			fmt.Printf("n=%d d=%d: %d %v %08x %08x %08x %v %08x %08x %08x\n",
				n, distinct, calls, ok1, d1, d2, d3, ok4, d4, d5, d6)
		}
	}

	// Search family on a sorted slice with duplicates.
	xs := []int{1, 3, 3, 3, 7, 9, 9}
	for _, x := range []int{0, 1, 3, 4, 9, 10} {
		fmt.Print(sort.SearchInts(xs, x), " ", sort.IntSlice(xs).Search(x), " ")
	}
	fmt.Println(sort.Search(0, func(int) bool { return true }))
	fs := []float64{-2, 0.5, 0.5, 8}
	fmt.Println(sort.SearchFloat64s(fs, 0.5), sort.SearchFloat64s(fs, 9), sort.Float64Slice(fs).Search(-3))
	ss := []string{"a", "b", "b", "d"}
	fmt.Println(sort.SearchStrings(ss, "b"), sort.SearchStrings(ss, "c"), sort.StringSlice(ss).Search("e"))
	probes := 0
	fmt.Println(sort.Search(1000, func(i int) bool { probes++; return i >= 377 }), probes)
}

// Output:
// n=0 d=1: 0 true 00000001 00000001 00000001 true 00000001 00000001 00000001
// n=0 d=4: 0 true 00000001 00000001 00000001 true 00000001 00000001 00000001
// n=0 d=30: 0 true 00000001 00000001 00000001 true 00000001 00000001 00000001
// n=0 d=1048576: 0 true 00000001 00000001 00000001 true 00000001 00000001 00000001
// n=1 d=1: 0 true 000f4243 000f4243 000f4243 true 000f4243 000f4243 000f4243
// n=1 d=4: 0 true 000f4243 000f4243 000f4243 true 000f4243 000f4243 000f4243
// n=1 d=30: 0 true 000f4243 000f4243 000f4243 true 000f4243 000f4243 000f4243
// n=1 d=1048576: 0 true 000f4243 000f4243 000f4243 true 000f4243 000f4243 000f4243
// n=7 d=1: 6 true 98bd4c82 98bd4c82 98bd4c82 true 98bd4c82 98bd4c82 98bd4c82
// n=7 d=4: 11 true 679a1234 2f57ebd0 64450964 true cb0cc72a ed6b646a a529a3d4
// n=7 d=30: 10 true 33c1d83a 0a647be0 95a8c8fe true 49e3efa4 f2504ba6 dacbd00e
// n=7 d=1048576: 14 true 07dab956 4d1c8528 6b5d623c true e7723e20 b8099cd6 a5aedd28
// n=12 d=1: 11 true ca72255d ca72255d ca72255d true ca72255d ca72255d ca72255d
// n=12 d=4: 33 true 06aeff15 33d6fc27 bd6d4243 true 9dd88a43 ba2f5261 07d04e95
// n=12 d=30: 52 true 03db78bf 6d9a58f7 2c353f93 true a5707c93 d78f2d33 635fc5af
// n=12 d=1048576: 41 true bb23411f 950f71a3 3807e975 true 85643b29 4ea61f9f be51c4bf
// n=13 d=1: 15 true 99f4c15b 99f4c15b 99f4c15b true 99f4c15b 99f4c15b 99f4c15b
// n=13 d=4: 40 true 53303fb5 d00e17af f0e1b969 true 61b72ff7 f67ee3e1 ea851e3f
// n=13 d=30: 57 true b9d66a7f 75a95e47 550e6a2f true 2a3f1915 7431b9d1 cd40e229
// n=13 d=1048576: 34 true 584b3ad3 5afba0b1 bc6fba09 true 6840eb95 4d5e1d91 c0d35859
// n=25 d=1: 27 true 90ebbe7b 90ebbe7b 90ebbe7b true 90ebbe7b 90ebbe7b 90ebbe7b
// n=25 d=4: 66 true 0ccf4e6f 0caca135 cf7f0db3 true c4a037f7 956ae733 60a7357b
// n=25 d=30: 107 true f5435add bae89789 546ba7fb true 2e601049 47742547 becda91b
// n=25 d=1048576: 107 true 26f1b9cd c04ad959 7d5870b9 true 91c1707b 6d2e69a7 64da634f
// n=50 d=1: 61 true 2a6f56a8 2a6f56a8 2a6f56a8 true 2a6f56a8 2a6f56a8 2a6f56a8
// n=50 d=4: 158 true 8274f86e 820870c8 ec153e78 true d63a95e0 fd6f0c90 5d4a11f6
// n=50 d=30: 249 true 8a6a35ec 1ca2e288 5cd86d1a true 08834aa4 5841aa3a c32f8a22
// n=50 d=1048576: 286 true a08cbff2 e5f2600c c5a2557e true c01d19ba ef9ac034 caf3f9e6
// n=77 d=1: 88 true 4b7cc99b 4b7cc99b 4b7cc99b true 4b7cc99b 4b7cc99b 4b7cc99b
// n=77 d=4: 297 true 3a4a85e5 23a15c79 1c655f97 true e86becc7 3ebdf06f 74dc16bd
// n=77 d=30: 423 true b2e4048d 3fc03e57 6b00c727 true bcb66ce7 d4abaf29 aa3e1567
// n=77 d=1048576: 492 true aba9850f f831c98d 8d90f8a9 true c1435523 04f3db1b 868c0f13
// n=128 d=1: 139 true a0a04c01 a0a04c01 a0a04c01 true a0a04c01 a0a04c01 a0a04c01
// n=128 d=4: 395 true 914bcc3b 6b074785 6d749101 true 271fdb63 fc62738d a91a5f35
// n=128 d=30: 791 true 8342d219 3836b6f9 a42e8143 true 08be4ea1 c584bbeb 03924deb
// n=128 d=1048576: 874 true 266abda5 0b0f7165 3f377009 true 21bc18fb e8658597 7fb85551
// n=500 d=1: 511 true 30f4f16d 30f4f16d 30f4f16d true 30f4f16d 30f4f16d 30f4f16d
// n=500 d=4: 1764 true 0c6a3b45 92d0f891 dd7ae2e3 true 899bd1a5 3bf42a6f 50c784a3
// n=500 d=30: 3311 true aaa7ae63 02a50bfb 1e2b2a39 true b7b0f79b 9094b359 0d30ef2d
// n=500 d=1048576: 4602 true d327690f d0aa1007 9309093d true 469df217 c904be71 a908f067
// n=2000 d=1: 2011 true 6bca3b41 6bca3b41 6bca3b41 true 6bca3b41 6bca3b41 6bca3b41
// n=2000 d=4: 8075 true ab974695 557fd511 de0d69c1 true 965f6f4f 00bd24d7 bea07f51
// n=2000 d=30: 13707 true c3bb7d35 308fdc75 2a584d4d true 2a60cbc7 b24a74e1 292e9279
// n=2000 d=1048576: 22437 true f131a5f7 dd9f8075 55b2a60f true e412f43b 86131e1b c3460d75
// 0 0 0 0 1 1 4 4 5 5 7 7 0
// 1 4 0
// 1 3 4
// 377 10
