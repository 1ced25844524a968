// An untyped constant or nil assigned to the blank identifier: gc names the
// target ("assignment to _ identifier"); in := it says "assignment".
package main

func main() {
	const big = 1e100 >> 2
	_ = big // ERROR "cannot use big \(untyped int constant 2500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\) as int value in assignment to _ identifier \(overflows\)"
	_, _ = 1<<70, 2 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in assignment to _ identifier \(overflows\)"
	_ = nil // ERROR "use of untyped nil in assignment to _ identifier"
	_, a := 1<<70, 1 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in assignment \(overflows\)"
	_ = a
}
