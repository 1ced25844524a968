// Go 1.19 test/helloworld.go, imported by tools/import-gotest.sh (rerun it; do not edit).
// run

// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Test that we can do page 1 of the C book.

package main

func main() {
	print("hello, world\n")
}

// Env: GOOS=linux GOARCH=amd64
// Output:
// Stderr: ^hello, world$
