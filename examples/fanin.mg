// fanin: several producers, one consumer. Each producer sends on its own
// channel; merge starts one forwarding goroutine per input and closes the
// merged channel once every forwarder is done (a WaitGroup), so the consumer's
// range ends exactly when all producers have finished. The interleaving varies
// from run to run; the totals do not.
package main

import (
	"fmt"
	"sync"
)

func producer(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return out
}

func merge(inputs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func(in <-chan string) {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	counts := map[byte]int{}
	total := 0
	for msg := range merge(producer("a", 5), producer("b", 3), producer("c", 7)) {
		counts[msg[0]]++
		total++
	}
	fmt.Println("from a:", counts['a'])
	fmt.Println("from b:", counts['b'])
	fmt.Println("from c:", counts['c'])
	fmt.Println("total:", total)
}

// Output:
// from a: 5
// from b: 3
// from c: 7
// total: 15
