package main

type P struct{ x int }

func main() {
	m := map[string]P{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[\"a\"\].x in map"
}
