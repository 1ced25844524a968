// Package os: Args, Exit, the environment, and Stdin/Stdout/Stderr as *File
// (an io.Reader and io.Writer). Bodyless functions are natives in stdlib/os.c;
// output goes through the VM's output streams (the embedding host's callback
// when it set one); input reads the process's file descriptor.
package os

import (
	"errors"
	"io"
	"io/fs"
	"time"
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

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

type PathError = fs.PathError
type FileInfo = fs.FileInfo
type FileMode = fs.FileMode
type DirEntry = fs.DirEntry

const (
	ModeDir  = fs.ModeDir
	ModePerm = fs.ModePerm
)

// The natives of the file system report failure as an errno (0: none).
func stat(name string, follow bool) (size int64, mode uint32, sec int64, nsec int64, errno int)
func readDir(name string) (names []string, modes []uint32, errno int)
func getwd() (dir string, errno int)
func openFile(name string, flag int, perm uint32) (fd int, errno int)
func closeFd(fd int) (errno int)
func rawWrite(fd int, b []byte) (n int, errno int)
func removePath(name string) (errno int)
func mkdir(name string, perm uint32) (errno int)
func Getpid() int

// TempDir is $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0
	O_WRONLY int = 1
	O_RDWR   int = 2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// OpenFile opens name with flag and, when it creates the file, perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := openFile(name, flag, uint32(perm.Perm()))
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscallError{errno}}
	}
	return &File{fd, name}, nil
}

func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	return data, err
}

func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes a file or an empty directory.
func Remove(name string) error {
	if errno := removePath(name); errno != 0 {
		return &PathError{Op: "remove", Path: name, Err: syscallError{errno}}
	}
	return nil
}

func Mkdir(name string, perm FileMode) error {
	if errno := mkdir(name, uint32(perm.Perm())); errno != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscallError{errno}}
	}
	return nil
}

// MkdirAll creates a directory and any missing parents.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscallError{20}} // ENOTDIR
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and everything it contains; a missing path is no error.
func RemoveAll(path string) error {
	if removePath(path) == 0 {
		return nil
	}
	fi, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	if fi.IsDir() {
		entries, _ := ReadDir(path)
		for _, e := range entries {
			if err := RemoveAll(path + "/" + e.Name()); err != nil {
				return err
			}
		}
	}
	return Remove(path)
}
func errnoText(errno int) string
func errnoKind(errno int) int

// syscallError is a failed system call's errno, as syscall.Errno: its text is
// strerror's, and errors.Is matches it with ErrNotExist and the like.
type syscallError struct {
	errno int
}

func (e syscallError) Error() string { return errnoText(e.errno) }

func (e syscallError) Is(target error) bool {
	switch errnoKind(e.errno) {
	case 1:
		return target == fs.ErrNotExist
	case 2:
		return target == fs.ErrExist
	case 3:
		return target == fs.ErrPermission
	}
	return false
}

func IsNotExist(err error) bool   { return underlyingIs(err, fs.ErrNotExist) }
func IsExist(err error) bool      { return underlyingIs(err, fs.ErrExist) }
func IsPermission(err error) bool { return underlyingIs(err, fs.ErrPermission) }

func underlyingIs(err, target error) bool {
	if pe, ok := err.(*PathError); ok {
		err = pe.Err
	}
	if err == target {
		return true
	}
	se, ok := err.(syscallError)
	return ok && se.Is(target)
}

// fileStat is the FileInfo of Stat, Lstat and DirEntry.Info.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func doStat(op, name string, follow bool) (FileInfo, error) {
	size, mode, sec, nsec, errno := stat(name, follow)
	if errno != 0 {
		return nil, &PathError{Op: op, Path: name, Err: syscallError{errno}}
	}
	return &fileStat{basename(name), size, FileMode(mode), time.Unix(sec, nsec)}, nil
}

func Stat(name string) (FileInfo, error) { return doStat("stat", name, true) }

func Lstat(name string) (FileInfo, error) { return doStat("lstat", name, false) }

type dirEntry struct {
	dir  string
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string      { return d.name }
func (d *dirEntry) IsDir() bool       { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode    { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) {
	return doStat("lstat", d.dir+"/"+d.name, false)
}

// ReadDir reads the named directory, returning its entries sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	names, modes, errno := readDir(name)
	if errno != 0 {
		return []DirEntry{}, &PathError{Op: "open", Path: name, Err: syscallError{errno}}
	}
	out := make([]DirEntry, len(names))
	for i, n := range names {
		out[i] = &dirEntry{name, n, FileMode(modes[i])}
	}
	return out, nil
}

func Getwd() (dir string, err error) {
	dir, errno := getwd()
	if errno != 0 {
		return "", &PathError{Op: "getwd", Path: ".", Err: syscallError{errno}}
	}
	return dir, nil
}

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
	if f.fd > 2 {
		n, errno := rawWrite(f.fd, b)
		if errno != 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: syscallError{errno}}
		}
		return n, nil
	}
	return writeFd(f.fd, b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.fd > 2 {
		return f.Write([]byte(s))
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
	fd := f.fd
	f.fd = -1
	if fd > 2 {
		if errno := closeFd(fd); errno != 0 {
			return &PathError{Op: "close", Path: f.name, Err: syscallError{errno}}
		}
	}
	return nil
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr { return uintptr(f.fd) }
