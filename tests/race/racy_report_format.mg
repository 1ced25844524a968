// -race report format, as Go 1.19 prints it: the racing access with its stack
// (function, then file:line +offset), the previous access, where each goroutine
// was created, the ==== rules, and the count at exit (status 66).
package main

import (
	"fmt"
	"time"
)

var shared int

func writer() {
	shared = 1
}

func main() {
	go writer()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(shared)
}

// Flags: -race
// Exit: 66
// Stdout: ^1\n$
// Stderr: ^==================$
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^Read at 0x[0-9a-f]+ by main goroutine:$
// Stderr: ^  main\.main\(\)$
// Stderr: ^      .*racy_report_format\.mg:20 \+0x[0-9a-f]+$
// Stderr: ^Previous write at 0x[0-9a-f]+ by goroutine [0-9]+:$
// Stderr: ^  main\.writer\(\)$
// Stderr: ^      .*racy_report_format\.mg:14 \+0x[0-9a-f]+$
// Stderr: ^Goroutine [0-9]+ \((running|finished)\) created at:$
// Stderr: ^      .*racy_report_format\.mg:18( \+0x[0-9a-f]+)?$
// Stderr: ^Found 1 data race\(s\)$
