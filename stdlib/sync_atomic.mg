// Package atomic (import path sync/atomic): low-level atomic memory
// primitives. Bodyless functions and methods are natives in
// stdlib/sync_atomic.c; they are true atomics across threads. Each typed
// wrapper keeps its value in its first (only) field, so the receiver pointer
// is the word the native operates on.
package atomic

func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)

func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)

func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct{ v int32 }

func (x *Int32) Load() int32
func (x *Int32) Store(val int32)
func (x *Int32) Swap(new int32) (old int32)
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool)
func (x *Int32) Add(delta int32) (new int32)

// An Int64 is an atomic int64. The zero value is zero.
type Int64 struct{ v int64 }

func (x *Int64) Load() int64
func (x *Int64) Store(val int64)
func (x *Int64) Swap(new int64) (old int64)
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool)
func (x *Int64) Add(delta int64) (new int64)

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct{ v uint32 }

func (x *Uint32) Load() uint32
func (x *Uint32) Store(val uint32)
func (x *Uint32) Swap(new uint32) (old uint32)
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool)
func (x *Uint32) Add(delta uint32) (new uint32)

// A Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct{ v uint64 }

func (x *Uint64) Load() uint64
func (x *Uint64) Store(val uint64)
func (x *Uint64) Swap(new uint64) (old uint64)
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool)
func (x *Uint64) Add(delta uint64) (new uint64)

// A Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct{ v uintptr }

func (x *Uintptr) Load() uintptr
func (x *Uintptr) Store(val uintptr)
func (x *Uintptr) Swap(new uintptr) (old uintptr)
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool)
func (x *Uintptr) Add(delta uintptr) (new uintptr)

// A Bool is an atomic boolean value. The zero value is false.
type Bool struct{ v bool }

func (x *Bool) Load() bool
func (x *Bool) Store(val bool)
func (x *Bool) Swap(new bool) (old bool)
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool)

// A Value provides an atomic load and store of a consistently typed value.
// The interface (two words) sits in an immutable box; the box pointer is the
// one word swapped atomically.
type Value struct{ p *valueBox }

type valueBox struct{ v any }

func loadBox(addr **valueBox) *valueBox
func storeBox(addr **valueBox, b *valueBox)
func swapBox(addr **valueBox, b *valueBox) *valueBox
func casBox(addr **valueBox, old, new *valueBox) bool
func efaceType(x any) uintptr

// Load returns the value set by the most recent Store, or nil if there has
// been no call to Store for this Value.
func (v *Value) Load() (val any) {
	b := loadBox(&v.p)
	if b == nil {
		return nil
	}
	return b.v
}

// Store sets the value of the Value v to val.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	nb := &valueBox{val}
	for {
		old := loadBox(&v.p)
		if old != nil && efaceType(old.v) != efaceType(val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		if casBox(&v.p, old, nb) {
			return
		}
	}
}

// Swap stores new into Value and returns the previous value, or nil if the
// Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	nb := &valueBox{new}
	for {
		ob := loadBox(&v.p)
		if ob != nil && efaceType(ob.v) != efaceType(new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		if casBox(&v.p, ob, nb) {
			if ob == nil {
				return nil
			}
			return ob.v
		}
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && efaceType(old) != efaceType(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	nb := &valueBox{new}
	for {
		ob := loadBox(&v.p)
		if ob == nil {
			if old != nil {
				return false
			}
			if casBox(&v.p, nil, nb) {
				return true
			}
			continue
		}
		if efaceType(ob.v) != efaceType(new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		if ob.v != old {
			return false
		}
		if casBox(&v.p, ob, nb) {
			return true
		}
	}
}
