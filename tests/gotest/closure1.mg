// Go 1.19 test/closure1.go, imported by tools/import-gotest.sh (rerun it; do not edit).
// run

// Copyright 2015 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

func main() {
	x := 0
	func() {
		x = 1
	}()
	func() {
		if x != 1 {
			panic("x != 1")
		}
	}()
}
// Env: GOOS=linux GOARCH=amd64
// Output:
