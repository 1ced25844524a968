// A runtime error under calls the linker made CALL_BC (a method, a function, a
// recursion): every frame shows in the trace with its line.
package main

type T struct{ a []int }

func (t *T) at(i int) int {
	return t.a[i]
}

func get(t *T, i int) int {
	v := t.at(i)
	return v + 1
}

func walk(t *T, n int) int {
	if n == 0 {
		return get(t, 5)
	}
	return walk(t, n-1)
}

func main() {
	t := &T{a: []int{1, 2, 3}}
	println(get(t, 1))
	println(walk(t, 2))
}

// Exit: 2
// Stderr: ^3$
// Stderr: ^panic: runtime error: index out of range \[5\] with length 3$
// Stderr: ^goroutine 1 \[running\]:[[:space:]]+main\.\(\*T\)\.at\([^)]*\)[[:space:]]+[^[:space:]]*call_linked_trace\.mg:8[[:space:]]+main\.get\([^)]*\)[[:space:]]+[^[:space:]]*call_linked_trace\.mg:12[[:space:]]+main\.walk\([^)]*\)[[:space:]]+[^[:space:]]*call_linked_trace\.mg:18[[:space:]]+main\.walk\([^)]*\)[[:space:]]+[^[:space:]]*call_linked_trace\.mg:20[[:space:]]+main\.walk\([^)]*\)[[:space:]]+[^[:space:]]*call_linked_trace\.mg:20[[:space:]]+main\.main\(\)[[:space:]]+[^[:space:]]*call_linked_trace\.mg:26$
// Output:
