package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func middle() {
	defer fmt.Println("middle defer runs")
	inner()
	fmt.Println("not reached")
}

func main() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	middle()
}

// Output:
// inner recovered: first
// middle defer runs
// outer recovered: re-first
