// Flags: -loopvar
// Go 1.22 semantics: expectation from go 1.19 running this program with each
// LOOPCOPY comment replaced by its code (a per-iteration copy at the top of the body).
// A pointer-receiver method value on the range variable takes its address.
package main

import "fmt"

type Item struct{ name string }

func (it *Item) Show() { fmt.Println("item", it.name) }

func main() {
	var fs []func()
	for _, it := range []Item{{"one"}, {"two"}, {"three"}} {
		// LOOPCOPY: it := it
		fs = append(fs, it.Show)
	}
	for _, f := range fs {
		f()
	}
}

// Output:
// item one
// item two
// item three
