// Package io/fs: the file-system types that os and path/filepath share
// (FileMode, FileInfo, DirEntry, PathError, the sentinel errors, SkipDir),
// the FS interfaces and ValidPath; ReadFile, ReadDir, Stat and WalkDir over
// an FS are the optional file io_fs+funcs.mg.
package fs

import (
	"errors"
	"time"
	"unicode/utf8"
)

// An FS gives access to a hierarchical file system.
type FS interface {
	Open(name string) (File, error)
}

// A File is what an FS opens.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A ReadDirFile is a directory File that lists its entries.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// ValidPath reports whether name is a valid FS path: slash-separated
// elements, none empty, "." or "..", no leading or trailing slash; "." alone
// is the root.
func ValidPath(name string) bool {
	if !utf8.ValidString(name) {
		return false
	}
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

var SkipDir = errors.New("skip this directory")

type FileMode uint32

const (
	ModeDir FileMode = 1 << (32 - 1 - iota)
	ModeAppend
	ModeExclusive
	ModeTemporary
	ModeSymlink
	ModeDevice
	ModeNamedPipe
	ModeSocket
	ModeSetuid
	ModeSetgid
	ModeCharDevice
	ModeSticky
	ModeIrregular

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

func (m FileMode) Perm() FileMode { return m & ModePerm }

func (m FileMode) Type() FileMode { return m & ModeType }

type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

type WalkDirFunc func(path string, d DirEntry, err error) error

type statDirEntry struct {
	info FileInfo
}

func (d *statDirEntry) Name() string               { return d.info.Name() }
func (d *statDirEntry) IsDir() bool                { return d.info.IsDir() }
func (d *statDirEntry) Type() FileMode             { return d.info.Mode().Type() }
func (d *statDirEntry) Info() (FileInfo, error)    { return d.info, nil }

// FileInfoToDirEntry returns a DirEntry that reports from info (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &statDirEntry{info: info}
}
