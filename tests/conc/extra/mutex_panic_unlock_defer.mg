// Deferred Unlock with panics recovered into errors under contention; the mutex ends unlocked.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

var ErrFunds = errors.New("insufficient funds")

func (a *Account) Withdraw(n int) (err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("withdraw %d: %v", n, r)
		}
	}()
	if n > a.balance {
		panic(ErrFunds)
	}
	a.balance -= n
	return nil
}

func main() {
	a := &Account{balance: 100}
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := a.Withdraw(15); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	n := 0
	var last error
	for e := range errs {
		n++
		last = e
	}
	fmt.Println("balance", a.balance, "failures", n, last)
	// The mutex is unlocked after all those panics.
	fmt.Println("trylock:", a.mu.TryLock())
	a.mu.Unlock()
}

// Output:
// balance 10 failures 14 withdraw 15: insufficient funds
// trylock: true
