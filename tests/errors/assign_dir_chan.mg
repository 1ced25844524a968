package main

func main() {
	var r <-chan int
	var c chan int = r // ERROR "cannot use r \(variable of type <-chan int\) as (type )?chan int( value)? in variable declaration"
	_ = c
}
