package main

import "fmt"

type Celsius float64
type ID int8

const Boiling Celsius = 100
const MaxID ID = 127

func main() {
	fmt.Println(Boiling, Boiling/3)
	fmt.Printf("%T %v\n", Boiling, Boiling+1)
	var id ID = MaxID
	id++
	fmt.Println(id)
	const mask uint8 = 0xF0
	fmt.Println(mask>>4, ^mask, mask&0x3C)
}

// Output:
// 100 33.333333333333336
// main.Celsius 101
// -128
// 15 15 48
