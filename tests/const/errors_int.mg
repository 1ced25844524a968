package main

import "fmt"

const big = 1 << 100

var a int = 1 << 100 // ERROR "cannot use 1 << 100 \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
var b = int(1e100)   // ERROR "cannot convert 1e100 \(untyped float constant 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\) to type int"
var c = 1e100 >> 2   // ERROR "cannot use 1e100 >> 2 \(untyped int constant 2500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\) as int value in variable declaration \(overflows\)"
var f int64 = big * big // ERROR "cannot use big \* big \(untyped int constant 1606938044258990275541962092341162602522202993782792835301376\) as int64 value in variable declaration \(overflows\)"
var g = 1 << 600        // ERROR "constant shift overflow"
var h = 1 << 2000       // ERROR "invalid operation: invalid shift count 2000 \(untyped int constant\)"
var i = big * big * big * big * big * big // ERROR "constant multiplication overflow"
var k = uint64(-1)      // ERROR "cannot convert -1 \(untyped int constant\) to type uint64"

func main() {
	fmt.Println(big >> 100) // fine: the constant is 1
	fmt.Println(big)        // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in argument to fmt.Println \(overflows\)"
	_, _, _, _, _, _, _, _ = a, b, c, f, g, h, i, k
}
