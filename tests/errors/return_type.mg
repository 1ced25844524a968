package main

func f() string {
	return 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in return statement"
}

func main() { f() }
