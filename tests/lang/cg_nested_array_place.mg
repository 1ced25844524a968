package main

import "fmt"

type P struct{ x, y int }

func main() {
	var a [4]P
	var g [3][2]int
	for i := 0; i < 4; i++ {
		a[i].y = i * 10
		a[i].x++
	}
	for i := 0; i < 3; i++ {
		for j := 0; j < 2; j++ {
			g[i][j] = i*2 + j
			g[i][j] *= 3
		}
	}
	fmt.Println(a, g)
	defer func() { fmt.Println(recover()) }()
	k := 5
	g[1][k-3] = 1
}

// Output:
// [{1 0} {1 10} {1 20} {1 30}] [[0 3] [6 9] [12 15]]
// runtime error: index out of range [2] with length 2
