package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"0", "-0", "+0", "1h", "1h30m", "-1.5h", "300ms", "2h45m10.5s", "1.5us", "1µs", "1μs", "100ns",
		".5s", "5.s", "1.000000001s", "1.0000000001s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"2562047h", "2562048h", "0.1h", "1h1m1s1ms1us1ns", "", "-", "abc", "1", "1x", "1.s2", ".s", "1m.", "1é", "-3h\x01", "10ss", "3 h", "h"} {
		d, err := time.ParseDuration(s)
		fmt.Println(int64(d), d, err)
	}
}

// Output:
// 0 0s <nil>
// 0 0s <nil>
// 0 0s <nil>
// 3600000000000 1h0m0s <nil>
// 5400000000000 1h30m0s <nil>
// -5400000000000 -1h30m0s <nil>
// 300000000 300ms <nil>
// 9910500000000 2h45m10.5s <nil>
// 1500 1.5µs <nil>
// 1000 1µs <nil>
// 1000 1µs <nil>
// 100 100ns <nil>
// 500000000 500ms <nil>
// 5000000000 5s <nil>
// 1000000001 1.000000001s <nil>
// 1000000000 1s <nil>
// 9223372036854775807 2562047h47m16.854775807s <nil>
// 0 0s time: invalid duration "9223372036854775808ns"
// -9223372036854775808 -2562047h47m16.854775808s <nil>
// 9223369200000000000 2562047h0m0s <nil>
// 0 0s time: invalid duration "2562048h"
// 360000000000 6m0s <nil>
// 3661001001001 1h1m1.001001001s <nil>
// 0 0s time: invalid duration ""
// 0 0s time: invalid duration "-"
// 0 0s time: invalid duration "abc"
// 0 0s time: missing unit in duration "1"
// 0 0s time: unknown unit "x" in duration "1x"
// 0 0s time: missing unit in duration "1.s2"
// 0 0s time: invalid duration ".s"
// 0 0s time: invalid duration "1m."
// 0 0s time: unknown unit "\xc3\xa9" in duration "1\xc3\xa9"
// 0 0s time: unknown unit "h\x01" in duration "-3h\x01"
// 0 0s time: unknown unit "ss" in duration "10ss"
// 0 0s time: unknown unit " h" in duration "3 h"
// 0 0s time: invalid duration "h"
