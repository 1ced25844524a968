// Seed 0, "the leak with time.After": "For repeated use, create a
// time.NewTimer, Stop() and Reset() it".
ch := make(chan int, 1)
timer := time.NewTimer(time.Hour)
for i := 1; i <= 3; i++ {
	ch <- i
	if !timer.Stop() {
		<-timer.C
	}
	timer.Reset(time.Second)
	select {
	case v := <-ch:
		fmt.Println("use", v)
	case <-timer.C:
		fmt.Println("timeout")
	}
}
timer.Reset(20 * time.Millisecond)
select {
case v := <-ch:
	fmt.Println("use", v)
case <-timer.C:
	fmt.Println("timeout")
}
fmt.Println(timer.Stop())

// Output:
// use 1
// use 2
// use 3
// timeout
// false
