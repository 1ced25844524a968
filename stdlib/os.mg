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
	fd      int
	name    string
	dirDone bool // ReadDir has returned the entries
}

var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
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
func fdStat(fd int) (size int64, mode uint32, sec int64, nsec int64, errno int)
func seekFd(fd int, offset int64, whence int) (pos int64, errno int)
func preadFd(fd int, b []byte, off int64) (n int, errno int)
func pwriteFd(fd int, b []byte, off int64) (n int, errno int)
func syncFd(fd int) (errno int)
func truncateFd(fd int, size int64) (errno int)
func truncatePath(name string, size int64) (errno int)
func renamePath(from, to string) (errno int)
func chmodPath(name string, mode uint32) (errno int)

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
	return &File{fd: fd, name: name}, nil
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
	switch pe := err.(type) {
	case *PathError:
		err = pe.Err
	case *LinkError:
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

func (f *File) wrapErr(op string, errno int) error {
	if errno == 0 {
		return nil
	}
	return &PathError{Op: op, Path: f.name, Err: syscallError{errno}}
}

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	size, mode, sec, nsec, errno := fdStat(f.fd)
	if errno != 0 {
		return nil, f.wrapErr("stat", errno)
	}
	return &fileStat{basename(f.name), size, FileMode(mode), time.Unix(sec, nsec)}, nil
}

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	pos, errno := seekFd(f.fd, offset, whence)
	return pos, f.wrapErr("seek", errno)
}

// ReadAt reads len(b) bytes at off; fewer only at end of file (io.EOF) or on
// an error, as Go's.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, errno := preadFd(f.fd, b, off)
		if errno != 0 {
			err = f.wrapErr("read", errno)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	n, errno := pwriteFd(f.fd, b, off)
	return n, f.wrapErr("write", errno)
}

func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return f.wrapErr("sync", syncFd(f.fd))
}

func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return f.wrapErr("truncate", truncateFd(f.fd, size))
}

// ReadDir reads the directory f names, sorted by name; n > 0 is not a limit
// here: every entry comes in the first call, and the next returns io.EOF.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	if f.dirDone {
		if n > 0 {
			return nil, io.EOF
		}
		return []DirEntry{}, nil
	}
	f.dirDone = true
	ents, err := ReadDir(f.name)
	if err == nil && n > 0 && len(ents) == 0 {
		return nil, io.EOF
	}
	return ents, err
}

func (f *File) Readdirnames(n int) (names []string, err error) {
	ents, err := f.ReadDir(n)
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names, err
}

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

func Rename(oldpath, newpath string) error {
	if errno := renamePath(oldpath, newpath); errno != 0 {
		return &LinkError{"rename", oldpath, newpath, syscallError{errno}}
	}
	return nil
}

func Truncate(name string, size int64) error {
	if errno := truncatePath(name, size); errno != 0 {
		return &PathError{Op: "truncate", Path: name, Err: syscallError{errno}}
	}
	return nil
}

// Chmod takes Go's FileMode bits: the permission bits and ModeSetuid,
// ModeSetgid, ModeSticky.
func Chmod(name string, mode FileMode) error {
	m := uint32(mode.Perm())
	if mode&fs.ModeSetuid != 0 {
		m |= 04000
	}
	if mode&fs.ModeSetgid != 0 {
		m |= 02000
	}
	if mode&fs.ModeSticky != 0 {
		m |= 01000
	}
	if errno := chmodPath(name, m); errno != 0 {
		return &PathError{Op: "chmod", Path: name, Err: syscallError{errno}}
	}
	return nil
}
