// A snippet that panics: exit status 2 and Go's panic text.
fmt.Println("before")
var m map[string]int
m["k"] = 1

// Exit: 2
// Stderr: ^panic: assignment to entry in nil map$
// Output:
// before
