package main

import (
	"fmt"
	"strings" // ERROR "(\"strings\" imported and not used|imported and not used: \"strings\")"
)

func main() {
	fmt.Println()
}
