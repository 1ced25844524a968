// The channel fix of the seed's loop capture: each value travels over a
// channel instead of being shared: never reported.
ch := make(chan int)
for i := 0; i < 3; i++ {
    go func() {
        v := <-ch
        fmt.Println(v)
    }()
    ch <- i
}
time.Sleep(50 * time.Millisecond)

// Flags: -race
// Unordered output:
// 0
// 1
// 2
