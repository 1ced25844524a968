// Package os: Args, Exit, the environment, and Stdin/Stdout/Stderr as *File
// (an io.Reader and io.Writer). Bodyless functions are natives in stdlib/os.c;
// output goes through the VM's output streams (the embedding host's callback
// when it set one); input reads the process's file descriptor.
package os

import (
	"errors"
	"io"
)

type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var Args []string = runtime_args()

func runtime_args() []string
func Exit(code int)
func lookupEnv(key string) (string, bool)
func environ() []string
func writeFd(fd int, b []byte) int
func writeStringFd(fd int, s string) int
func readFd(fd int, b []byte) int

// ErrClosed is what an operation on a closed File returns (inside a PathError).
var ErrClosed = errors.New("file already closed")

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

func Getenv(key string) string {
	v, _ := lookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool) { return lookupEnv(key) }

func Environ() []string { return environ() }

func (f *File) checkValid(op string) error {
	if f == nil {
		return errors.New("invalid argument")
	}
	if f.fd < 0 {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return writeFd(f.fd, b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return writeStringFd(f.fd, s), nil
}

// Read reads up to len(b) bytes; at end of input it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = readFd(f.fd, b)
	if n == 0 {
		return 0, io.EOF
	}
	if n < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errors.New("input/output error")}
	}
	return n, nil
}

// Close makes the File unusable; the process's standard descriptors stay open
// underneath (the VM's output streams may be shared with its host).
func (f *File) Close() error {
	if err := f.checkValid("close"); err != nil {
		return err
	}
	f.fd = -1
	return nil
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr { return uintptr(f.fd) }
