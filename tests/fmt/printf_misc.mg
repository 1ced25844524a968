package main

import "fmt"

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 12}}
	fmt.Printf("%-10s %5s %8s\n", "NAME", "QTY", "PRICE")
	total := 0.0
	for _, r := range rows {
		fmt.Printf("%-10s %5d %8.2f\n", r.Name, r.Qty, r.Price)
		total += float64(r.Qty) * r.Price
	}
	fmt.Printf("%-10s %14.2f\n", "TOTAL", total)
	s := fmt.Sprintf("%03d-%s-%v", 7, "x", []string{"y"})
	fmt.Println(s, len(s))
	fmt.Printf("100%%\n")
	fmt.Printf("%v%%|%d%%\n", 50, 25)
	fmt.Printf("%s\n", fmt.Sprintf("%s", fmt.Sprintf("%d", 3)))
	msg := fmt.Sprintf("%v|%v|%v", int64(-1), uint8(1), float32(0.25))
	fmt.Println(msg)
}

// Output:
// NAME         QTY    PRICE
// apple          3     0.50
// banana        12     0.25
// cherry       100    12.00
// TOTAL             1204.50
// 007-x-[y] 9
// 100%
// 50%|25%
// 3
// -1|1|0.25
