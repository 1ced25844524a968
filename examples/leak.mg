// leak: a goroutine leak, found with -leaks. search asks two replicas and
// takes the first answer; the loser's send on the unbuffered channel can never
// complete, so that goroutine lives until the program ends. Go would say
// nothing; `minigo run -leaks` lists it when main returns (exit status 3).
// The fix: make(chan string, 2) — the loser's send then lands in the buffer.
package main

import (
	"fmt"
	"time"
)

func replica(name string, d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- name
}

func search() string {
	out := make(chan string) // unbuffered: the slower replica leaks
	go replica("fast", 1*time.Millisecond, out)
	go replica("slow", 20*time.Millisecond, out)
	return <-out
}

func main() {
	fmt.Println("answer from", search())
	time.Sleep(50 * time.Millisecond) // the slow replica is now blocked for good
}

// Flags: -leaks
// Exit: 3
// Output:
// answer from fast
// Stderr: ^minigo: 1 goroutine still alive when main returned:$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.replica\(.*\)$
