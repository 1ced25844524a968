// A correct program has one outcome under every schedule: a mutex-guarded
// counter, a channel pipeline and a select that always finds its case.
var mu sync.Mutex
var wg sync.WaitGroup
n := 0
for i := 0; i < 4; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for j := 0; j < 10; j++ {
			mu.Lock()
			n++
			mu.Unlock()
		}
	}()
}
wg.Wait()
c := make(chan int)
go func() {
	for i := 1; i <= 3; i++ {
		c <- i * i
	}
	close(c)
}()
sum := 0
for v := range c {
	sum += v
}
done := make(chan bool, 1)
done <- true
select {
case <-done:
	fmt.Println(n, sum, "done")
case <-time.After(time.Hour):
	fmt.Println("timeout")
}

// Flags: -explore 30
// Output:
// explore: 30 schedules of tests/explore/correct_one_outcome.mg, 1 distinct outcome
// --- 30 of 30 runs (-seed 1): exit 0
//     40 14 done
