package main

func g() (int, int) { return 1, 2 }
func f(a, b string) {}

func main() {
	f(g()) // ERROR "cannot use g\(\) \(value of type int\) as (type )?string( value)? in argument to f"
}
