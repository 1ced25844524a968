// go with method values and method expressions; value receivers copied at evaluation; go args evaluated early.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Acc struct {
	name string
	mu   sync.Mutex
	sum  int
}

func (a *Acc) Add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

type Tag string

func (t Tag) Say(out chan<- string) { out <- "tag:" + string(t) }

func main() {
	a := &Acc{name: "a"}
	var wg sync.WaitGroup
	add := a.Add // method value bound to a
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go add(i, &wg)
	}
	wg.Wait()
	fmt.Println(a.name, a.sum)

	// A value-receiver method value copies the receiver when evaluated.
	out := make(chan string, 3)
	t := Tag("first")
	say := t.Say
	t = "second"
	go say(out)
	go t.Say(out)
	f := Tag.Say // method expression
	go f("third", out)
	got := []string{<-out, <-out, <-out}
	sort.Strings(got)
	fmt.Println(got)

	// Arguments of a go statement are evaluated before the goroutine starts.
	x := 10
	res := make(chan int)
	go func(v int) { res <- v }(x)
	x = 20
	fmt.Println(<-res, x)
}

// Output:
// a 5050
// [tag:first tag:second tag:third]
// 10 20
