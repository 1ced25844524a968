// Strict alternation over unbuffered channels and a token ring of goroutines.
package main

import "fmt"

func main() {
	// Strict alternation with two unbuffered channels: deterministic output.
	a, b := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for v := range a {
			fmt.Println("B got", v)
			b <- v + 1
		}
		close(b)
	}()
	go func() {
		for v := range b {
			fmt.Println("A got", v)
			if v >= 6 {
				break
			}
		}
		done <- true
	}()
	a <- 1
	// the next values flow back through main via a third channel
	_ = done
	close(a)
	<-done

	// A token ring of goroutines.
	const n = 5
	chans := make([]chan int, n+1)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := 0; i < n; i++ {
		go func(i int) {
			v := <-chans[i]
			fmt.Println("node", i, "token", v)
			chans[i+1] <- v * 2
		}(i)
	}
	chans[0] <- 1
	fmt.Println("final", <-chans[n])
}

// Output:
// B got 1
// A got 2
// node 0 token 1
// node 1 token 2
// node 2 token 4
// node 3 token 8
// node 4 token 16
// final 32
