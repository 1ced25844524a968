package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	i, _ := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i)
	u, _ := strconv.ParseUint("777", 8, 64)
	fmt.Println(u)
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f)
	b, _ := strconv.ParseBool("true")
	fmt.Println(b)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.FormatFloat(1.5, 'f', 3, 64))
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err)
}

// Output:
// -45 0
// 123 <nil>
// strconv.Atoi: parsing "12a": invalid syntax
// -255
// 511
// 3.25
// true
// 11111111 -ff
// "hi\n\"there\"" 1.500
// strconv.ParseInt: parsing "999999999999999999999": value out of range
