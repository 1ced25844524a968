package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			fmt.Println("breaking switch at", i)
			break
		}
		fmt.Println("after switch", i)
	}
	switch x := 2; {
	case x > 1:
		if x == 2 {
			break
		}
		fmt.Println("not printed")
	}
	fmt.Println("end")
}

// Output:
// after switch 0
// breaking switch at 1
// after switch 1
// after switch 2
// end
