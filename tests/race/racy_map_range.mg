// -race corpus, racy: ranging over a map while main inserts.
// Go 1.19's go run -race reports it too (exit status 66).
package main


func main() {
	m := map[int]int{1: 1, 2: 2}
	done := make(chan bool)
	go func() {
		for k := range m {
			_ = k
		}
		done <- true
	}()
	m[3] = 3
	<-done
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
