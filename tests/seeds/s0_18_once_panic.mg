// Seed 0, "What does sync.Once guarantee?": "If the function panics, Once still
// considers it done and won't retry".
var once sync.Once

func try(msg string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	once.Do(f)
	fmt.Println(msg)
}

try("first returned", func() { panic("connect failed") })
try("second returned", func() { fmt.Println("never retried") })

// Output:
// recovered: connect failed
// second returned
