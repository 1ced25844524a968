package main

import "fmt"

func closer(ch chan int) {
	defer close(ch)
	ch <- 1
	ch <- 2
}

func deleter(m map[string]int, k string) {
	defer delete(m, k)
	fmt.Println("before", len(m))
}

func panicker(n int) (r string) {
	defer func() { r = fmt.Sprint("recovered ", recover()) }()
	defer panic(fmt.Sprint("late ", n))
	n = 99
	return "normal"
}

func norecover() {
	defer func() { fmt.Println("outer got", recover()) }()
	defer recover()
	panic("not stopped by defer recover()")
}

func main() {
	ch := make(chan int, 4)
	closer(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	m := map[string]int{"a": 1, "b": 2}
	deleter(m, "a")
	fmt.Println(m)
	fmt.Println(panicker(7))
	norecover()
	x := 1
	defer println("deferred println", x)
	x = 2
	done := make(chan bool)
	go func() { defer close(done) }()
	<-done
	fmt.Println("end", x)
}

// Stderr: deferred println 1
// Output:
// got 1
// got 2
// before 2
// map[b:2]
// recovered late 7
// outer got not stopped by defer recover()
// end 2
