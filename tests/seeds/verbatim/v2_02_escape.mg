// Seed document s2 (002_2b4772fa68bf654e.txt), lines 48-56: escape analysis: both work the same (the heap/stack choice is invisible).
// The block is verbatim; lines marked `// added` are what it needs to run.
type Person struct{ Name string } // added
func createPerson() *Person {
    p := Person{Name: "Alice"} // Allocated on heap (escapes via return)
    return &p
}

func localOnly() {
    x := 42 // Allocated on stack (doesn't escape)
    fmt.Println(x)
}
fmt.Println(createPerson().Name) // added
localOnly() // added

// Output:
// Alice
// 42
