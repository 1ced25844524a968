package main

import (
	"context"
	"fmt"
)

// Background and TODO are never cancelled, have no deadline and no values.
func main() {
	for _, ctx := range []context.Context{context.Background(), context.TODO()} {
		d, ok := ctx.Deadline()
		fmt.Println(ctx, ctx.Err(), ctx.Done() == nil, d.IsZero(), ok, ctx.Value("k"))
	}
	fmt.Println(context.Canceled, context.DeadlineExceeded)
	fmt.Println(context.Background() == context.Background())
}

// Output:
// context.Background <nil> true true false <nil>
// context.TODO <nil> true true false <nil>
// context canceled context deadline exceeded
// true
