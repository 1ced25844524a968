package main

func main() {
	m := map[string]int{}
	var e string
	var ok bool
	e, ok = m["a"] // ERROR "cannot use m\[\"a\"\] \(value of type int\) as (type )?string( value)? in assignment"
	_, _ = e, ok
}
