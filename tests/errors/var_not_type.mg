package main

func main() {
	x := 1
	_ = new(x) // ERROR "x (\(variable of type int\) )?is not a type"
}
