package main

import (
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	var err error = &MyErr{7}
	panic(err)
}

// Exit: 2
// Stderr: ^panic: code 7$
// Output:
