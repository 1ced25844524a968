package main

import "fmt"

type Acct struct {
	Owner string
	Bal   int
}

func main() {
	m := map[string]Acct{"a": {"ann", 10}}
	a := m["a"]
	a.Bal += 5
	fmt.Println(m["a"].Bal, a.Bal)
	m["a"] = a
	fmt.Println(m["a"])
	arrs := map[int][2]int{1: {1, 2}}
	v := arrs[1]
	v[0] = 100
	fmt.Println(arrs[1], v)
	zero := m["missing"]
	fmt.Printf("%+v\n", zero)
}

// Output:
// 10 15
// {ann 15}
// [1 2] [100 2]
// {Owner: Bal:0}
