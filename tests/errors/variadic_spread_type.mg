package main

func f(xs ...int) {}

func main() {
	s := []string{"a"}
	f(s...) // ERROR "cannot use s \(variable of type \[\]string\) as (type )?\[\]int( value)? in argument to f"
}
