// filepath.Walk, WalkDir (SkipDir on a directory and on a file, a stop
// error, a missing root), Glob and Abs over a tree the program makes in
// os.TempDir(), as go run.
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
	root := filepath.Join(os.TempDir(), fmt.Sprintf("mg-walk-%d", os.Getpid()))
	os.RemoveAll(root)
	for _, d := range []string{"a/b/c", "a/skip/inner", "z", "m.d"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0755); err != nil {
			fmt.Println(err)
		}
	}
	for _, f := range []string{"top.txt", "a/one.go", "a/two.go", "a/b/c/deep.txt", "a/skip/inner/x.go", "z/last", "m.d/f.go", "B.go"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0644)
	}
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		fmt.Printf("walk %s dir=%v name=%.6s size=%d mode=%v\n", rel, info.IsDir(), info.Name(), map[bool]int64{true: 0, false: info.Size()}[info.IsDir()], info.Mode().IsDir())
		if info.IsDir() && info.Name() == "skip" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("walk err", err)
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		fmt.Printf("walkdir %s dir=%v name=%.6s type=%v\n", rel, d.IsDir(), d.Name(), d.Type())
		if d.Name() == "one.go" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("walkdir err", err)
	stop := errors.New("stop")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(p, "two.go") {
			return stop
		}
		return nil
	})
	fmt.Println(err == stop)
	err = filepath.Walk(root+"/nonexistent", func(p string, info os.FileInfo, err error) error {
		fmt.Println("callback", filepath.Base(p), info == nil, strings.Replace(err.Error(), root, "ROOT", 1))
		return err
	})
	fmt.Println("walk missing", strings.Replace(err.Error(), root, "ROOT", 1))
	err = filepath.WalkDir(root+"/nonexistent", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("callback", filepath.Base(p), d == nil, strings.Replace(err.Error(), root, "ROOT", 1))
		return nil
	})
	fmt.Println("walkdir missing", err)
	err = filepath.Walk(root+"/top.txt", func(p string, info os.FileInfo, err error) error {
		fmt.Println("single", filepath.Base(p), info.IsDir())
		return nil
	})
	fmt.Println(err)
	for _, pat := range []string{"*.txt", "a/*.go", "*/*.go", "a/*/*", "[", "nomatch*", "*", "a/b/c/deep.txt", "a/nope"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		for i := range m {
			m[i], _ = filepath.Rel(root, m[i])
		}
		fmt.Println("glob", pat, m, m == nil, err)
	}
	abs, err := filepath.Abs("a/b")
	wd, _ := os.Getwd()
	fmt.Println(abs == filepath.Join(wd, "a/b"), err)
	abs, err = filepath.Abs("/x/../y")
	fmt.Println(abs, err)
	fis, err := os.ReadDir(root)
	for _, fi := range fis {
		fmt.Print(fi.Name(), " ", fi.IsDir(), "; ")
	}
	fmt.Println(err)
	os.RemoveAll(root)
}
// Output:
// walk . dir=true name=mg-wal size=0 mode=true
// walk B.go dir=false name=B.go size=4 mode=false
// walk a dir=true name=a size=0 mode=true
// walk a/b dir=true name=b size=0 mode=true
// walk a/b/c dir=true name=c size=0 mode=true
// walk a/b/c/deep.txt dir=false name=deep.t size=14 mode=false
// walk a/one.go dir=false name=one.go size=8 mode=false
// walk a/skip dir=true name=skip size=0 mode=true
// walk a/two.go dir=false name=two.go size=8 mode=false
// walk m.d dir=true name=m.d size=0 mode=true
// walk m.d/f.go dir=false name=f.go size=8 mode=false
// walk top.txt dir=false name=top.tx size=7 mode=false
// walk z dir=true name=z size=0 mode=true
// walk z/last dir=false name=last size=6 mode=false
// walk err <nil>
// walkdir . dir=true name=mg-wal type=d---------
// walkdir B.go dir=false name=B.go type=----------
// walkdir a dir=true name=a type=d---------
// walkdir a/b dir=true name=b type=d---------
// walkdir a/b/c dir=true name=c type=d---------
// walkdir a/b/c/deep.txt dir=false name=deep.t type=----------
// walkdir a/one.go dir=false name=one.go type=----------
// walkdir m.d dir=true name=m.d type=d---------
// walkdir m.d/f.go dir=false name=f.go type=----------
// walkdir top.txt dir=false name=top.tx type=----------
// walkdir z dir=true name=z type=d---------
// walkdir z/last dir=false name=last type=----------
// walkdir err <nil>
// true
// callback nonexistent true lstat ROOT/nonexistent: no such file or directory
// walk missing lstat ROOT/nonexistent: no such file or directory
// callback nonexistent true lstat ROOT/nonexistent: no such file or directory
// walkdir missing <nil>
// single top.txt false
// <nil>
// glob *.txt [top.txt] false <nil>
// glob a/*.go [a/one.go a/two.go] false <nil>
// glob */*.go [a/one.go a/two.go m.d/f.go] false <nil>
// glob a/*/* [a/b/c a/skip/inner] false <nil>
// glob [ [] true syntax error in pattern
// glob nomatch* [] true <nil>
// glob * [B.go a m.d top.txt z] false <nil>
// glob a/b/c/deep.txt [a/b/c/deep.txt] false <nil>
// glob a/nope [] true <nil>
// true <nil>
// /y <nil>
// B.go false; a true; m.d true; top.txt false; z true; <nil>
