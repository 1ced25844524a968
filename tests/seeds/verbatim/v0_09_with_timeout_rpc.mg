// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 100-102: WithTimeout bounds a call; defer cancel releases it.
// The block is verbatim; lines marked `// added` are what it needs to run.
func doRPC(ctx context.Context, req string) (string, error) { // added
	select { // added
	case <-time.After(10 * time.Millisecond): // added
		return req + " ok", nil // added
	case <-ctx.Done(): // added
		return "", ctx.Err() // added
	} // added
} // added
parent := context.Background() // added
req := "ping" // added
ctx, cancel := context.WithTimeout(parent, 3*time.Second)
defer cancel()
result, err := doRPC(ctx, req)
fmt.Println(result, err) // added

// Output:
// ping ok <nil>
