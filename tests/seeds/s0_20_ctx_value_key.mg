// Seed 0, "How should context values be used": an unexported key type.
type ctxKey struct{}

ctx := context.Background()
requestID := "req-42"
ctx = context.WithValue(ctx, ctxKey{}, requestID)
id, _ := ctx.Value(ctxKey{}).(string)
fmt.Println(id)
other, ok := ctx.Value("ctxKey").(string)
fmt.Printf("%q %v\n", other, ok)

// Output:
// req-42
// "" false
