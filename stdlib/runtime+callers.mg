// Package runtime, optional file "callers" (lang/loader.c compiles it only into programs
// that name Caller, Callers, FuncForPC, Func, Frames, Frame or CallersFrames): the
// call-stack introspection, over the VM's frames and line tables (stdlib/runtime.c).
package runtime

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
