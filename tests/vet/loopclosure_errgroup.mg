// loopclosure also looks at errgroup's g.Go(func() error {...}) when it is the last
// statement of the loop body, as go vet 1.19 does; passing the value is silent.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	for _, url := range []string{"a", "b"} {
		g.Go(func() error {
			fmt.Println(url)
			return nil
		})
	}
	for _, url := range []string{"a", "b"} {
		url := url
		g.Go(func() error {
			fmt.Println(url)
			return nil
		})
	}
	fmt.Println(g.Wait())
}

// Stderr: /loopclosure_errgroup\.mg:15:16: loop variable url captured by func literal$
// Exit: 1
