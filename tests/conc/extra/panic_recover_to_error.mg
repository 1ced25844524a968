// Panics of many kinds in goroutines converted to errors by a recovering wrapper.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id  int
	err error
}

func safeGo(id int, f func(), out chan<- result, wg *sync.WaitGroup) {
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				var err error
				switch v := r.(type) {
				case error:
					err = fmt.Errorf("task %d: %w", id, v)
				default:
					err = fmt.Errorf("task %d: %v", id, v)
				}
				out <- result{id, err}
				return
			}
			out <- result{id, nil}
		}()
		f()
	}()
}

var errBad = errors.New("bad input")

func main() {
	out := make(chan result, 10)
	var wg sync.WaitGroup
	tasks := []func(){
		func() {},
		func() { panic("string panic") },
		func() { panic(errBad) },
		func() { var m map[string]int; m["x"] = 1 },
		func() { a := []int{1}; i := 5; _ = a[i] },
		func() { var p *result; _ = p.id },
		func() { panic(fmt.Sprint(42)) },
		func() { var i any = "s"; _ = i.(int) },
	}
	for i, t := range tasks {
		wg.Add(1)
		safeGo(i, t, out, &wg)
	}
	wg.Wait()
	close(out)
	var rs []result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	for _, r := range rs {
		fmt.Println(r.id, r.err, errors.Is(r.err, errBad))
	}
}

// Output:
// 0 <nil> false
// 1 task 1: string panic false
// 2 task 2: bad input true
// 3 task 3: assignment to entry in nil map false
// 4 task 4: runtime error: index out of range [5] with length 1 false
// 5 task 5: runtime error: invalid memory address or nil pointer dereference false
// 6 task 6: 42 false
// 7 task 7: interface conversion: interface {} is string, not int false
