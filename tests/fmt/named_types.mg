package main

import "fmt"

type MyInt int
type MyStr string
type MyFloat float64
type MyBool bool
type IDs []MyInt
type Dict map[MyStr]MyInt

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	fmt.Println(MyInt(5), MyStr("s"), MyFloat(1.5), MyBool(true))
	fmt.Printf("%v %d %x %q %s\n", MyInt(10), MyInt(10), MyInt(10), MyStr("q"), MyStr("s"))
	fmt.Printf("%#v %#v %#v %#v\n", MyInt(1), MyStr("a"), MyFloat(2), MyBool(false))
	fmt.Println(IDs{1, 2}, Dict{"b": 2, "a": 1})
	fmt.Printf("%#v %#v\n", IDs{1, 2}, Dict{"a": 1})
	fmt.Println(Level(0), Level(2))
	fmt.Printf("%v %d %s %5v|%-5v|\n", Level(1), Level(1), Level(1), Level(0), Level(2))
	fmt.Println([]Level{2, 1, 0})
	fmt.Println(fmt.Sprint(MyStr("a"), MyStr("b"), 1))
}

// Output:
// 5 s 1.5 true
// 10 10 a "q" s
// 1 "a" 2 false
// [1 2] map[a:1 b:2]
// main.IDs{1, 2} main.Dict{"a":1}
// low high
// mid 1 mid   low|high |
// [high mid low]
// ab1
