// Under -seed time is virtual: a sleep of hours returns at once, timers fire
// in order of their deadlines, and the clock reads the Go playground's epoch.
start := time.Now()
fmt.Println(start.UTC().Format("2006-01-02 15:04:05"))
done := make(chan string)
go func() {
	time.Sleep(2 * time.Hour)
	done <- "two hours"
}()
go func() {
	time.Sleep(time.Hour)
	done <- "one hour"
}()
fmt.Println(<-done)
fmt.Println(<-done)
select {
case <-time.After(24 * time.Hour):
	fmt.Println("a day later")
}
fmt.Println(time.Since(start).Round(time.Hour))

// Flags: -seed 5
// Timeout: 2
// Output:
// 2009-11-10 23:00:00
// one hour
// two hours
// a day later
// 26h0m0s
