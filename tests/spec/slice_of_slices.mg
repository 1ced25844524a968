package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[1] = -1
	fmt.Println(grid[2])
	grid = append(grid, []int{7})
	fmt.Println(len(grid), grid[3])
}

// Output:
// [[0] [0 1] [0 2 4]]
// [0 -1 4]
// 4 [7]
