// Package runtime: the error types the VM panics with (what recover() returns
// after a run-time error) and the goroutine and scheduler queries.
//
// The VM builds its run-time error values from the types declared here (the
// loader always loads this package first): keep their names in step with
// vm/panic.c. They mirror Go's own: boundsError for index and slice bounds,
// errorString for "runtime error: ..." texts, plainError for texts Go prints
// without the prefix, *TypeAssertionError for failed interface conversions.
package runtime

// Error identifies a run-time error, as in Go.
type Error interface {
	error
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

type boundsError string

func (e boundsError) RuntimeError() {}
func (e boundsError) Error() string { return "runtime error: " + string(e) }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string { return e.msg }

// GC runs a garbage collection.
func GC()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the number of processors that run goroutines at once and
// returns the previous setting; n < 1 leaves it unchanged.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the process.
func NumCPU() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit runs all deferred calls of the calling goroutine and then ends it.
func Goexit()
