// path/filepath: the lexical functions, Rel, SplitList, Abs, and Glob, Walk
// and WalkDir over tests/pkgs/testdata/tree (run from the repository root),
// with SkipDir, an error from the callback and a missing root.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(filepath.Join("a", "b/../c", "d"), filepath.Clean("a//b/./"), filepath.Base("/x/y.go"), filepath.Dir("/x/y.go"), filepath.Ext("y.tar.gz"))
	d, f := filepath.Split("dir/sub/file.txt")
	fmt.Println(d, f, filepath.IsAbs("/a"), filepath.IsAbs("a"), string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Printf("%q %q %q\n", filepath.SplitList("/bin:/usr/bin::x"), filepath.SplitList(""), filepath.VolumeName("/a/b"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))
	for _, c := range [][2]string{{"/a", "/a/b/c"}, {"/a/b/c", "/a"}, {"a/b", "a/c/d"}, {".", "a/b"}, {"a", "a"},
		{"/a", "b"}, {"../a", "b"}, {"a/b/../c", "a/c/d"}, {"/", "/x"}, {"..", "."}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", c[0], c[1], r, err)
	}
	wd, _ := os.Getwd()
	abs, err := filepath.Abs("tests/pkgs/../pkgs")
	fmt.Println(strings.TrimPrefix(abs, wd), err)
	abs, _ = filepath.Abs("/x/../y")
	fmt.Println(abs)
	m, _ := filepath.Match("*.go", "main.go")
	fmt.Println(m)

	root := "tests/pkgs/testdata/tree"
	for _, pat := range []string{root + "/*", root + "/*/*.txt", root + "/[ab]*/*", root + "/a/b/y.go", root + "/none*", root + "/[", root + "/*/b/*"} {
		ms, err := filepath.Glob(pat)
		fmt.Printf("%q %v\n", ms, err)
	}
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		size := info.Size()
		if info.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Println("walk", rel, info.Name(), info.IsDir(), size, info.Mode().IsRegular())
		return nil
	})
	fmt.Println(err)
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "b" {
			return filepath.SkipDir
		}
		fmt.Println("walkdir", p, d.Name(), d.IsDir(), d.Type().IsDir())
		return nil
	})
	fmt.Println(err)
	stop := errors.New("stop")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(p, ".txt") {
			return stop
		}
		return nil
	})
	fmt.Println(err)
	err = filepath.Walk(root+"/missing", func(p string, info fs.FileInfo, err error) error {
		fmt.Println("cb", p, info == nil, err, os.IsNotExist(err))
		return err
	})
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if p == root+"/c" {
			return filepath.SkipDir
		}
		fmt.Println("skip-c", p)
		return nil
	})
	fmt.Println(err)
	info, _ := os.Stat(root + "/top.md")
	fmt.Println(info.Name(), info.Size(), info.Mode().Perm()&0400 != 0, info.IsDir())
	fi, _ := os.Lstat(root)
	fmt.Println(fi.Mode().IsDir(), fi.Mode()&fs.ModeType == fs.ModeDir)
}
// Output:
// a/c/d a/b y.go /x .gz
// dir/sub/ file.txt true false / :
// ["/bin" "/usr/bin" "" "x"] [] ""
// a/b a/b
// Rel("/a", "/a/b/c") = "b/c" <nil>
// Rel("/a/b/c", "/a") = "../.." <nil>
// Rel("a/b", "a/c/d") = "../c/d" <nil>
// Rel(".", "a/b") = "a/b" <nil>
// Rel("a", "a") = "." <nil>
// Rel("/a", "b") = "" Rel: can't make b relative to /a
// Rel("../a", "b") = "" Rel: can't make b relative to ../a
// Rel("a/b/../c", "a/c/d") = "d" <nil>
// Rel("/", "/x") = "x" <nil>
// Rel("..", ".") = "" Rel: can't make . relative to ..
// /tests/pkgs <nil>
// /y
// true
// ["tests/pkgs/testdata/tree/a" "tests/pkgs/testdata/tree/c" "tests/pkgs/testdata/tree/top.md"] <nil>
// ["tests/pkgs/testdata/tree/a/x.txt" "tests/pkgs/testdata/tree/c/z.txt"] <nil>
// ["tests/pkgs/testdata/tree/a/b" "tests/pkgs/testdata/tree/a/x.txt"] <nil>
// ["tests/pkgs/testdata/tree/a/b/y.go"] <nil>
// [] <nil>
// [] syntax error in pattern
// ["tests/pkgs/testdata/tree/a/b/y.go"] <nil>
// walk . tree true -1 false
// walk a a true -1 false
// walk a/b b true -1 false
// walk a/b/y.go y.go false 3 true
// walk a/x.txt x.txt false 6 true
// walk c c true -1 false
// walk c/z.txt z.txt false 1 true
// walk top.md top.md false 4 true
// <nil>
// walkdir tests/pkgs/testdata/tree tree true true
// walkdir tests/pkgs/testdata/tree/a a true true
// walkdir tests/pkgs/testdata/tree/a/x.txt x.txt false false
// walkdir tests/pkgs/testdata/tree/c c true true
// walkdir tests/pkgs/testdata/tree/c/z.txt z.txt false false
// walkdir tests/pkgs/testdata/tree/top.md top.md false false
// <nil>
// stop
// cb tests/pkgs/testdata/tree/missing true lstat tests/pkgs/testdata/tree/missing: no such file or directory true
// lstat tests/pkgs/testdata/tree/missing: no such file or directory true
// skip-c tests/pkgs/testdata/tree
// skip-c tests/pkgs/testdata/tree/a
// skip-c tests/pkgs/testdata/tree/a/b
// skip-c tests/pkgs/testdata/tree/a/b/y.go
// skip-c tests/pkgs/testdata/tree/a/x.txt
// skip-c tests/pkgs/testdata/tree/top.md
// <nil>
// top.md 4 true false
// true true
