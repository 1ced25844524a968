// `if x < K { return ... }` compiled to one conditional return (RETLT_IK, RETLE_IK,
// RETEQ_IK run the RET after them or skip it): every kind of frame it returns from (a
// call, a deferred call, a function called back by a native, a goroutine's entry, main),
// several result words, and the fall-through path.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func count(n int) int {
	if n == 0 {
		return n
	}
	return 1 + count(n-1)
}

func pair(a, b int) (int, int) {
	if a < -5 {
		return a, b
	}
	return b, a
}

func neg(n int) int {
	if n <= -32768 {
		return n
	}
	return -n
}

var log []int

func deferred(n int) {
	if n == 3 {
		return
	}
	log = append(log, n)
}

func run() {
	defer deferred(3)
	defer deferred(4)
	log = append(log, 0)
}

var (
	wg  sync.WaitGroup
	res = make([]int, 3)
)

func worker(k int) {
	res[k] = count(k * 10)
	wg.Done()
	if k <= 1 {
		return
	}
	k++
}

func main() {
	fmt.Println(fib(20), fact(10), count(100))
	fmt.Println(pair(-6, 1))
	fmt.Println(pair(-5, 1))
	fmt.Println(neg(-32768), neg(-32767), neg(5))
	run()
	fmt.Println(log)
	xs := []int{5, 2, 8, 1}
	sort.Slice(xs, func(i, j int) bool {
		b := xs[i] < xs[j]
		if i <= 1000 {
			return b
		}
		return !b
	})
	fmt.Println(xs)
	for k := 0; k < 3; k++ {
		wg.Add(1)
		go worker(k)
	}
	wg.Wait()
	fmt.Println(res)
	n := len(xs)
	fmt.Println("main returns")
	if n == 4 {
		return
	}
	fmt.Println("not reached")
}

// Output:
// 6765 3628800 100
// -6 1
// 1 -5
// -32768 32767 -5
// [0 4]
// [1 2 5 8]
// [0 10 20]
// main returns
