package main

import "fmt"

var big = [40000]byte{1, 39999: 2}
var small = [5]uint16{1, 2, 3}
var gb = []bool{true, false, true}
var flag bool
var pflag = &flag
var bp = &big[39999]

type R struct {
	hdr [2]uint32
	n   int
}

var rs = [3]R{{hdr: [2]uint32{7, 8}}, {n: 2}}

func main() {
	*pflag = true
	*bp += 3
	small[4] = small[1] + small[2]
	fmt.Println(big[0], big[39999], small, gb, flag, rs)
	rs[1].hdr[1] = 99
	p := &rs[2].hdr[0]
	*p = 5
	fmt.Println(rs)
}

// Output:
// 1 5 [1 2 3 0 5] [true false true] true [{[7 8] 0} {[0 0] 2} {[0 0] 0}]
// [{[7 8] 0} {[0 99] 2} {[5 0] 0}]
