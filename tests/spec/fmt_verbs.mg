package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	p := P{1, "a"}
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%s|%q|%10s|%-10s|%.2s\n", "go", "go", "go", "go", "golang")
	fmt.Printf("%t|%v\n", true, false)
	fmt.Printf("%c|%q\n", 'G', 'G')
	fmt.Printf("%v|%d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%q\n", []string{"a", "b"})
	fmt.Printf("%v|%v\n", map[string]int{"b": 2, "a": 1}, &p)
	fmt.Printf("%%|%v|%v\n", nil, []interface{}{1, "x", nil})
	fmt.Printf("%x|% x|%s\n", "hi", []byte("hi"), []byte("bytes"))
	fmt.Printf("%+d|%+d\n", 5, -5)
	fmt.Printf("%8.3f|%-8.2f|\n", 3.14159, 2.5)
	fmt.Printf("%v %v\n", int8(-5), uint64(1<<63))
}

// Output:
// {1 a}|{X:1 S:a}|main.P
// 42|   42|42   |00042|ff|FF|10|101
// go|"go"|        go|go        |go
// true|false
// G|'G'
// [1 2]|[3 4]
// ["a" "b"]
// map[a:1 b:2]|&{1 a}
// %|<nil>|[1 x <nil>]
// 6869|68 69|bytes
// +5|-5
//    3.142|2.50    |
// -5 9223372036854775808
