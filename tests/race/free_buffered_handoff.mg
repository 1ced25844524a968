// -race corpus, race-free: buffered: the k-th send happens before the k-th receive completes.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

type job struct{ id int }

func main() {
	j := &job{}
	ch := make(chan *job, 4)
	done := make(chan bool)
	go func() {
		p := <-ch
		p.id++
		done <- true
	}()
	j.id = 5
	ch <- j
	<-done
	fmt.Println(j.id)
}

// Flags: -race
// Output:
// 6
