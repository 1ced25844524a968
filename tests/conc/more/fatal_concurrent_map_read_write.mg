package main

// One writer and several readers on one map: Go reports the conflict.
func main() {
	m := map[string]int{"a": 1}
	go func() {
		for i := 0; ; i++ {
			m["a"] = i
		}
	}()
	for g := 0; g < 3; g++ {
		go func() {
			s := 0
			for {
				s += m["a"]
			}
		}()
	}
	select {}
}

// Env: GOMAXPROCS=2
// Exit: 2
// Timeout: 20
// Stderr: ^fatal error: concurrent map (writes|read and map write|iteration and map write)$
