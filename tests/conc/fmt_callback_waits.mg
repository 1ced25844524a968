package main

import (
	"fmt"
	"sync"
	"time"
)

// String and Error methods that wait, called by fmt: on a Mutex another
// goroutine holds, on a RWMutex a writer holds, on a WaitGroup. fmt calls them
// from its printing engine, yet they must wait like any other code.

type account struct {
	mu  sync.Mutex
	bal int
}

func (a *account) String() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return fmt.Sprintf("balance %d", a.bal)
}

type table struct {
	rw   sync.RWMutex
	rows []string
}

func (t *table) String() string {
	t.rw.RLock()
	defer t.rw.RUnlock()
	return fmt.Sprint(t.rows)
}

type job struct{ wg *sync.WaitGroup }

func (j job) Error() string {
	j.wg.Wait()
	return "job finished"
}

func main() {
	a := &account{bal: 10}
	a.mu.Lock()
	go func() {
		time.Sleep(30 * time.Millisecond)
		a.bal = 42
		a.mu.Unlock()
	}()
	fmt.Println(a)

	t := &table{}
	t.rw.Lock()
	go func() {
		time.Sleep(30 * time.Millisecond)
		t.rows = append(t.rows, "x", "y")
		t.rw.Unlock()
	}()
	fmt.Printf("%v\n", t)

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		time.Sleep(30 * time.Millisecond)
		wg.Done()
	}()
	var err error = job{&wg}
	fmt.Println("err:", err)
}

// Output:
// balance 42
// [x y]
// err: job finished
