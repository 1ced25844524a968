// Package os, its DirFS: an optional file (lang/loader.c).
package os

import (
	"errors"
	"io/fs"
)

// DirFS returns a file system (an fs.FS, also an fs.StatFS) for the tree of
// files rooted at dir.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

// join: dir and a valid fs path, as Go 1.19's (whose errors, Open's too,
// carry the op "stat").
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	if dir[len(dir)-1] == '/' {
		return string(dir) + name, nil
	}
	return string(dir) + "/" + name, nil
}

func (dir dirFS) Open(name string) (fs.File, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Open(fullname)
	if err != nil {
		return nil, err // a nil fs.File, not a nil *File
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(fullname)
	if err != nil {
		return nil, err
	}
	return f, nil
}
