// Deadlock: upgrading an RWMutex read lock to a write lock.
package main

import (
	"fmt"
	"sync"
)

type Table struct {
	mu   sync.RWMutex
	rows map[string]int
}

func (t *Table) GetOrCreate(k string) int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	if v, ok := t.rows[k]; ok {
		return v
	}
	// lock upgrade: deadlocks, the read lock is still held
	t.mu.Lock()
	defer t.mu.Unlock()
	t.rows[k] = len(t.rows)
	return t.rows[k]
}

func main() {
	t := &Table{rows: map[string]int{"a": 0}}
	fmt.Println(t.GetOrCreate("a"))
	fmt.Println(t.GetOrCreate("b"))
}

// Output:
// 0
// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine [0-9]+ \[(semacquire|sync\.[A-Za-z]+\.[A-Za-z]+)\]:$
// Stderr: ^main\.\(\*Table\)\.GetOrCreate\(.*\)$
// Stderr: ^	.*deadlock_rwmutex_upgrade\.mg:21$
// Stderr: ^main\.main\(.*\)$
// Stderr: ^	.*deadlock_rwmutex_upgrade\.mg:30$
