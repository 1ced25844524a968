// Package fmt: formatted printing. The formatting engine is native
// (stdlib/fmt.c, stdlib/fmt_value.c); the Fprint* family and Errorf's error
// values are written here so that a user's Write method is an ordinary call.
package fmt

import "errors"

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

// writer is io.Writer (minigo has no io package): *os.File satisfies it.
type writer interface {
	Write(p []byte) (n int, err error)
}

// methodCaller is callMethod's type: the natives call Error, String and GoString
// methods through it so that a panicking method is reported as Go's fmt does.
type methodCaller func(v any, which int) (string, any, bool)

// callMethod calls v's Error (which 0), String (1) or GoString (2) method and
// recovers a panic in it: it then returns the panic value and true.
func callMethod(v any, which int) (s string, perr any, panicked bool) {
	defer func() {
		if panicked {
			perr = recover()
		}
	}()
	panicked = true
	switch which {
	case 0:
		s = v.(error).Error()
	case 1:
		s = v.(Stringer).String()
	default:
		s = v.(GoStringer).GoString()
	}
	panicked = false
	return s, nil, false
}

func doPrint(call methodCaller, a []any) (int, error)
func doPrintln(call methodCaller, a []any) (int, error)
func doPrintf(call methodCaller, format string, a []any) (int, error)
func doSprint(call methodCaller, a []any) string
func doSprintln(call methodCaller, a []any) string
func doSprintf(call methodCaller, format string, a []any) string

func Print(a ...any) (n int, err error)   { return doPrint(callMethod, a) }
func Println(a ...any) (n int, err error) { return doPrintln(callMethod, a) }
func Printf(format string, a ...any) (n int, err error) {
	return doPrintf(callMethod, format, a)
}
func Sprint(a ...any) string                 { return doSprint(callMethod, a) }
func Sprintln(a ...any) string               { return doSprintln(callMethod, a) }
func Sprintf(format string, a ...any) string { return doSprintf(callMethod, format, a) }

// writeFile writes s to w when w is an *os.File on stdout or stderr and returns
// len(s); otherwise it returns -1.
func writeFile(w writer, s string) int

// errorf is Sprintf accepting %w; it also returns the sorted indexes of the
// operands that %w verbs referred to.
func errorf(call methodCaller, format string, a []any) (string, []int)

func fwrite(w writer, s string) (int, error) {
	if n := writeFile(w, s); n >= 0 {
		return n, nil
	}
	return w.Write([]byte(s))
}

func Fprint(w writer, a ...any) (n int, err error) {
	return fwrite(w, Sprint(a...))
}

func Fprintln(w writer, a ...any) (n int, err error) {
	return fwrite(w, Sprintln(a...))
}

func Fprintf(w writer, format string, a ...any) (n int, err error) {
	return fwrite(w, Sprintf(format, a...))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

func Errorf(format string, a ...any) error {
	s, wrapped := errorf(callMethod, format, a)
	if len(wrapped) == 0 {
		return errors.New(s)
	}
	if len(wrapped) == 1 {
		w := &wrapError{msg: s}
		if e, ok := a[wrapped[0]].(error); ok {
			w.err = e
		}
		return w
	}
	var errs []error
	for i, k := range wrapped {
		if i > 0 && wrapped[i-1] == k {
			continue
		}
		if e, ok := a[k].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}
