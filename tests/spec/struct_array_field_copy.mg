package main

import "fmt"

type Board struct {
	Cells [3][3]byte
	Turn  int
}

func (b Board) With(r, c int, v byte) Board {
	b.Cells[r][c] = v
	b.Turn++
	return b
}

func main() {
	var b Board
	for r := range b.Cells {
		for c := range b.Cells[r] {
			b.Cells[r][c] = '.'
		}
	}
	b2 := b.With(1, 1, 'X').With(0, 2, 'O')
	for _, row := range b2.Cells {
		fmt.Println(string(row[:]))
	}
	fmt.Println(b.Turn, b2.Turn, b.Cells[1][1] == '.', b == b2)
}

// Output:
// ..O
// .X.
// ...
// 0 2 true false
