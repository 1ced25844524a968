package main

import (
	"errors"
	"fmt"
)

// A native that calls back into bytecode (fmt calling String, Errorf's %w) may
// grow the goroutine's frame array; the caller's frame must carry on from the
// right place afterwards (a stale saved pc once re-ran code after the next call).

type T int

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + deep(n-1)
}

func (t T) String() string { return fmt.Sprint(deep(int(t))) }

var errMissing = errors.New("missing")

func server(id int, done chan bool) {
	for i := 0; i < 2; i++ {
		e := fmt.Errorf("%w", errMissing)
		fmt.Println(id, "A", i)
		fmt.Sprint(1)
		fmt.Println(id, "B", i, errors.Is(e, errMissing))
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go func() {
		s := fmt.Sprint(T(50))
		fmt.Println("after Sprint", s)
		fmt.Sprint(1)
		fmt.Println("after second call")
		done <- true
	}()
	<-done
	go server(1, done)
	<-done
	server(2, make(chan bool, 1))
}

// Output:
// after Sprint 50
// after second call
// 1 A 0
// 1 B 0 true
// 1 A 1
// 1 B 1 true
// 2 A 0
// 2 B 0 true
// 2 A 1
// 2 B 1 true
