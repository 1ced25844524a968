// runtime.ReadMemStats: Mallocs and TotalAlloc count this program's allocations exactly
// (ReadMemStats itself allocates nothing), a collection frees garbage (HeapObjects falls
// back, Frees grows), NumGC and NumForcedGC count collections, and the heap figures add up
// as Go's do.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b, c, d int64 }

var keep []*T

func garbage(n int) {
	for i := 0; i < n; i++ {
		keep[i%10] = new(T)
	}
}

func main() {
	keep = make([]*T, 100)
	var m0, m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m0)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		keep[i] = new(T)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("ReadMemStats allocates:", m1.Mallocs-m0.Mallocs)
	fmt.Println("mallocs for 100 new(T):", m2.Mallocs-m1.Mallocs)
	fmt.Println("bytes at least 100*32:", m2.TotalAlloc-m1.TotalAlloc >= 100*32)

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	garbage(20000)
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("garbage collected:", int64(after.HeapObjects)-int64(before.HeapObjects) < 1000)
	fmt.Println("frees grew:", after.Frees-before.Frees >= 19000)
	fmt.Println("frees = mallocs - objects:", after.Frees == after.Mallocs-after.HeapObjects)
	fmt.Println("collections counted:", after.NumGC > before.NumGC, after.NumForcedGC-before.NumForcedGC)
	fmt.Println("heap adds up:", after.HeapInuse == after.HeapSys-after.HeapIdle,
		after.HeapAlloc == after.Alloc, after.HeapReleased <= after.HeapIdle)
	fmt.Println("sys covers heap:", after.Sys >= after.HeapInuse, after.EnableGC)
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate)
}

// Output:
// ReadMemStats allocates: 0
// mallocs for 100 new(T): 100
// bytes at least 100*32: true
// garbage collected: true
// frees grew: true
// frees = mallocs - objects: true
// collections counted: true 1
// heap adds up: true true true
// sys covers heap: true true
// 0
