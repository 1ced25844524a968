package main

func g() (int, int) { return 1, 2 }

func h() (string, string) {
	return g() // ERROR "cannot use g\(\) \(value of type int\) as (type )?string( value)? in return statement"
}

func main() { h() }
