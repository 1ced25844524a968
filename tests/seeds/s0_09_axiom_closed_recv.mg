// Seed 0, "channel axioms": a receive from a closed channel returns the zero
// value at once; the comma-ok form reports ok == false once closed and drained.
ch := make(chan string, 1)
ch <- "last"
close(ch)
v, ok := <-ch
fmt.Printf("%q %v\n", v, ok)
v, ok = <-ch
fmt.Printf("%q %v\n", v, ok)
fmt.Printf("%q\n", <-ch)

// Output:
// "last" true
// "" false
// ""
