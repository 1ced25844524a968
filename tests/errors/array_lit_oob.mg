package main

func main() {
	_ = [2]int{1, 2, 3} // ERROR "index 2 (is )?out of bounds"
}
