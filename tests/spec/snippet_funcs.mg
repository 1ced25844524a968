// A snippet: no package clause; functions stay top-level, statements form main.
func square(x int) int { return x * x }

total := 0
for i := 1; i <= 4; i++ {
	total += square(i)
}
fmt.Println("sum of squares:", total)

func greet(name string) string {
	return "hello, " + name
}

fmt.Println(greet("minigo"))

// Output:
// sum of squares: 30
// hello, minigo
