package main

type U [iota + 3]int // ERROR "cannot use iota outside constant declaration"

var v = iota // ERROR "cannot use iota outside constant declaration"

func f() *[3]int { return nil }

func main() {
	const c = len(f()) // ERROR "len\(f\(\)\) \(value of type int\) is not constant"
	var s []int
	var a [len(s)]int // ERROR "array length len\(s\) \(value of type int\) must be constant"
	ch := make(chan [2]int)
	const d = len(<-ch)           // ERROR "len\(<-ch\) \(value of type int\) is not constant"
	const e = len([1]int{len(s)}) // ERROR "len\(\[1\]int\{…\}\) \(value of type int\) is not constant"
	_ = func() int { return iota } // ERROR "cannot use iota outside constant declaration"
	_, _ = a, s
}
