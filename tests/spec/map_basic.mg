package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	fmt.Println(m["a"], m["b"], m["zz"], len(m))
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["missing"]
	fmt.Println(v, ok)
	delete(m, "a")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	m2 := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(m2)
	m2[1] += "!"
	fmt.Println(m2[1])
}

// Output:
// 11 2 0 2
// 2 true
// 0 false
// 1 map[b:2]
// map[1:a 2:b 3:c]
// a!
