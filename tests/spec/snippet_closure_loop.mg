// A snippet showing classic loop-variable capture.
var fs []func()
for i := 0; i < 3; i++ {
	fs = append(fs, func() { fmt.Print(i, " ") })
}
for _, f := range fs {
	f()
}
fmt.Println()
n, err := strconv.Atoi("12")
fmt.Println(n*2, err)

// Output:
// 3 3 3 
// 24 <nil>
