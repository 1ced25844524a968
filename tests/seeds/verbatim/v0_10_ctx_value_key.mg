// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 105-107: an unexported key type for context values.
// The block is verbatim; lines marked `// added` are what it needs to run.
ctx := context.Background() // added
requestID := "req-42" // added
type ctxKey struct{}
ctx = context.WithValue(ctx, ctxKey{}, requestID)
id, _ := ctx.Value(ctxKey{}).(string)
fmt.Println(id) // added

// Output:
// req-42
