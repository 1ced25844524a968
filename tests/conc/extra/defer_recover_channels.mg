// Deferred recover reporting over channels, recover only directly in the deferred call, deferred close.
package main

import (
	"fmt"
	"sort"
)

func guarded(id int, out chan<- string, done chan<- int) {
	defer func() { done <- id }()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprintf("%d recovered %v", id, r)
		}
	}()
	if id%3 == 0 {
		panic(fmt.Sprintf("bad %d", id))
	}
	out <- fmt.Sprintf("%d ok", id)
}

func helperRecover() any { return recover() }

func main() {
	out := make(chan string, 10)
	done := make(chan int)
	for i := 1; i <= 6; i++ {
		go guarded(i, out, done)
	}
	var ids []int
	for i := 0; i < 6; i++ {
		ids = append(ids, <-done)
	}
	close(out)
	sort.Ints(ids)
	var msgs []string
	for m := range out {
		msgs = append(msgs, m)
	}
	sort.Strings(msgs)
	fmt.Println(ids)
	for _, m := range msgs {
		fmt.Println(m)
	}

	// recover only works when called directly by the deferred function.
	res := make(chan string)
	go func() {
		defer func() {
			r := recover()
			res <- fmt.Sprint("outer:", r)
		}()
		defer func() {
			res <- fmt.Sprint("indirect:", helperRecover())
		}()
		panic("p")
	}()
	fmt.Println(<-res)
	fmt.Println(<-res)

	// Deferred close lets a range end even when the producer panics.
	ch := make(chan int)
	go func() {
		defer func() { recover() }()
		defer close(ch)
		for i := 0; ; i++ {
			if i == 3 {
				panic("stop")
			}
			ch <- i
		}
	}()
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println("range ended")
}

// Output:
// [1 2 3 4 5 6]
// 1 ok
// 2 ok
// 3 recovered bad 3
// 4 ok
// 5 ok
// 6 recovered bad 6
// indirect:<nil>
// outer:p
// 0 1 2 range ended
