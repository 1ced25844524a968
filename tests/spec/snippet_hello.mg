fmt.Println("hi")
fmt.Println(strings.ToUpper("from a snippet"))

// Output:
// hi
// FROM A SNIPPET
