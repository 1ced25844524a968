// Seed 2, "Memory Allocation": a local that escapes via a returned pointer.
type Person struct{ Name string }

func createPerson() *Person {
	p := Person{Name: "Alice"} // Allocated on heap (escapes via return)
	return &p
}

func localOnly() {
	x := 42 // Allocated on stack (doesn't escape)
	fmt.Println(x)
}

a, b := createPerson(), createPerson()
a.Name = "Bob"
fmt.Println(a.Name, b.Name, a != b)
localOnly()

// Output:
// Bob Alice true
// 42
