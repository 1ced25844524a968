// Package runtime, optional file "memstats" (lang/loader.c compiles it only into
// programs that name MemStats or ReadMemStats): the memory statistics, from the Boehm GC
// and the VM's allocation counters (stdlib/runtime.c). A run of such a program starts
// with a collection that sets the baseline HeapObjects is counted from.
package runtime

// A MemStats records statistics about the memory allocator (Go's fields and meanings).
// minigo fills them from the Boehm GC and from its own per-VM counters (ReadMemStats
// says which); fields Boehm has no counterpart for stay zero.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
//
// TotalAlloc and Mallocs count what this program (its VM) allocated. The heap figures are
// the Boehm heap's (one per process): HeapSys is its size, HeapIdle its free part
// (HeapReleased: returned to the OS), HeapAlloc = Alloc what is in use, Sys what the GC
// obtained from the OS, NumGC the collections so far, NextGC the heap size the next one
// is due at. HeapObjects counts the objects the last collection found reachable, less
// those that were reachable when the run began (the program's are counted, the
// compiler's and the runtime's are not), plus those allocated since when the program's
// own runtime.GC ran that collection; Frees is Mallocs - HeapObjects. NumForcedGC counts
// the program's runtime.GC calls.
func ReadMemStats(m *MemStats) {
	// (results, not a struct filled through a pointer: ReadMemStats allocates nothing)
	alloc, totalAlloc, sys, mallocs, frees, heapSys, heapIdle, heapReleased, heapObjects, nextGC, numGC, numForcedGC := readMemStats()
	m.Alloc = alloc
	m.TotalAlloc = totalAlloc
	m.Sys = sys
	m.Mallocs = mallocs
	m.Frees = frees
	m.HeapAlloc = alloc
	m.HeapSys = heapSys
	m.HeapIdle = heapIdle
	m.HeapInuse = heapSys - heapIdle
	m.HeapReleased = heapReleased
	m.HeapObjects = heapObjects
	m.NextGC = nextGC
	m.NumGC = uint32(numGC)
	m.NumForcedGC = uint32(numForcedGC)
	m.EnableGC = true
}

func readMemStats() (alloc, totalAlloc, sys, mallocs, frees, heapSys, heapIdle, heapReleased, heapObjects, nextGC, numGC, numForcedGC uint64)
