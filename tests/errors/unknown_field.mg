package main

type P struct{ x int }

func main() {
	_ = P{z: 1} // ERROR "unknown field .?z.? in struct literal"
}
