// runtime.SetFinalizer's misuse is Go's fatal error (a throw: exit 2, not a panic that
// recover could catch): here a finalizer whose parameter the object cannot be passed to.
package main

import "runtime"

func main() {
	defer func() { println("recovered", recover() != nil) }()
	runtime.SetFinalizer(new(int), func(string) {})
}

// Exit: 2
// Stderr: ^fatal error: runtime\.SetFinalizer: cannot pass \*int to finalizer func\(string\)$
// Stderr: ^main\.main\(\)$
