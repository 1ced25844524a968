// context.WithValue lookups through cancel contexts, typed keys, shadowing, values in goroutines.
package main

import (
	"context"
	"fmt"
)

type ctxKey string
type otherKey string
type intKey int

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, otherKey("user"), "bob")
	ctx = context.WithValue(ctx, intKey(1), 42)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ctx = context.WithValue(ctx, ctxKey("user"), "carl") // shadows

	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(otherKey("user")), ctx.Value(intKey(1)))
	fmt.Println(ctx.Value("user"), ctx.Value(intKey(2)), ctx.Value(1))

	done := make(chan string)
	go func(c context.Context) {
		u, _ := c.Value(ctxKey("user")).(string)
		n, _ := c.Value(intKey(1)).(int)
		done <- fmt.Sprint(u, n+1)
	}(ctx)
	fmt.Println(<-done)

	bg := context.Background()
	fmt.Println(bg, context.TODO())
}

// Output:
// carl bob 42
// <nil> <nil> <nil>
// carl43
// context.Background context.TODO
