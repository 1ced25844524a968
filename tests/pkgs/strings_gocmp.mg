// strings functions and unicode case mapping against go run (digraphs,
// Greek with prosgegrammeni, Georgian, Kelvin sign in EqualFold).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToTitle("hello dž ǆ world"), strings.ToValidUTF8("a\xff\xfeb\xc0", "<?>"), strings.Clone("abc"))
	for _, r := range []rune{'a', 'ǆ', 'ǅ', 'Ǆ', 'ᾀ', 'ᾈ', 'ა', 'ß'} {
		fmt.Println(unicode.IsTitle(r), unicode.ToTitle(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Printf("%q\n", strings.Split("a b c", " "))
	fmt.Printf("%q\n", strings.SplitAfterN("a b c", " ", 2))
	fmt.Printf("%q\n", strings.Fields(" a\u00a0b\u2000c "))
	fmt.Println(strings.Title("hello wORLD"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("k", "\u212a"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim(" \t hi \n", " \t\n"), strings.TrimSpace("\u2000 hi \u3000"))
	b, a, f := strings.Cut("k=v", "=")
	fmt.Println(b, a, f)
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'b'), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("golang", 'g'))
	fmt.Println(strings.Compare("a", "b"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.TrimPrefix("golang", "go"), strings.TrimSuffix("golang", "ng"))
	fmt.Println(strings.Join([]string{"a", "b"}, ", "), strings.ToUpper("héllo ß"), strings.ToLower("HÉLLO İ"))
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
}
// Output:
// HELLO DŽ ǅ WORLD a<?>b<?> abc
// false 65 65 97
// false 453 452 454
// true 453 452 454
// false 453 452 454
// false 8072 8072 8064
// true 8072 8072 8064
// false 4304 7312 4304
// false 223 223 223
// ["a" "b" "c"]
// ["a " "b c"]
// ["a" "b" "c"]
// Hello WORLD false true
// 3 5 4 3
// hixx xxhi hi hi
// k v true
// ababab oinky oinky oink -a-b-c-
// true true 2 4 4 5 5
// -1 true true lang gola
// a, b HÉLLO ß héllo i
// IBM
