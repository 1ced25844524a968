package main

func main() {
	m := map[string]int{}
	delete(m) // ERROR "not enough arguments for delete\(m\) \(expected 2, found 1\)"
}
