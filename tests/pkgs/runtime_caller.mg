// runtime.Caller, Callers, CallersFrames, FuncForPC: names and lines as gc gives them
// (closures main.main.func1, nested main.main.func1.1, methods), an entry's line is the
// declaration's, and a skip past the stack is not ok.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

type T struct{}

func (t *T) m() string { return where(1) }
func (t T) v() string  { return where(1) }

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), filepath.Base(file), line)
}

func f() string { return where(0) }

func stack() []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		fr, more := frames.Next()
		if strings.HasPrefix(fr.Function, "main.") {
			out = append(out, fmt.Sprintf("%s:%d", fr.Function, fr.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func g() []string { return stack() }

func main() {
	fmt.Println(f())
	fmt.Println((&T{}).m())
	fmt.Println(T{}.v())
	func() {
		fmt.Println(where(0))
		func() {
			fmt.Println(where(0))
		}()
	}()
	fmt.Println(g())
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok)
	fmt.Println(runtime.FuncForPC(0) == nil)
	pc, _, _, _ := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	_, line := fn.FileLine(fn.Entry())
	fmt.Println(fn.Name(), line)
}

// Output:
// main.f runtime_caller.mg:26
// main.main runtime_caller.mg:49
// main.main runtime_caller.mg:50
// main.main.func1 runtime_caller.mg:52
// main.main.func1.1 runtime_caller.mg:54
// [main.stack:30 main.g:45 main.main:57]
// false
// true
// main.main 47
