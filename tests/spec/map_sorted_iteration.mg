package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25, "dave": 40}
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	total := 0
	for _, v := range ages {
		total += v
	}
	fmt.Println(total)
	fmt.Println(ages)
}

// Output:
// alice 30
// bob 25
// carol 35
// dave 40
// 130
// map[alice:30 bob:25 carol:35 dave:40]
