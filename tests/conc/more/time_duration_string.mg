package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond,
		1234567 * time.Nanosecond, time.Second, 1500 * time.Millisecond,
		time.Minute, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-time.Second, -1, 100 * time.Hour, 1<<63 - 1, -1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d, d.String() == fmt.Sprint(d))
	}
	fmt.Printf("%v %s %d\n", 2*time.Second, 3*time.Millisecond, time.Microsecond)
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), (1499 * time.Millisecond).Round(time.Second))
}

// Output:
// 0s true
// 1ns true
// 999ns true
// 1µs true
// 1.5µs true
// 1ms true
// 1.234567ms true
// 1s true
// 1.5s true
// 1m0s true
// 1m30s true
// 1h2m3.004s true
// -1s true
// -1ns true
// 100h0m0s true
// 2562047h47m16.854775807s true
// -2562047h47m16.854775808s true
// 2s 3ms 1000
// 1.5083333333333333 90.5 5430 5430000 5430000000 5430000000000
// 2h0m0s 1h0m0s 1s
