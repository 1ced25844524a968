// Seed document s1 (001_f7ebe58bf6508199.txt), lines 230-233: WithValue: handle reads the value (gc rejects the unused id).
// The block is verbatim; lines marked `// added` are what it needs to run.
type ctxKey string // added
const userIDKey ctxKey = "userID" // added
parent := context.Background() // added
ctx := context.WithValue(parent, userIDKey, "abc123")
func handle(ctx context.Context) {
id := ctx.Value(userIDKey).(string)
}

// Exit: 1
// Stderr: ^.*v1_23_with_value\.mg:8:1: declared and not used: id$
