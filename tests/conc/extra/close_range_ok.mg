// Buffered channel of structs: len/cap after close, range drains, v, ok on a closed channel.
package main

import "fmt"

type point struct {
	X, Y int
	Tag  string
}

func main() {
	ch := make(chan point, 5)
	for i := 0; i < 3; i++ {
		ch <- point{i, i * i, fmt.Sprint("p", i)}
	}
	fmt.Println(len(ch), cap(ch))
	close(ch)
	fmt.Println(len(ch), cap(ch))
	p, ok := <-ch
	fmt.Println(p, ok)
	for q := range ch {
		fmt.Printf("%+v\n", q)
	}
	p, ok = <-ch
	fmt.Printf("%+v %v\n", p, ok)
	fmt.Println(len(ch))

	var m = map[string]int{}
	c2 := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			c2 <- i
		}
		close(c2)
	}()
	for {
		v, ok := <-c2
		if !ok {
			break
		}
		m[fmt.Sprint(v)] = v * 2
	}
	fmt.Println(m)
	// closed channel keeps answering
	for i := 0; i < 3; i++ {
		v, ok := <-c2
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	var ps []*point
	pc := make(chan *point, 2)
	pc <- &point{Tag: "x"}
	close(pc)
	for p := range pc {
		ps = append(ps, p)
	}
	z, ok := <-pc
	fmt.Println(len(ps), ps[0].Tag, z == nil, ok)
}

// Output:
// 3 5
// 3 5
// {0 0 p0} true
// {X:1 Y:1 Tag:p1}
// {X:2 Y:4 Tag:p2}
// {X:0 Y:0 Tag:} false
// 0
// map[0:0 1:2 2:4 3:6]
// 0 false 0 false 0 false 
// 1 x true false
