package main

import "fmt"

var order []string

var v = record("var v")

func record(s string) int {
	order = append(order, s)
	return len(order)
}

func init() {
	record("init 1")
}

func init() {
	record("init 2")
	fmt.Println("v was", v)
}

func main() {
	record("main")
	fmt.Println(order)
}

// Output:
// v was 1
// [var v init 1 init 2 main]
