// Channel sends copy values (arrays, structs) but share slices/maps/pointers; channel identity.
package main

import "fmt"

type Packet struct {
	Seq  int
	Data [3]byte
	Tags []string
	Meta map[string]int
}

func main() {
	ch := make(chan Packet, 1)
	p := Packet{Seq: 1, Data: [3]byte{1, 2, 3}, Tags: []string{"a"}, Meta: map[string]int{"k": 1}}
	ch <- p
	p.Seq = 2
	p.Data[0] = 9
	p.Tags[0] = "changed" // shared backing array
	p.Meta["k"] = 5       // shared map
	q := <-ch
	fmt.Println(q.Seq, q.Data, q.Tags, q.Meta)

	arr := make(chan [4]int, 1)
	a := [4]int{1, 2, 3, 4}
	arr <- a
	a[3] = 40
	fmt.Println(<-arr, a)

	ptrs := make(chan *Packet, 1)
	ptrs <- &p
	p.Seq = 3
	fmt.Println((<-ptrs).Seq)

	// Channels are references: a copy of a channel value is the same channel.
	c1 := make(chan int, 2)
	c2 := c1
	c2 <- 5
	fmt.Println(len(c1), <-c1, c1 == c2)
	type holder struct{ c chan int }
	h1 := holder{c1}
	h2 := h1
	h2.c <- 6
	fmt.Println(<-h1.c, h1 == h2)

	// Zero-size elements.
	sig := make(chan struct{}, 3)
	sig <- struct{}{}
	sig <- struct{}{}
	fmt.Println(len(sig), cap(sig))
	empty := make(chan [0]int, 1)
	empty <- [0]int{}
	fmt.Println(<-empty)
	// Interface element holding different dynamic types, compared after receive.
	ic := make(chan any, 3)
	ic <- 1
	ic <- int64(1)
	ic <- "1"
	x, y, z := <-ic, <-ic, <-ic
	fmt.Println(x == 1, y == 1, y == int64(1), z == "1")
}

// Output:
// 1 [1 2 3] [changed] map[k:5]
// [1 2 3 4] [1 2 3 40]
// 3
// 1 5 true
// 6 true
// 2 3
// []
// true false true true
