// Package runtime: the error types the VM panics with (what recover() returns
// after a run-time error), the goroutine and scheduler queries, the memory
// statistics and finalizers over the Boehm GC, and the caller queries
// (Caller, Callers, FuncForPC) over the VM's frames.
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

// Compiler is the name of the compiler toolchain that built the running binary: minigo
// runs programs as gc does, and says so (programs test it to skip gccgo's differences).
const Compiler = "gc"

// GOOS and GOARCH are in the optional file runtime+goos.mg, generated at build time
// (tools/goos.sh).

// Version returns the Go version the running program is run as: the language and
// library level minigo implements.
func Version() string { return "go1.19" }

// GC runs a garbage collection, then hands the finalizers of the objects it found
// unreachable to the finalizer goroutine.
func GC()

// MemProfileRate controls the fraction of memory allocations that are recorded in the
// memory profile. minigo keeps no memory profile; the variable is Go's, for programs
// that set it.
var MemProfileRate int = 512 * 1024

// MemStats and ReadMemStats are in the optional file runtime+memstats.mg, SetFinalizer
// and KeepAlive in runtime+fin.mg (package runtime is in every program, and most use
// neither).

// Breakpoint executes a breakpoint trap: as in Go without a debugger, the program
// ends with "SIGTRAP: trace trap" and the goroutine's trace, exit status 2.
func Breakpoint()

// Caller, Callers, FuncForPC, Func, Frames, Frame and CallersFrames are in the optional
// file runtime+callers.mg.

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
