package main

import "fmt"

type B byte

func (b B) Get() int { return int(b) * 10 }

type W uint16

func (w W) Get() int { return int(w) + 1 }

type S struct{ *B }

type T struct {
	n int
	*W
}

type Getter interface{ Get() int }

func main() {
	arr := []B{1, 2, 3, 4, 5, 6, 7, 8, 9}
	ws := []W{100, 200, 65535}
	var gs []Getter
	gs = append(gs, S{&arr[1]}, T{1, &ws[2]}, &arr[8], &ws[0], arr[3])
	for _, g := range gs {
		fmt.Println(g.Get())
	}
	s := S{&arr[7]}
	f := s.Get
	arr[7] = 70
	fmt.Println(f(), s.Get(), S.Get(s))
}

// Output:
// 20
// 65536
// 90
// 101
// 40
// 80 700 700
