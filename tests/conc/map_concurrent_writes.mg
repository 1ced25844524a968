package main

// Two goroutines writing one map: Go's fatal error, never a corrupted VM.
func main() {
	m := map[int]int{}
	for g := 0; g < 2; g++ {
		go func(g int) {
			for i := 0; ; i++ {
				m[i%1000] = g
			}
		}(g)
	}
	select {}
}

// Env: GOMAXPROCS=2
// Exit: 2
// Stderr: ^fatal error: concurrent map (writes|read and map write)$
