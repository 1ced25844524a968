// -race corpus, race-free: sync.Once: Do happens before every Do returns.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

var (
	once sync.Once
	conf map[string]string
)

func config() map[string]string {
	once.Do(func() { conf = map[string]string{"env": "prod"} })
	return conf
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = config()["env"]
		}()
	}
	wg.Wait()
	fmt.Println(config()["env"])
}

// Flags: -race
// Output:
// prod
