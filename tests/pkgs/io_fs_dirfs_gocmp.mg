// io/fs over os.DirFS as go run: fs.ReadFile, ReadDir, Stat, WalkDir (SkipDir),
// ValidPath, and DirFS's errors (invalid names, an empty root), in a tree the
// program makes in os.TempDir().
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root := filepath.Join(os.TempDir(), fmt.Sprintf("mg-fs-%d", os.Getpid()))
	os.RemoveAll(root)
	defer os.RemoveAll(root)
	for _, d := range []string{"a/b", "c"} {
		os.MkdirAll(filepath.Join(root, d), 0755)
	}
	for _, f := range []string{"top.txt", "a/x.go", "a/b/deep.md", "c/z"} {
		os.WriteFile(filepath.Join(root, f), []byte("content of "+f), 0644)
	}
	fsys := os.DirFS(root)
	data, err := fs.ReadFile(fsys, "a/b/deep.md")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "missing")
	fmt.Println(strings.Replace(err.Error(), root, "ROOT", 1))
	_, err = fs.ReadFile(fsys, "../etc/passwd")
	fmt.Println(err)
	_, err = fsys.Open("/abs")
	fmt.Println(err)
	ents, err := fs.ReadDir(fsys, ".")
	for _, e := range ents {
		fmt.Print(e.Name(), " ", e.IsDir(), "; ")
	}
	fmt.Println(err)
	st, err := fs.Stat(fsys, "top.txt")
	fmt.Println(st.Name(), st.Size(), st.IsDir(), err)
	_, err = fs.Stat(fsys, "a//b")
	fmt.Println(err)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walk", p, d.Name(), d.IsDir())
		if p == "a/b" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println(err)
	for _, p := range []string{".", "a", "a/b", "", "/a", "a/", "a/./b", "a/../b", "..", "a//b", "x\xffy", "...", ".a/b."} {
		fmt.Print(fs.ValidPath(p), " ")
	}
	fmt.Println()
	f, _ := fsys.Open("c/z")
	var _ fs.File = f
	info, _ := f.Stat()
	fmt.Println(info.Name(), info.Mode().IsRegular())
	f.Close()
	_, err = fs.ReadDir(os.DirFS(""), ".")
	fmt.Println(err)
	_, err = fs.Stat(os.DirFS(root+"/"), "a")
	fmt.Println(err)
	_, ok := fsys.(fs.StatFS)
	_, ok2 := fsys.(fs.ReadDirFS)
	fmt.Println(ok, ok2)
}
// Output:
// "content of a/b/deep.md" <nil>
// open ROOT/missing: no such file or directory
// stat ../etc/passwd: invalid argument
// stat /abs: invalid argument
// a true; c true; top.txt false; <nil>
// top.txt 18 false <nil>
// stat a//b: invalid argument
// walk . . true
// walk a a true
// walk a/b b true
// walk a/x.go x.go false
// walk c c true
// walk c/z z false
// walk top.txt top.txt false
// <nil>
// true true true false false false false false false false false true true 
// z true
// stat .: os: DirFS with empty root
// <nil>
// true false
