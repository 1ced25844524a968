package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	grid := [][]int{{1, 2}, {3, 4}}
	fmt.Println(find(grid, 4))
	fmt.Println(find(grid, 5))
	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("retry", i)
		goto retry
	}
	fmt.Println("gave up after", i)
}

// Output:
// 1 1
// -1 -1
// retry 1
// retry 2
// gave up after 3
