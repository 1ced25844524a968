package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hello")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%s\n", nil)
	fmt.Printf("%v %d\n", nil, nil)
	fmt.Printf("%z\n", 3.5)
	fmt.Printf("%!\n", 1)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%[3]d %[0]d\n", 1, 2)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", true)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%.2f\n", "x")
	fmt.Printf("no verbs\n", 1, nil)
	fmt.Printf("%*d\n", "x", 5)
	fmt.Printf("%.*d\n", -1, 5)
	fmt.Printf("%c|%U\n", "s", 1.5)
	fmt.Printf("%5d|%-5s|\n", "ab", 3)
	fmt.Printf("%p\n", nil)
	fmt.Printf("%p\n", 5)
}

// Output:
// %!d(string=hello)
// %!s(int=42)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2, string=x)%!s(<nil>)
// <nil> %!d(<nil>)
// %!z(float64=3.5)
// %!!(int=1)
// trailing %!(NOVERB)
// %!d(BADINDEX) %!d(BADINDEX)
// %!t(int=1)
// %!x(bool=true)
// [%!d(string=a)]
// %!f(string=x)
// no verbs
// %!(EXTRA int=1, <nil>)%!(BADWIDTH)5
// %!(BADPREC)5
// %!c(string=s)|%!U(float64=1.5)
// %!d(string=   ab)|%!s(int=3    )|
// %!p(<nil>)
// %!p(int=5)
