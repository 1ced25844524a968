package main

// gc stops after ten errors and says so at the tenth.
func main() {
	a := 1 // ERROR "declared and not used: a|a declared but not used"
	b := 2 // ERROR "declared and not used: b|b declared but not used"
	c := 3 // ERROR "declared and not used: c|c declared but not used"
	d := 4 // ERROR "declared and not used: d|d declared but not used"
	e := 5 // ERROR "declared and not used: e|e declared but not used"
	f := 6 // ERROR "declared and not used: f|f declared but not used"
	g := 7 // ERROR "declared and not used: g|g declared but not used"
	h := 8 // ERROR "declared and not used: h|h declared but not used"
	i := 9 // ERROR "declared and not used: i|i declared but not used"
	j := 10 // ERROR "declared and not used: j|too many errors"
	k := 11
	l := 12
}
