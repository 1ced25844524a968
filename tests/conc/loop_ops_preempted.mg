package main

import "fmt"

// Every loop-closing branch spends preemption budget: goroutines spinning forever in
// loops closed by each fused counter op (INCJLT_IK, INCJLE_INT, ADDJLT_INT, INCDECJLT),
// a range loop and a plain compare-and-branch must not starve main on one P.
var sink int

func spinIK() {
	for {
		for i := 0; i < 1000; i++ {
			if i == 999 {
				i = 0
			}
		}
	}
}

func spinLE(n int) {
	for i := 0; i <= n; i++ {
		if i == n {
			i = -1
		}
	}
}

func spinStep(n, step int) {
	for i := 0; i < n; i += step {
		if i >= n-step {
			i = -step
		}
	}
}

func spinTwo(n int) {
	for i, j := 0, n; i < j; i, j = i+1, j-1 {
		if i+1 >= j-1 {
			i, j = -1, n+1
		}
	}
}

func spinRange(s []int) {
	for {
		for i := range s {
			sink = i
		}
	}
}

func spinNE(k int) {
	for x := k; x != 0; x = x*3%7 + 1 {
	}
}

func main() {
	go spinIK()
	go spinLE(100)
	go spinStep(100, 3)
	go spinTwo(100)
	go spinRange(make([]int, 10))
	go spinNE(5)
	c := make(chan int)
	go func() { c <- 1 }()
	fmt.Println(<-c)
}

// Env: GOMAXPROCS=1
// Output:
// 1
