package main

import "fmt"

type Point struct {
	X, Y int
}

type Inner struct {
	Name string
	Tags []string
}

type Outer struct {
	ID    int
	In    Inner
	P     *Point
	Any   any
	hide  bool
	Ratio float64
}

type Base struct{ N int }

type Derived struct {
	Base
	Label string
}

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%v %+v %#v\n", &p, &p, &p)
	o := Outer{ID: 7, In: Inner{"in", []string{"a", "b"}}, Any: 3, hide: true, Ratio: 0.5}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	d := Derived{Base{5}, "x"}
	fmt.Printf("%v %+v %#v\n", d, d, d)
	var e struct{}
	fmt.Println(e)
	fmt.Printf("%v %+v %#v\n", e, e, e)
	anon := struct {
		A int
		B string
	}{1, "z"}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	fmt.Printf("%d %x %s\n", p, p, p)
	fmt.Printf("[%5v]\n", p)
}

// Output:
// {1 2} &{1 2}
// {1 2} {X:1 Y:2} main.Point{X:1, Y:2}
// &{1 2} &{X:1 Y:2} &main.Point{X:1, Y:2}
// {7 {in [a b]} <nil> 3 true 0.5}
// {ID:7 In:{Name:in Tags:[a b]} P:<nil> Any:3 hide:true Ratio:0.5}
// main.Outer{ID:7, In:main.Inner{Name:"in", Tags:[]string{"a", "b"}}, P:(*main.Point)(nil), Any:3, hide:true, Ratio:0.5}
// {{5} x} {Base:{N:5} Label:x} main.Derived{Base:main.Base{N:5}, Label:"x"}
// {}
// {} {} struct {}{}
// {1 z} {A:1 B:z} struct { A int; B string }{A:1, B:"z"}
// {1 2} {1 2} {%!s(int=1) %!s(int=2)}
// [{    1     2}]
