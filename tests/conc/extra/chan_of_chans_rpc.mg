// Request/reply over a channel of structs carrying reply channels; a quit channel of channels.
package main

import (
	"errors"
	"fmt"
)

type request struct {
	key   string
	reply chan response
}

type response struct {
	val int
	err error
}

var errMissing = errors.New("missing key")

func server(reqs <-chan request, quit chan chan int) {
	store := map[string]int{"a": 1, "b": 2}
	served := 0
	for {
		select {
		case r := <-reqs:
			served++
			if v, ok := store[r.key]; ok {
				r.reply <- response{val: v}
			} else {
				r.reply <- response{err: fmt.Errorf("lookup %q: %w", r.key, errMissing)}
			}
		case q := <-quit:
			q <- served
			return
		}
	}
}

func main() {
	reqs := make(chan request)
	quit := make(chan chan int)
	go server(reqs, quit)
	for _, k := range []string{"a", "z", "b"} {
		rc := make(chan response, 1)
		reqs <- request{k, rc}
		resp := <-rc
		fmt.Println(k, resp.val, resp.err, errors.Is(resp.err, errMissing))
	}
	ack := make(chan int)
	quit <- ack
	fmt.Println("served", <-ack)
}

// Output:
// a 1 <nil> false
// z 0 lookup "z": missing key true
// b 2 <nil> false
// served 3
