package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World, Go  "
	fmt.Println(strings.TrimSpace(s))
	fmt.Println(strings.ToUpper("abc"), strings.ToLower("ABC"))
	fmt.Println(strings.Contains(s, "World"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("x", "y"), strings.LastIndex("go gopher", "go"))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  a b   c "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Count("cheese", "e"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.IndexByte("abc", 'c'), strings.ContainsRune("abc", 'b'))
}

// Output:
// Hello, World, Go
// ABC abc
// true true true
// 4 -1 3
// ["a" "b" "c"]
// ["a" "b" "c"]
// x-y-z
// ababab oinky oinky oink bbb
// hi body a
// 3 true
// 2 true
