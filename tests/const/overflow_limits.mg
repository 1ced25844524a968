package main

// gc's limits on untyped constants: 512-bit integers, shift counts up to 1074.

const MaxInt512 = (1<<256 - 1) * (1<<256 + 1)
const _ = MaxInt512 + 1  // ERROR "constant addition overflow"
const _ = MaxInt512 ^ -1 // ERROR "constant bitwise XOR overflow"
const _ = ^MaxInt512     // ERROR "constant bitwise complement overflow"
const _ = MaxInt512 - MaxInt512 + MaxInt512>>511 // fine: 1

const LargeA = 1000000000000000000
const LargeB = LargeA * LargeA * LargeA
const LargeC = LargeB * LargeB * LargeB // ERROR "constant multiplication overflow"

const AlsoLargeA = LargeA << 400 << 400 >> 400 >> 400 // ERROR "constant shift overflow"
const Fine = LargeA << 400 >> 400                     // fine

const a = 1e+500000000
const b = a * a // ERROR "constant result is not representable"

func main() {
	println(Fine == LargeA)
}
