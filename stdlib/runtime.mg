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

// MemStats and ReadMemStats are in the optional file runtime+memstats.mg.


// SetFinalizer sets the finalizer associated with obj to the provided finalizer
// function. When the garbage collector finds an unreachable block with an associated
// finalizer, it clears the association and runs finalizer(obj) in a separate
// goroutine, one finalizer at a time. SetFinalizer(obj, nil) clears any finalizer
// associated with obj. Dependent objects are finalized in order (if A points at B,
// A's finalizer runs first); a cycle of finalizable objects is never collected.
func SetFinalizer(obj interface{}, finalizer interface{}) {
	if setFinalizer(obj, finalizer) {
		go runFinalizers()
	}
}

// setFinalizer checks and registers the finalizer (Go's throws for misuse); true when
// this run has no finalizer goroutine yet.
func setFinalizer(obj interface{}, finalizer interface{}) bool

// runFinalizers is the finalizer goroutine (Go's fing): it calls each finalizer the
// collector queued. nextFinalizer gives the finalizer as a func value of one or two
// words of parameters (the object as the finalizer's parameter type: a pointer, or
// an interface), the other func nil; its results, if any, are dropped.
func runFinalizers() {
	for {
		f1, f2, a0, a1, ok := nextFinalizer()
		if !ok {
			waitFinalizer()
			continue
		}
		if f1 != nil {
			f1(a0)
		} else {
			f2(a0, a1)
		}
	}
}

func nextFinalizer() (f1 func(uintptr), f2 func(uintptr, uintptr), a0, a1 uintptr, ok bool)

// waitFinalizer parks the finalizer goroutine until a finalizer is queued.
func waitFinalizer()

// KeepAlive marks its argument as currently reachable: the object is not freed, and
// its finalizer not run, before the point in the program where KeepAlive is called.
func KeepAlive(x interface{}) {
	keepAlive(x)
}

// keepAlive is a native, so that x is in a register at the call.
func keepAlive(x interface{})

// Breakpoint executes a breakpoint trap: as in Go without a debugger, the program
// ends with "SIGTRAP: trace trap" and the goroutine's trace, exit status 2.
func Breakpoint()

// Caller reports file and line number information about function invocations on the
// calling goroutine's stack. skip is the number of stack frames to ascend, with 0
// identifying the caller of Caller. pc is the address after the call instruction.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. skip is the number of stack frames to
// skip before recording in pc, with 0 identifying the frame for Callers itself and 1
// identifying the caller of Callers. It returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int

// A Func represents a function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given program
// counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, entry, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, entry: entry}
}

func funcInfo(pc uintptr) (name string, entry uintptr, ok bool)

// Name returns the name of the function ("main.f", "main.(*T).m", "main.main.func1").
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine returns the file name and line number of the source code corresponding to
// the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return pcFileLine(pc)
}

func pcFileLine(pc uintptr) (file string, line int)

// Frames may be used to get function/file/line information for a slice of PC values
// returned by Callers.
type Frames struct {
	pcs []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information. Do not change the slice until you are done with the
// Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values,
// and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.pcs) > 0 {
		pc := ci.pcs[0]
		ci.pcs = ci.pcs[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		file, line := f.FileLine(pc)
		frame = Frame{PC: pc, Func: f, Function: f.name, File: file, Line: line, Entry: f.entry}
		return frame, len(ci.pcs) > 0
	}
	return Frame{}, false
}

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
