// os file I/O: MkdirAll, WriteFile, Create/Write/Close, Open/Read through
// bufio, ReadFile, OpenFile with O_APPEND, Stat, Remove and RemoveAll, the
// errors for missing files, and filepath.WalkDir over the tree it made.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

func main() {
	dir := filepath.Join(os.TempDir(), "mg-os-files-"+strconv.Itoa(os.Getpid()))
	defer os.RemoveAll(dir)
	fmt.Println(os.MkdirAll(filepath.Join(dir, "x/y"), 0755), os.MkdirAll(dir, 0755))
	fmt.Println(os.WriteFile(filepath.Join(dir, "a.txt"), []byte("line 1\nline 2\n"), 0644))
	f, err := os.Create(filepath.Join(dir, "x/b.txt"))
	fmt.Println(err)
	fmt.Fprintf(f, "hello %d\n", 42)
	f.WriteString("bye\n")
	fmt.Println(f.Close(), f.Close() != nil)
	g, _ := os.OpenFile(filepath.Join(dir, "x/b.txt"), os.O_APPEND|os.O_WRONLY, 0)
	g.Write([]byte("appended\n"))
	g.Close()

	r, err := os.Open(filepath.Join(dir, "x/b.txt"))
	fmt.Println(err)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	r.Close()
	data, err := os.ReadFile(filepath.Join(dir, "a.txt"))
	fmt.Printf("%q %v\n", data, err)
	info, err := os.Stat(filepath.Join(dir, "a.txt"))
	fmt.Println(info.Name(), info.Size(), info.IsDir(), err)

	_, err = os.Open(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, filepath.Base(pe.Path), pe.Err)
	err = os.Mkdir(filepath.Join(dir, "x"), 0755)
	fmt.Println(os.IsExist(err), filepath.Base(err.(*os.PathError).Path))
	err = os.Remove(filepath.Join(dir, "x"))
	fmt.Println(err != nil)

	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		fmt.Println(rel, d.IsDir())
		return nil
	})
	fmt.Println(os.Remove(filepath.Join(dir, "a.txt")), os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err), os.RemoveAll(dir))
}
// Output:
// <nil> <nil>
// <nil>
// <nil>
// <nil> true
// <nil>
// "hello 42"
// "bye"
// "appended"
// "line 1\nline 2\n" <nil>
// a.txt 14 false <nil>
// true true
// true open missing no such file or directory
// true x
// true
// . true
// a.txt false
// x true
// x/b.txt false
// x/y true
// <nil> <nil>
// true <nil>
