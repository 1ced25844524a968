package main

func g() (int, int) { return 1, 2 }

func main() {
	var c, d string
	c, d = g() // ERROR "cannot use g\(\) \(value of type int\) as (type )?string( value)? in assignment"
	_, _ = c, d
}
