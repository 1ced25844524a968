// os.File's Stat, Seek, ReadAt (and through io.SectionReader), WriteAt, Sync,
// Truncate, ReadDir, Readdirnames; os.Truncate, Rename (LinkError), Chmod, as
// go run, in a directory the program makes in os.TempDir().
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("mg-file-%d", os.Getpid()))
	os.RemoveAll(dir)
	os.Mkdir(dir, 0755)
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "data.txt")
	f, _ := os.Create(name)
	f.WriteString("0123456789abcdef")
	st, err := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.Mode(), st.IsDir(), err)
	pos, err := f.Seek(4, io.SeekStart)
	fmt.Println(pos, err)
	f.Write([]byte("XY"))
	pos, _ = f.Seek(0, io.SeekCurrent)
	fmt.Println(pos)
	pos, _ = f.Seek(-3, io.SeekEnd)
	fmt.Println(pos)
	_, err = f.Seek(-100, io.SeekStart)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	n, err := f.WriteAt([]byte("__"), 10)
	fmt.Println(n, err)
	fmt.Println(f.Sync())
	f.Close()
	fmt.Println(strings.Replace(fmt.Sprint(f.Sync()), dir, "DIR", 1))
	f, _ = os.Open(name)
	b := make([]byte, 5)
	n, err = f.ReadAt(b, 2)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	n, err = f.ReadAt(b, 13)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	n, err = f.ReadAt(b, -1)
	fmt.Println(n, strings.Replace(err.Error(), dir, "DIR", 1))
	rest, _ := io.ReadAll(io.NewSectionReader(f, 8, 4))
	fmt.Printf("%q\n", rest)
	f.Close()
	fmt.Println(os.Truncate(name, 6))
	data, _ := os.ReadFile(name)
	fmt.Printf("%q\n", data)
	f, _ = os.OpenFile(name, os.O_RDWR, 0)
	fmt.Println(f.Truncate(3))
	f.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)
	fmt.Println(os.Rename(name, filepath.Join(dir, "moved.txt")))
	err = os.Rename(name, filepath.Join(dir, "x"))
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	_, isLink := err.(*os.LinkError)
	fmt.Println(isLink, os.IsNotExist(err))
	moved := filepath.Join(dir, "moved.txt")
	fmt.Println(os.Chmod(moved, 0600))
	st, _ = os.Stat(moved)
	fmt.Println(st.Mode())
	os.WriteFile(filepath.Join(dir, "b.txt"), nil, 0644)
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	d, _ := os.Open(dir)
	names, err := d.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	d.Close()
	d, _ = os.Open(dir)
	ents, err := d.ReadDir(10)
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	for _, e := range ents {
		fmt.Print(e.Name(), e.IsDir(), " ")
	}
	fmt.Println(err)
	ents, err = d.ReadDir(10)
	fmt.Println(len(ents), err)
	d.Close()
}
// Output:
// data.txt 16 -rw-r--r-- false <nil>
// 4 <nil>
// 6
// 13
// seek DIR/data.txt: invalid argument
// 2 <nil>
// <nil>
// sync DIR/data.txt: file already closed
// 5 <nil> "23XY6"
// 3 EOF "def"
// 0 readat DIR/data.txt: negative offset
// "89__"
// <nil>
// "0123XY"
// <nil>
// "012"
// <nil>
// rename DIR/data.txt DIR/x: no such file or directory
// true true
// <nil>
// -rw-------
// [b.txt moved.txt sub] <nil>
// b.txtfalse moved.txtfalse subtrue <nil>
// 0 EOF
