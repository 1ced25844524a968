package main

import "fmt"

func main() {
	var i, j int
	var s string
	var f float64
	var b bool
	var u uint
	var i8 int8
	var r rune
	n, err := fmt.Sscan("12 abc 3.5 true", &i, &s, &f, &b)
	fmt.Println(n, err, i, s, f, b)
	n, err = fmt.Sscan("  7\n\n 8  ", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscan("5", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("   ", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 0b101 017 -0o17 1_000", &i, &j, &u, &i8, &f)
	fmt.Println(n, err, i, j, u, i8, f)
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("-5", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("tru", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("T F 1 0 FALSE", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("1e3 -2.5E-1 inf NaN 0x1p4", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("abc", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanln("1 2\n3", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("1\n2", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("1 2 3", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("4 5  \n", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("10-20", "%d-%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("name: bob age: 42", "name: %s age: %d", &s, &i)
	fmt.Println(n, err, s, i)
	n, err = fmt.Sscanf("12345", "%2d%3d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("ff 0x10", "%x %v", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf(`"hello\tworld" x`, "%q %c", &s, &r)
	fmt.Printf("%d %v %q %q\n", n, err, s, r)
	n, err = fmt.Sscanf("`raw str`", "%q", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("1,2", "%d %d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d,%d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("3.25", "%f", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("3.25", "%d", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("abc", "%d", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%d%", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("héllo wörld", "%c%c%s", &r, &r, &s)
	fmt.Println(n, err, string(r), s)
	n, err = fmt.Sscanf("true", "%t", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscanf("true", "%d", &b)
	fmt.Println(n, err, b)
	var bs []byte
	var i64 int64
	var u64 uint64
	var f32 float32
	n, err = fmt.Sscan("bytes -9223372036854775808 18446744073709551615 1.5", &bs, &i64, &u64, &f32)
	fmt.Println(n, err, string(bs), i64, u64, f32)
	type myInt int
	var mi myInt
	n, err = fmt.Sscan("5", &mi)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", i)
	fmt.Println(n, err)
	n, err = fmt.Scan(&i)
	fmt.Println(n, err)
	n, err = fmt.Scanln(&i)
	fmt.Println(n, err)
	n, err = fmt.Scanf("%d", &i)
	fmt.Println(n, err)
}

// Output:
// 4 <nil> 12 abc 3.5 true
// 2 <nil> 7 8
// 1 EOF
// 0 EOF
// 0 EOF
// 0 expected integer
// 5 <nil> 31 5 15 -15 1000
// 0 integer overflow on token 300 -15
// 0 expected integer 15
// 0 strconv.ParseInt: parsing "99999999999999999999": value out of range
// 0 syntax error scanning boolean true
// 1 <nil> true
// 1 <nil> 1000
// 0 strconv.ParseFloat: parsing "": invalid syntax 1000
// 2 <nil> 1 2
// 1 unexpected newline 1 2
// 2 expected newline 1 2
// 2 <nil> 4 5
// 2 <nil> 10 20
// 2 <nil> bob 42
// 2 <nil> 12 345
// 2 <nil> def
// 2 <nil> 255 16
// 2 <nil> "hello\tworld" 'x'
// 1 <nil> raw str
// 1 <nil> hello
// 1 expected space in input to match format
// 1 input does not match format
// 1 EOF
// 1 too many operands
// 2 too few operands for format '%d'
// 1 <nil> 50
// 1 <nil> 3.25
// 0 bad verb '%d' for float64 3.25
// 0 bad verb '%d' for string hello
// 1 newline in input does not match format
// 2 <nil> 1 2
// 1 newline in format does not match input
// 1 missing verb: % at end of format string
// 3 <nil> é llo
// 1 <nil> true
// 0 bad verb '%d' for boolean true
// 4 <nil> bytes -9223372036854775808 18446744073709551615 1.5
// 1 <nil>
// 0 type not a pointer: int
// 0 EOF
// 0 EOF
// 0 EOF
