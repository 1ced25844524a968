// A received or ranged value assigned (=, not :=) to an interface variable is converted
// to it: `case i = <-c` in a select used to receive from the channel at setup and crash
// the interpreter (Go's test/fixedbugs/bug312.go).
package main

import "fmt"

func main() {
	var i interface{}
	c := make(chan int, 1)
	c <- 1
	select {
	case i = <-c:
	}
	fmt.Println(i.(int))
	var j interface{}
	c <- 2
	j = <-c
	fmt.Println(j.(int))
	var ok bool
	c <- 3
	select {
	case j, ok = <-c:
	}
	fmt.Println(j.(int), ok)
}

func init() {
	var k, v interface{}
	for k, v = range []string{"a", "b"} {
	}
	fmt.Println(k.(int), v.(string))
	for k, v = range map[string]int{"z": 26} {
	}
	fmt.Println(k.(string), v.(int))
	for k, v = range "hé" {
	}
	fmt.Println(k.(int), v.(rune))
	c := make(chan int8, 1)
	c <- 5
	close(c)
	for k = range c {
	}
	fmt.Println(k.(int8))
	var arr [2]float64
	for _, v = range &arr {
	}
	fmt.Println(v.(float64))
}

// Output:
// 1 b
// z 26
// 1 233
// 5
// 0
// 1
// 2
// 3 true
