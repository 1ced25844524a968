// runtime.SetFinalizer: finalizers run on their own goroutine (here they send on an
// unbuffered channel that main receives from, which could not work if runtime.GC ran them
// inline), with the object as the finalizer's parameter type (the pointer itself, an
// interface it implements, interface{}), results dropped; SetFinalizer(x, nil) clears one;
// the finalizer goroutine is not counted by NumGoroutine.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Obj struct {
	n   int
	pad [8]int
}

func (o *Obj) String() string { return fmt.Sprint("obj", o.n) }

const N = 20

var got = make(chan string)

func make1(i int) {
	o := &Obj{n: i}
	switch i % 4 {
	case 0:
		runtime.SetFinalizer(o, func(o *Obj) { got <- "ptr" })
	case 1:
		runtime.SetFinalizer(o, func(s fmt.Stringer) { got <- "stringer" })
	case 2:
		runtime.SetFinalizer(o, func(x interface{}) { got <- "any" })
	case 3:
		runtime.SetFinalizer(o, func(o *Obj) (int, string) { got <- "results"; return 1, "x" })
	}
	c := &Obj{n: -1}
	runtime.SetFinalizer(c, func(*Obj) { panic("cleared finalizer ran") })
	runtime.SetFinalizer(c, nil)
}

func main() {
	for i := 0; i < N; i++ {
		make1(i)
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	kinds := map[string]int{}
	n := 0
	// a conservative collector may keep an object or two: most must come back
	for round := 0; round < 50 && n < N*8/10; round++ {
		runtime.GC()
		for done := false; !done; {
			select {
			case k := <-got:
				kinds[k]++
				n++
			case <-time.After(10 * time.Millisecond):
				done = true
			}
		}
	}
	fmt.Println("finalized most:", n >= N*8/10)
	fmt.Println("every kind:", kinds["ptr"] > 0, kinds["stringer"] > 0, kinds["any"] > 0, kinds["results"] > 0)
}

// Output:
// goroutines: 1
// finalized most: true
// every kind: true true true true
