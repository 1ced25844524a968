package main

func main() {
	var x int
	var s string
	s = x // ERROR "cannot use x \(variable of type int\) as (type )?string( value)? in assignment"
	_ = s
}
