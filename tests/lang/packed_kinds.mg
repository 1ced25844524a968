package main

import "fmt"

type B byte

func (b B) Double() B { return b * 2 }

func (b *B) Inc() { *b++ }

type Flags [3]bool

func main() {
	// every element kind, packed or not
	bs := []bool{true, false, true}
	u8 := []uint8{0, 127, 255}
	i8 := []int8{-128, -1, 127}
	u16 := []uint16{0, 65535, 4660}
	i16 := []int16{-32768, -1, 32767}
	u32 := []uint32{0, 4294967295, 305419896}
	i32 := []int32{-2147483648, -1, 2147483647}
	rs := []rune{'a', 'é', '世'}
	f32 := []float32{1.5, -0.25, 3.4028235e38}
	fmt.Println(bs, u8, i8, u16, i16, u32, i32, rs, f32)

	// overflow wraps on store, loads extend
	u8[2]++
	i8[2]++
	u16[1] += 2
	i16[2]++
	u32[1] += 3
	i32[2]++
	fmt.Println(u8[2], i8[2], u16[1], i16[2], u32[1], i32[2])
	i8[0]--
	fmt.Println(i8[0], int(i8[0])*2, int(i8[1])<<2)
	var x uint8 = 200
	u8[0] = x + 100
	fmt.Println(u8[0], int(u8[0])+1, u8[0] > 40, u8[0]^0xff)
	u16[0] = 1 << 15
	fmt.Println(u16[0]<<1, u16[0]>>15, int64(u16[0])*4)
	u32[0] = 1 << 31
	fmt.Println(u32[0]*2, uint64(u32[0])*2, -u32[0])
	bs[1] = !bs[0]
	bs[2] = u8[0] == 44
	fmt.Println(bs, len(bs), cap(bs))

	// zero values
	z := make([]uint16, 3, 10)
	fmt.Println(z, len(z), cap(z))
	var za [5]bool
	var zu [2]uint32
	fmt.Println(za, zu)

	// named element types and methods through element pointers
	nb := []B{1, 2, 3}
	nb[1].Inc()
	p := &nb[2]
	p.Inc()
	fmt.Println(nb, nb[0].Double(), p.Double())
	f := p.Double
	nb[2] = 100
	fmt.Println(f(), (*B).Double(&nb[2]))
	var fl Flags
	fl[1] = true
	fmt.Println(fl, fl == Flags{false, true, false})

	// conversions of elements
	fmt.Println(int8(u8[1]+1), uint16(i16[0]), uint32(i32[0]), byte(u16[2]), float32(u32[2]))
}

// Output:
// [true false true] [0 127 255] [-128 -1 127] [0 65535 4660] [-32768 -1 32767] [0 4294967295 305419896] [-2147483648 -1 2147483647] [97 233 19990] [1.5 -0.25 3.4028235e+38]
// 0 -128 1 -32768 2 -2147483648
// 127 254 -4
// 44 45 true 211
// 0 1 131072
// 0 4294967296 2147483648
// [true false true] 3 3
// [0 0 0] 3 10
// [false false false false false] [0 0]
// [1 3 4] 2 8
// 8 200
// [false true false] true
// -128 32768 2147483648 52 3.054199e+08
