package main

import (
	"fmt"
	"os"
	"sync"
)

// Randomised channel networks: a fixed-seed generator builds producers,
// relays and consumers joined by buffered and unbuffered channels. Relays
// and consumers select over several inputs, replacing closed ones with nil
// channels; relays first try a non-blocking send (select with default).
// The expected count and checksums are computed from the generated values
// before anything runs, and compared with what the consumers saw.

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// relayed is what a relay does to a value; consumers check the result.
func relayed(v uint64) uint64 { return v*3 + 1 }

func mix(v uint64) uint64 {
	v ^= v >> 33
	v *= 0xff51afd7ed558ccd
	v ^= v >> 33
	return v
}

type result struct {
	count    int
	sum, xor uint64
}

func makeChans(r *rng, n int) []chan uint64 {
	cs := make([]chan uint64, n)
	for i := range cs {
		cs[i] = make(chan uint64, r.intn(4)) // capacity 0 (unbuffered) to 3
	}
	return cs
}

func network(seed uint64) (result, result) {
	r := &rng{seed}
	nProd := 2 + r.intn(6)
	nMid := 1 + r.intn(4)
	nRelay := nMid + r.intn(3)
	nOut := 1 + r.intn(3)
	nCons := nOut + r.intn(2)
	mid := makeChans(r, nMid)
	out := makeChans(r, nOut)

	var want result
	values := make([][]uint64, nProd)
	for p := range values {
		values[p] = make([]uint64, 50+r.intn(400))
		for i := range values[p] {
			v := r.next() >> 8
			values[p][i] = v
			want.count++
			want.sum += relayed(v)
			want.xor ^= mix(relayed(v))
		}
	}

	var prodWG, relayWG sync.WaitGroup
	for p := 0; p < nProd; p++ {
		a, b := mid[r.intn(nMid)], mid[r.intn(nMid)]
		var c chan uint64 // a nil third choice: never ready
		prodWG.Add(1)
		go func(vs []uint64) {
			defer prodWG.Done()
			for _, v := range vs {
				select {
				case a <- v:
				case b <- v:
				case c <- v:
				}
			}
		}(values[p])
	}
	go func() {
		prodWG.Wait()
		for _, c := range mid {
			close(c)
		}
	}()

	for i := 0; i < nRelay; i++ {
		in1, in2 := mid[i%nMid], mid[r.intn(nMid)]
		o1, o2 := out[r.intn(nOut)], out[r.intn(nOut)]
		relayWG.Add(1)
		go func() {
			defer relayWG.Done()
			for in1 != nil || in2 != nil {
				var v uint64
				var ok bool
				select {
				case v, ok = <-in1:
					if !ok {
						in1 = nil
						continue
					}
				case v, ok = <-in2:
					if !ok {
						in2 = nil
						continue
					}
				}
				v = relayed(v)
				select {
				case o1 <- v:
				default:
					select {
					case o1 <- v:
					case o2 <- v:
					}
				}
			}
		}()
	}
	go func() {
		relayWG.Wait()
		for _, c := range out {
			close(c)
		}
	}()

	results := make(chan result)
	for i := 0; i < nCons; i++ {
		in1, in2 := out[i%nOut], out[r.intn(nOut)]
		go func() {
			var got result
			for in1 != nil || in2 != nil {
				select {
				case v, ok := <-in1:
					if !ok {
						in1 = nil
						break
					}
					got.count++
					got.sum += v
					got.xor ^= mix(v)
				case v, ok := <-in2:
					if !ok {
						in2 = nil
						break
					}
					got.count++
					got.sum += v
					got.xor ^= mix(v)
				}
			}
			results <- got
		}()
	}
	var got result
	for i := 0; i < nCons; i++ {
		g := <-results
		got.count += g.count
		got.sum += g.sum
		got.xor ^= g.xor
	}
	return want, got
}

func main() {
	const networks = 150
	total := 0
	var check uint64
	for k := 0; k < networks; k++ {
		want, got := network(uint64(k)*0x9e3779b97f4a7c15 + 12345)
		if want != got {
			fmt.Printf("network %d: want %+v, got %+v\n", k, want, got)
			os.Exit(1)
		}
		total += got.count
		check = check*31 + got.sum ^ got.xor
	}
	fmt.Println("networks:", networks, "values:", total)
	fmt.Printf("checksum: %x\n", check)
	fmt.Println("all networks ok")
}

// Timeout: 30
// Output:
// networks: 150 values: 164611
// checksum: adf369d4ef82375f
// all networks ok
