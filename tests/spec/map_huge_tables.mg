package main

// Maps big enough that their tables take the huge-page path of the allocator
// (4 MiB and more, not zeroed by the collector, zeroed by the map): what they
// hold must survive collections when only the map refers to it, and growing,
// deleting and ranging over them keep Go's semantics.

import (
	"fmt"
	"math"
	"runtime"
	"strconv"
)

type node struct {
	id   int
	name string
}

type skey struct {
	s string
	n int
}

func main() {
	const n = 120000

	// Keys and values are reachable only through the map's table.
	m := map[string]*node{}
	for i := 0; i < n; i++ {
		m["k"+strconv.Itoa(i)] = &node{i, "v" + strconv.Itoa(i)}
		if i%50000 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	runtime.GC()
	bad := 0
	for i := 0; i < n; i++ {
		v, ok := m["k"+strconv.Itoa(i)]
		if !ok || v.id != i || v.name != "v"+strconv.Itoa(i) {
			bad++
		}
	}
	fmt.Println("strings", len(m), bad)

	// Growth during range: every entry there at the start and never deleted is
	// produced exactly once, with its current value.
	seen := make(map[string]int, n)
	added := 0
	for k, v := range m {
		seen[k]++
		if v.id >= 0 && v.name != "v"+strconv.Itoa(v.id) {
			bad++
		}
		if added < 3*n {
			for j := 0; j < 3; j++ {
				m["new"+strconv.Itoa(added)] = &node{-1, "x"}
				added++
			}
		}
	}
	missing, twice := 0, 0
	for i := 0; i < n; i++ {
		c := seen["k"+strconv.Itoa(i)]
		if c == 0 {
			missing++
		} else if c > 1 {
			twice++
		}
	}
	for _, c := range seen {
		if c > 1 {
			twice++
		}
	}
	fmt.Println("grow-range", len(m), missing, twice, bad)

	// Deleting during range: a deleted entry not yet reached is not produced.
	ints := map[int]int{}
	for i := 0; i < n; i++ {
		ints[i*7] = i
	}
	produced := 0
	for k := range ints {
		produced++
		delete(ints, k)
		delete(ints, k^7) // maybe an entry not yet reached
	}
	fmt.Println("delete-range", len(ints), produced <= n)

	// Float keys in a big table: +0 and -0 are one key, NaNs are all distinct.
	f := map[float64]int{}
	for i := 0; i < n; i++ {
		f[float64(i)/2] = i
	}
	f[math.Copysign(0, -1)] = -5
	for i := 0; i < 1000; i++ {
		f[math.NaN()] = i
	}
	nan := 0
	for k, v := range f {
		if k != k {
			nan++
			delete(f, k) // a no-op: NaN never matches
			_ = v
		}
	}
	fmt.Println("floats", len(f), f[0], nan, f[12345.5])

	// Struct keys holding strings: hashed generically, scanned by the collector.
	s := map[skey]int{}
	for i := 0; i < n; i++ {
		s[skey{"s" + strconv.Itoa(i%1000), i}] = i
	}
	runtime.GC()
	sum := 0
	for i := 0; i < n; i += 997 {
		sum += s[skey{"s" + strconv.Itoa(i%1000), i}]
	}
	fmt.Println("structs", len(s), sum)

	// Emptied and refilled.
	for k := range s {
		delete(s, k)
	}
	s[skey{"a", 1}] = 1
	fmt.Println("refill", len(s), s[skey{"a", 1}])
}

// Output:
// strings 120000 0
// grow-range 480000 0 0 0
// delete-range 0 true
// floats 121000 -5 1000 24691
// structs 120000 7238220
// refill 1 1
