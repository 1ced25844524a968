// An unknown flag on the command line: Go's message and usage on stderr,
// exit status 2.
package main

import (
	"flag"
	"fmt"
)

func main() {
	flag.Int("port", 8080, "port to `listen` on")
	flag.String("host", "localhost", "host name")
	flag.Bool("v", false, "verbose")
	flag.Parse()
	fmt.Println("not reached")
}
// Args: -v -bogus
// Exit: 2
// Stderr: ^flag provided but not defined: -bogus$
// Stderr: ^Usage of .*:$
// Stderr: ^  -host string$
// Stderr: ^    	host name \(default "localhost"\)$
// Stderr: ^  -port listen$
// Stderr: ^    	port to listen on \(default 8080\)$
// Stderr: ^  -v	verbose$
// Output:
