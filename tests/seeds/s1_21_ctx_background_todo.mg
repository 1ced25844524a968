// Seed 1, "Roots — Background and TODO": they never cancel. (The two lines
// declare ctx twice in the document; the second is ctx2 here.)
ctx := context.Background() // for main(), tests, top-of-stack
ctx2 := context.TODO() // when you don't know what context to use yet
fmt.Println(ctx, ctx.Err())
fmt.Println(ctx2, ctx2.Err())
select {
case <-ctx.Done():
	fmt.Println("never canceled?")
default:
	fmt.Println("not canceled")
}

// Output:
// context.Background <nil>
// context.TODO <nil>
// not canceled
