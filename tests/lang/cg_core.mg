package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(fib(20))
	var s Shape = Rect{3, 4}
	fmt.Println(s.Name(), s.Area())
	c := &Counter{}
	for i := 0; i < 5; i++ {
		c.Inc()
	}
	fmt.Println(c.n)
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(1, 0))
	fmt.Println(sum(1, 2, 3), sum())
	m := map[string]int{"a": 1}
	m["b"] += 2
	m["a"]++
	v, ok := m["z"]
	fmt.Println(m["a"], m["b"], v, ok, len(m))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()
	var x int8 = 127
	x++
	var u uint8 = 3
	u -= 5
	fmt.Println(x, u, -7/2, -7%2, 1<<3>>1)
	str := "héllo"
	for i, r := range str {
		fmt.Print(i, ":", string(r), ";")
	}
	fmt.Println(len(str), str[1:3] == "\xc3\xa9")
	switch n := 5; {
	case n > 3:
		fmt.Println("big")
		fallthrough
	case n > 10:
		fmt.Println("fall")
	default:
		fmt.Println("no")
	}
	var any interface{} = 42
	switch t := any.(type) {
	case string:
		fmt.Println("string", t)
	case int:
		fmt.Println("int", t+1)
	}
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	sl[0] = 9
	fmt.Println(arr, len(sl), cap(sl[1:]))
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
}

// Output:
// 6765
// rect 12
// 5
// 3 2
// recovered: runtime error: integer divide by zero
// -1 -1
// 6 0
// 2 2 0 false 2
// 9;9;9;
// -128 254 -3 -1 4
// 0:h;1:é;3:l;4:l;5:o;6 true
// big
// fall
// int 43
// [9 2 3] 3 2
// 0 0;0 1;1 0;1 1;
