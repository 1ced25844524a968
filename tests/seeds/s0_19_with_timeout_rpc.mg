// Seed 0, "main context constructors": WithTimeout, defer cancel(), doRPC(ctx, req).
type Request struct{ q string }

func doRPC(ctx context.Context, req Request) (string, error) {
	select {
	case <-time.After(10 * time.Millisecond):
		return "reply to " + req.q, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

parent := context.Background()
req := Request{q: "ping"}

ctx, cancel := context.WithTimeout(parent, 3*time.Second)
defer cancel()
result, err := doRPC(ctx, req)
fmt.Println(result, err)

// Output:
// reply to ping <nil>
