package main

import "time"

func worker(c chan int) {
	c <- 1
}

func main() {
	c := make(chan int)
	var nilc chan string
	go worker(c)
	go func() {
		<-nilc
	}()
	time.Sleep(20 * time.Millisecond)
	var m sync
	m.wait()
}

type sync struct{ c chan bool }

func (s *sync) wait() {
	s.c <- true
}

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan send \(nil chan\)\]:$
// Stderr: ^main\.\(\*sync\)\.wait\(\.\.\.\)$
// Stderr: ^	.*deadlock_goroutines\.mg:24$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*deadlock_goroutines\.mg:18$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.worker\(\.\.\.\)$
// Stderr: ^	.*deadlock_goroutines\.mg:6$
// Stderr: ^created by main\.main$
// Stderr: ^	.*deadlock_goroutines\.mg:12$
// Stderr: ^goroutine [0-9]+ \[chan receive \(nil chan\)\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*deadlock_goroutines\.mg:14$
// Stderr: ^	.*deadlock_goroutines\.mg:13$
