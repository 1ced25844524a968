// A snippet using errors and fmt.Errorf wrapping.
errEmpty := errors.New("empty")
check := func(s string) error {
	if s == "" {
		return fmt.Errorf("check: %w", errEmpty)
	}
	return nil
}
err := check("")
fmt.Println(err, errors.Is(err, errEmpty))
fmt.Println(check("x"))

// Output:
// check: empty true
// <nil>
