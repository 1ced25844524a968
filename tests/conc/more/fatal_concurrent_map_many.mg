package main

// Many goroutines writing one map with no lock: Go detects it and dies with
// a fatal error (not a recoverable panic).
func main() {
	m := map[int]int{}
	for g := 0; g < 8; g++ {
		go func(g int) {
			defer func() { recover() }()
			for i := 0; ; i++ {
				m[i%512] = g
				delete(m, (i+256)%512)
			}
		}(g)
	}
	select {}
}

// Env: GOMAXPROCS=2
// Exit: 2
// Timeout: 20
// Stderr: ^fatal error: concurrent map (writes|read and map write)$
