package main

import "fmt"

func main() {
	fmt.Printf("[%*d] [%-*d] [%*d]\n", 5, 1, 5, 2, -5, 3)
	fmt.Printf("[%.*f] [%*.*f]\n", 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("[%[2]d %[1]d] [%[1]d %[1]d] [%d %[1]d %d]\n", 10, 20, 30)
	fmt.Printf("[%[2]*[1]d]\n", 7, 4)
	fmt.Printf("[%[1]v %[1]T %[1]q]\n", "s")
	fmt.Printf("[%3c] [%-3c] [%03d] [%-03d]\n", 'x', 'y', 5, 5)
	for i := 0; i < 3; i++ {
		fmt.Printf("%-6s|%6.2f|%3d\n", []string{"a", "bb", "ccc"}[i], float64(i)*1.5, i*i)
	}
	fmt.Printf("[%8.3s] [%-8q]\n", "abcdef", "q")
	w := 4
	fmt.Printf("[%*s]\n", w, "ab")
	fmt.Printf("[%*d]\n", uint8(3), 9)
}

// Output:
// [    1] [2    ] [3    ]
// [3.14] [   2.718]
// [20 10] [10 10] [20 10 20]
// [   7]
// [s string "s"]
// [  x] [y  ] [005] [5  ]
// a     |  0.00|  0
// bb    |  1.50|  1
// ccc   |  3.00|  4
// [     abc] ["q"     ]
// [  ab]
// [  9]
