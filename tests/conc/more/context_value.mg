package main

import (
	"context"
	"fmt"
)

type key string
type otherKey string

// WithValue chains: the nearest value wins, lookups go through cancel
// contexts, keys of different types never collide.
func main() {
	ctx := context.WithValue(context.Background(), key("user"), "ann")
	ctx = context.WithValue(ctx, key("role"), "admin")
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	inner := context.WithValue(cctx, key("user"), "bob")
	fmt.Println(inner.Value(key("user")), inner.Value(key("role")), cctx.Value(key("user")))
	fmt.Println(inner.Value(otherKey("user")), inner.Value("user"), inner.Value(key("none")))
	done := make(chan string)
	go func(ctx context.Context) {
		done <- ctx.Value(key("user")).(string)
	}(inner)
	fmt.Println(<-done)
	cancel()
	fmt.Println(inner.Err(), inner.Value(key("role")))
}

// Output:
// bob admin ann
// <nil> <nil> <nil>
// bob
// context canceled admin
