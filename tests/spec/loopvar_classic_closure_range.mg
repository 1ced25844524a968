// Closures capture the range variables k and v.
package main

import "fmt"

func main() {
	var fs []func() string
	for k, v := range []string{"a", "b", "c"} {
		// LOOPCOPY: k, v := k, v
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}

// Output:
// 2c
// 2c
// 2c
