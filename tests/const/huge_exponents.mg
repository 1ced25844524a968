package main

import "fmt"

const a = 1e4999
const b = 1.2345e-4999
const c = a * b * a * b / 3
const d = 1e4000
const e = 0x1p8191 * 2
const f = 1e-4950

func main() {
	fmt.Println(c, a*b, d/1e3990, e/0x1p8190, f*1e4950, 1e-3000*1e3000)
}

// Output:
// 0.50799675 1.2345 1e+10 4 1 1
