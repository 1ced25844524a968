// unicode's case functions over every rune, summarised (counts and checksums
// taken from go run), and strings' case functions beyond Latin.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Summaries of the case functions over every rune: counts and a checksum of
// the mappings, so that a single wrong table entry shows.
func main() {
	var nu, nl, nt, nmu, nml, nmt int
	var su, sl, st uint64
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsUpper(r) {
			nu++
		}
		if unicode.IsLower(r) {
			nl++
		}
		if unicode.IsTitle(r) {
			nt++
		}
		u, l, t := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r)
		if u != r {
			nmu++
			su = su*31 + uint64(r)*7 + uint64(u)
		}
		if l != r {
			nml++
			sl = sl*31 + uint64(r)*7 + uint64(l)
		}
		if t != r {
			nmt++
			st = st*31 + uint64(r)*7 + uint64(t)
		}
	}
	fmt.Println(nu, nl, nt, nmu, nml, nmt)
	fmt.Println(su, sl, st)
	fmt.Println(strings.ToUpper("ǆemal ﬀ ꭰ 𐐨"), strings.ToLower("ǄEMAL Ꭰ 𐐀 ẞ"), strings.ToTitle("ǆ ǉ ǌ ǳ"))
	fmt.Println(strings.EqualFold("Ǆ", "ǆ"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("K", "\u212a"), strings.EqualFold("σ", "ς"))
}
// Output:
// 1791 2155 31 1410 1393 1364
// 18412975772893216022 10854786452840867371 4576777211715476410
// ǄEMAL ﬀ Ꭰ 𐐀 ǆemal ꭰ 𐐨 ß ǅ ǈ ǋ ǲ
// true true true true
