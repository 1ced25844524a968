package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 100 * time.Millisecond,
		999999999, time.Second, 1500 * time.Millisecond, 2 * time.Minute, time.Hour, -2 * time.Second,
		90 * time.Minute, 1<<63 - 1, -1 << 63, 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond,
		-1, -1500, 123456789, 61 * time.Second, 24 * time.Hour, time.Microsecond, 1234 * time.Microsecond}
	for _, d := range ds {
		fmt.Println(d.String(), d, int64(d), d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds())
		fmt.Println(d.Round(time.Second), d.Truncate(time.Millisecond), d.Round(7*time.Microsecond), d.Abs())
	}
	fmt.Printf("%v %s %d\n", time.Second, 3*time.Millisecond, time.Minute)
	t0 := time.Unix(1700000000, 123456789).UTC()
	fmt.Println(t0)
	fmt.Println(t0.Format(time.RFC3339), t0.Format(time.RFC3339Nano), t0.Format("15:04:05"), t0.Format("2006-01-02"), t0.Format("2006-01-02 15:04:05"))
	fmt.Println(t0.Format(time.ANSIC), t0.Format(time.Kitchen), t0.Format(time.RFC1123), t0.Format(time.StampMilli), t0.Format("Monday January _2 3:4:5 pm .000 ,999 -07:00 Z0700"))
	fmt.Println(t0.Unix(), t0.UnixNano(), t0.UnixMilli(), t0.UnixMicro())
	t1 := t0.Add(90 * time.Minute)
	fmt.Println(t1.Sub(t0), t0.Sub(t1), t1.After(t0), t1.Before(t0), t1.Equal(t0), t0.Equal(t0))
	fmt.Println(t1.Year(), t1.Month(), t1.Day(), t1.Hour(), t1.Minute(), t1.Second(), t1.Nanosecond(), t1.Weekday(), t1.YearDay())
	fmt.Println(t0.Truncate(time.Hour), t0.Round(time.Minute), t0.Round(7*time.Millisecond))
	d := time.Date(2024, time.February, 29, 23, 59, 60, 5, time.UTC)
	fmt.Println(d, d.AddDate(0, 1, 1), d.IsZero(), time.Time{}.IsZero(), time.Time{})
	fmt.Println(time.Month(13), time.Weekday(3), time.UnixMilli(1500).UTC(), time.Unix(-1, -5).UTC())
	now := time.Now()
	later := now.Add(time.Second)
	fmt.Println(later.Sub(now), time.Since(now) < time.Second, time.Until(later) > 0)
	var zero time.Time
	fmt.Println(zero.Unix(), zero.Location(), t0.Location(), time.Local)
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(time.Since(start) >= 10*time.Millisecond)
}

// Output:
// 0s 0s 0 0 0 0 0 0
// 0s 0s 0s 0s
// 1ns 1ns 1 1e-09 1.6666666666666667e-11 2.777777777777778e-13 0 0
// 0s 0s 0s 1ns
// 999ns 999ns 999 9.99e-07 1.665e-08 2.775e-10 0 0
// 0s 0s 0s 999ns
// 1µs 1µs 1000 1e-06 1.6666666666666667e-08 2.7777777777777777e-10 0 1
// 0s 0s 0s 1µs
// 1.001µs 1.001µs 1001 1.001e-06 1.6683333333333334e-08 2.7805555555555556e-10 0 1
// 0s 0s 0s 1.001µs
// 1.5µs 1.5µs 1500 1.5e-06 2.5e-08 4.166666666666667e-10 0 1
// 0s 0s 0s 1.5µs
// 999.999µs 999.999µs 999999 0.000999999 1.666665e-05 2.777775e-07 0 999
// 0s 0s 1.001ms 999.999µs
// 1ms 1ms 1000000 0.001 1.6666666666666667e-05 2.7777777777777776e-07 1 1000
// 0s 1ms 1.001ms 1ms
// 1.5ms 1.5ms 1500000 0.0015 2.5e-05 4.1666666666666667e-07 1 1500
// 0s 1ms 1.498ms 1.5ms
// 100ms 100ms 100000000 0.1 0.0016666666666666668 2.777777777777778e-05 100 100000
// 0s 100ms 100.002ms 100ms
// 999.999999ms 999.999999ms 999999999 0.999999999 0.01666666665 0.0002777777775 999 999999
// 1s 999ms 999.999ms 999.999999ms
// 1s 1s 1000000000 1 0.016666666666666666 0.0002777777777777778 1000 1000000
// 1s 1s 999.999ms 1s
// 1.5s 1.5s 1500000000 1.5 0.025 0.0004166666666666667 1500 1500000
// 2s 1.5s 1.500002s 1.5s
// 2m0s 2m0s 120000000000 120 2 0.03333333333333333 120000 120000000
// 2m0s 2m0s 1m59.999999s 2m0s
// 1h0m0s 1h0m0s 3600000000000 3600 60 1 3600000 3600000000
// 1h0m0s 1h0m0s 59m59.999998s 1h0m0s
// -2s -2s -2000000000 -2 -0.03333333333333333 -0.0005555555555555556 -2000 -2000000
// -2s -2s -1.999998s 2s
// 1h30m0s 1h30m0s 5400000000000 5400 90 1.5 5400000 5400000000
// 1h30m0s 1h30m0s 1h29m59.999997s 1h30m0s
// 2562047h47m16.854775807s 2562047h47m16.854775807s 9223372036854775807 9.223372036854776e+09 1.5372286728091294e+08 2.5620477880152157e+06 9223372036854 9223372036854775
// 2562047h47m16.854775807s 2562047h47m16.854s 2562047h47m16.854773s 2562047h47m16.854775807s
// -2562047h47m16.854775808s -2562047h47m16.854775808s -9223372036854775808 -9.223372036854776e+09 -1.5372286728091294e+08 -2.5620477880152157e+06 -9223372036854 -9223372036854775
// -2562047h47m16.854775808s -2562047h47m16.854s -2562047h47m16.854773s 2562047h47m16.854775807s
// 3h25m45.5s 3h25m45.5s 12345500000000 12345.5 205.75833333333333 3.4293055555555556 12345500 12345500000
// 3h25m46s 3h25m45.5s 3h25m45.499999s 3h25m45.5s
// -1ns -1ns -1 -1e-09 -1.6666666666666667e-11 -2.777777777777778e-13 0 0
// 0s 0s 0s 1ns
// -1.5µs -1.5µs -1500 -1.5e-06 -2.5e-08 -4.166666666666667e-10 0 -1
// 0s 0s 0s 1.5µs
// 123.456789ms 123.456789ms 123456789 0.123456789 0.00205761315 3.42935525e-05 123 123456
// 0s 123ms 123.459ms 123.456789ms
// 1m1s 1m1s 61000000000 61 1.0166666666666666 0.016944444444444446 61000 61000000
// 1m1s 1m1s 1m1.000002s 1m1s
// 24h0m0s 24h0m0s 86400000000000 86400 1440 24 86400000 86400000000
// 24h0m0s 24h0m0s 24h0m0.000001s 24h0m0s
// 1µs 1µs 1000 1e-06 1.6666666666666667e-08 2.7777777777777777e-10 0 1
// 0s 0s 0s 1µs
// 1.234ms 1.234ms 1234000 0.001234 2.0566666666666667e-05 3.4277777777777777e-07 1 1234
// 0s 1ms 1.232ms 1.234ms
// 1s 3ms 60000000000
// 2023-11-14 22:13:20.123456789 +0000 UTC
// 2023-11-14T22:13:20Z 2023-11-14T22:13:20.123456789Z 22:13:20 2023-11-14 2023-11-14 22:13:20
// Tue Nov 14 22:13:20 2023 10:13PM Tue, 14 Nov 2023 22:13:20 UTC Nov 14 22:13:20.123 Tuesday November 14 10:13:20 pm .123 ,123 +00:00 Z
// 1700000000 1700000000123456789 1700000000123 1700000000123456
// 1h30m0s -1h30m0s true false false true
// 2023 November 14 23 43 20 123456789 Tuesday 318
// 2023-11-14 22:00:00 +0000 UTC 2023-11-14 22:13:00 +0000 UTC 2023-11-14 22:13:20.122 +0000 UTC
// 2024-03-01 00:00:00.000000005 +0000 UTC 2024-04-02 00:00:00.000000005 +0000 UTC false true 0001-01-01 00:00:00 +0000 UTC
// %!Month(13) Wednesday 1970-01-01 00:00:01.5 +0000 UTC 1969-12-31 23:59:58.999999995 +0000 UTC
// 1s true true
// -62135596800 UTC UTC Local
// true
