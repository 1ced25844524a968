// Seed 1, "WithValue — pass per-request data".
type key int

const userIDKey key = 0

func handle(ctx context.Context) {
	id := ctx.Value(userIDKey).(string)
	fmt.Println("user", id)
}

parent := context.Background()
ctx := context.WithValue(parent, userIDKey, "abc123")
handle(ctx)

// Output:
// user abc123
