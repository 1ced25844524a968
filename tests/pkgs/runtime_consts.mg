// runtime.GOOS and GOARCH are constants (of the platform minigo was built for), Compiler
// is "gc", Version a Go release name; KeepAlive takes any value.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

const platform = runtime.GOOS + "/" + runtime.GOARCH

func main() {
	fmt.Println(len(runtime.GOOS) > 0, len(runtime.GOARCH) > 0, strings.Count(platform, "/"))
	fmt.Println(runtime.Compiler)
	fmt.Println(strings.HasPrefix(runtime.Version(), "go1."))
	x := []int{1, 2, 3}
	runtime.KeepAlive(x)
	runtime.KeepAlive(nil)
	runtime.KeepAlive(&x)
	fmt.Println(runtime.NumCPU() >= 1)
}

// Output:
// true true 1
// gc
// true
// true
