// -h prints the usage (through a replaced flag.Usage) and exits 0; a flag
// needing an argument at the end is not reached.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: prog [flags]\n")
		flag.PrintDefaults()
	}
	flag.Int("n", 1, "count")
	flag.Parse()
	fmt.Println("not reached")
	os.Exit(3)
}
// Args: -n 2 -h -n
// Stderr: ^usage: prog \[flags\]$
// Stderr: ^  -n int$
// Stderr: ^    	count \(default 1\)$
// Output:
