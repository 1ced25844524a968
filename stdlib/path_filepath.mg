// Package path/filepath: file-name manipulation for Unix (Separator '/'), so
// the lexical functions are package path's; Rel, SplitList, Abs, Glob, Walk
// and WalkDir follow Go 1.19's, walking the real file system through os.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

var ErrBadPattern = path.ErrBadPattern

var SkipDir error = fs.SkipDir

func Clean(p string) string { return path.Clean(p) }

func Join(elem ...string) string { return path.Join(elem...) }

func Split(p string) (dir, file string) { return path.Split(p) }

func Ext(p string) string { return path.Ext(p) }

func Base(p string) string { return path.Base(p) }

func Dir(p string) string { return path.Dir(p) }

func IsAbs(p string) bool { return path.IsAbs(p) }

func Match(pattern, name string) (matched bool, err error) { return path.Match(pattern, name) }

func ToSlash(p string) string { return p }

func FromSlash(p string) string { return p }

func VolumeName(p string) string { return "" }

// HasPrefix (deprecated in Go) tests only the bytes of the path, not its
// element boundaries.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath when
// joined to basepath.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	baseSlashed := len(base) > 0 && base[0] == Separator
	targSlashed := len(targ) > 0 && targ[0] == Separator
	if baseSlashed != targSlashed {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	bl := len(base)
	tl := len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0 = bi
		t0 = ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 != bl {
		// base has elements left: climb out of each
		seps := strings.Count(base[b0:bl], string(Separator))
		size := 2 + seps*3
		if tl != t0 {
			size += 1 + tl - t0
		}
		buf := make([]byte, size)
		n := copy(buf, "..")
		for i := 0; i < seps; i++ {
			buf[n] = Separator
			copy(buf[n+1:], "..")
			n += 3
		}
		if t0 != tl {
			buf[n] = Separator
			copy(buf[n+1:], targ[t0:])
		}
		return string(buf), nil
	}
	return targ[t0:], nil
}

// hasMeta reports whether p contains any of the magic characters of Match.
func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

// Glob returns the names of all files matching pattern, or nil; the only
// possible error is ErrBadPattern. I/O errors are ignored.
func Glob(pattern string) (matches []string, err error) {
	return glob(pattern, 0)
}

func glob(pattern string, depth int) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	var m []string
	m, err = glob(dir, depth+1)
	if err != nil {
		return
	}
	for _, d := range m {
		matches, err = globDir(d, file, matches)
		if err != nil {
			return
		}
	}
	return
}

func cleanGlobPath(p string) string {
	switch p {
	case "":
		return "."
	case string(Separator):
		return p
	default:
		return p[0 : len(p)-1] // chop off the trailing separator
	}
}

// globDir appends to matches the entries of dir that match pattern.
func globDir(dir, pattern string, matches []string) (m []string, e error) {
	m = matches
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	names := make([]string, len(entries))
	for i, d := range entries {
		names[i] = d.Name()
	}
	sort.Strings(names)
	for _, n := range names {
		matched, err := Match(pattern, n)
		if err != nil {
			return m, err
		}
		if matched {
			m = append(m, Join(dir, n))
		}
	}
	return
}

type WalkFunc func(path string, info fs.FileInfo, err error) error

func walkDir(p string, d fs.DirEntry, walkDirFn fs.WalkDirFunc) error {
	if err := walkDirFn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := os.ReadDir(p)
	if err != nil {
		// the error is reported in a second call for the directory
		err = walkDirFn(p, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		if err := walkDir(Join(p, d1.Name()), d1, walkDirFn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

func walk(p string, info fs.FileInfo, walkFn WalkFunc) error {
	if !info.IsDir() {
		return walkFn(p, info, nil)
	}
	names, err := readDirNames(p)
	err1 := walkFn(p, info, err)
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		filename := Join(p, name)
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := walkFn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
		} else {
			err = walk(filename, fileInfo, walkFn)
			if err != nil {
				if !fileInfo.IsDir() || err != SkipDir {
					return err
				}
			}
		}
	}
	return nil
}

// WalkDir walks the tree rooted at root in lexical order, calling fn for
// each file or directory (root included).
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

// Walk is WalkDir with an Lstat of every file (less efficient).
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func readDirNames(dirname string) ([]string, error) {
	entries, err := os.ReadDir(dirname)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	sort.Strings(names)
	return names, nil
}
