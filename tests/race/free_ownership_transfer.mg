// -race corpus, race-free: a pointer handed back and forth over channels.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

type buf struct{ data []int }

func main() {
	ch := make(chan *buf)
	back := make(chan *buf)
	go func() {
		b := <-ch
		b.data = append(b.data, 2)
		back <- b
	}()
	b := &buf{data: []int{1}}
	ch <- b
	b = <-back
	fmt.Println(b.data)
}

// Flags: -race
// Output:
// [1 2]
