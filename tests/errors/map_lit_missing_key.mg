package main

func main() {
	_ = map[string]int{1} // ERROR "missing key in map literal"
}
