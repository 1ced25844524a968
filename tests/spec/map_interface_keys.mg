package main

import "fmt"

type S struct{ N int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[S{1}] = "struct 1"
	m[true] = "bool"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m["1"], m[1.0], m[S{1}], m[true])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	var k interface{} = S{1}
	fmt.Println(m[k])
	delete(m, 1)
	fmt.Println(len(m), m[1] == "")
}

// Output:
// 6
// int 1 int64 1 string 1 float 1 struct 1 bool
// false
// struct 1
// 5 true
