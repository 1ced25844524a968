package main

// The Scan family (stdlib/fmt+scan.mg) and time's parsers (time+parse.mg) are
// optional files of their packages, compiled in when the program names one of
// their identifiers: through an aliased import too.

import (
	f "fmt"
	t "time"
)

func main() {
	var a, b int
	var s string
	n, err := f.Sscanf("7 35 go", "%d %d %s", &a, &b, &s)
	f.Println(n, err, a+b, s)
	d, err := t.ParseDuration("1h2m3.5s")
	f.Println(d, err)
	_, err = t.Parse("2006-01-02", "2024-13-01")
	f.Println(err)
}

// Output:
// 3 <nil> 42 go
// 1h2m3.5s <nil>
// parsing time "2024-13-01": month out of range
