package main

import "fmt"

func main() {
	a := "foo"
	b := a + "bar"
	a += "!"
	fmt.Println(a, b, len(b))
	fmt.Println("abc" < "abd", "ab" < "abc", "b" > "abc", "" < "a")
	fmt.Println("x" == "x", "x" != "y", "Z" < "a")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
	x, y := "héllo", "hello"
	fmt.Println(x > y, x == y)
}

// Output:
// foo! foobar 6
// true true true true
// true true true
// abcde
// true false
