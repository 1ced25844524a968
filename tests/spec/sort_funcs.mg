package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fmt.Println(strs)
	people := []Person{{"alice", 30}, {"bob", 25}, {"carol", 35}, {"dan", 25}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)
	idx := sort.SearchInts(ints, 8)
	fmt.Println(idx)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	fl := []float64{2.5, -1, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
}

// Output:
// [1 2 3 5 8 9] true
// [apple fig pear]
// [{bob 25} {dan 25} {alice 30} {carol 35}]
// 4
// [9 8 5 3 2 1]
// [-1 0 2.5]
