package main

import "fmt"

type Celsius float32
type Name string
type Small int8
type Flag bool
type S struct{ x int }

func main() {
	var c Celsius
	var nm Name
	var sm Small
	var fl Flag
	var st S
	n, err := fmt.Sscan("36.6 alice -100 true", &c, &nm, &sm, &fl)
	fmt.Println(n, err, c, nm, sm, fl)
	n, err = fmt.Sscanf("200", "%d", &sm)
	fmt.Println(n, err, sm)
	n, err = fmt.Sscan("1", &st)
	fmt.Println(n, err)
	for {
		var a, b int
		n, err := fmt.Scanln(&a, &b)
		fmt.Println(n, err, a, b)
		if err != nil && err.Error() == "EOF" {
			break
		}
	}
}

// Output:
// 4 <nil> 36.6 alice -100 true
// 0 integer overflow on token 200 -100
// 0 can't scan type: *main.S
// 0 EOF 0 0
