// Seed 0, "How does setting a channel to nil interact with select": once `in`
// is closed it is set to nil to disable its case; `out` is nil (disabled)
// while there is nothing buffered to send. The `// ...` body and the line
// enabling `out` are the only additions.
func next(buf []int) int {
	if len(buf) == 0 {
		return 0
	}
	return buf[0]
}

func relay(in <-chan int, outCh chan<- int) {
	var buf []int
	var out chan<- int
	for in != nil || out != nil {
		select {
		case v, ok := <-in:
			if !ok { in = nil; continue } // disable this case
			buf = append(buf, v)
			out = outCh
		case out <- next(buf):
			// ...
			buf = buf[1:]
			if len(buf) == 0 {
				out = nil
			}
		}
	}
	close(outCh)
}

in := make(chan int)
outCh := make(chan int)
go relay(in, outCh)
go func() {
	for i := 1; i <= 5; i++ {
		in <- i * 10
	}
	close(in)
}()
for v := range outCh {
	fmt.Println(v)
}

// Output:
// 10
// 20
// 30
// 40
// 50
