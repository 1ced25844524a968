// package path: Clean, Join, Split, Base, Dir, Ext, IsAbs and Match over the
// corner cases of Go's own tables.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "abc", "abc/def", "a/b/c/../..", "/../x", "../../a/./b/",
		"a//b/./c/..", "/abc/..", "abc/../../..", "./", "a/./", "/a/b/../../../c"} {
		d, f := path.Split(p)
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), d, f)
	}
	fmt.Println(path.Join("a", "b", "c"), path.Join("a", "", "c"), path.Join("", ""), path.Join("/", "x/../y"), path.Join("a/", "/b"))
	fmt.Println(path.Ext("file.tar.gz"), path.Ext("dir.d/file"), path.Ext("x."))
	for _, c := range [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*/b", "abc/b"}, {"a*/b", "a/c/b"},
		{"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b?c*x", "abxbbxdbxebxczzx"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"},
		{"ab[^c]", "abc"}, {"ab[^b-d]", "abe"}, {"a\\*b", "a*b"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"},
		{"[", "a"}, {"[^", "a"}, {"[-]", "-"}, {"[x-]", "x"}, {"a[", "x"}, {"*x", "xxx"}, {"a\\", "a"},
		{"[a-b-c]", "a"}, {"*[", "abc"}, {"a?", "a/"},
	} {
		m, err := path.Match(c[0], c[1])
		fmt.Printf("%q %q %v %v\n", c[0], c[1], m, err)
	}
}
// Output:
// "": clean="." base="." dir="." ext="" abs=false split="",""
// ".": clean="." base="." dir="." ext="." abs=false split="","."
// "..": clean=".." base=".." dir="." ext="." abs=false split="",".."
// "/": clean="/" base="/" dir="/" ext="" abs=true split="/",""
// "//": clean="/" base="/" dir="/" ext="" abs=true split="//",""
// "abc": clean="abc" base="abc" dir="." ext="" abs=false split="","abc"
// "abc/def": clean="abc/def" base="def" dir="abc" ext="" abs=false split="abc/","def"
// "a/b/c/../..": clean="a" base=".." dir="a/b" ext="." abs=false split="a/b/c/../",".."
// "/../x": clean="/x" base="x" dir="/" ext="" abs=true split="/../","x"
// "../../a/./b/": clean="../../a/b" base="b" dir="../../a/b" ext="" abs=false split="../../a/./b/",""
// "a//b/./c/..": clean="a/b" base=".." dir="a/b/c" ext="." abs=false split="a//b/./c/",".."
// "/abc/..": clean="/" base=".." dir="/abc" ext="." abs=true split="/abc/",".."
// "abc/../../..": clean="../.." base=".." dir=".." ext="." abs=false split="abc/../../",".."
// "./": clean="." base="." dir="." ext="" abs=false split="./",""
// "a/./": clean="a" base="." dir="a" ext="" abs=false split="a/./",""
// "/a/b/../../../c": clean="/c" base="c" dir="/" ext="" abs=true split="/a/b/../../../","c"
// a/b/c a/c  /y a/b
// .gz  .
// "abc" "abc" true <nil>
// "*" "abc" true <nil>
// "*c" "abc" true <nil>
// "a*" "a" true <nil>
// "a*/b" "abc/b" true <nil>
// "a*/b" "a/c/b" false <nil>
// "a*b*c*d*e*/f" "axbxcxdxe/f" true <nil>
// "a*b?c*x" "abxbbxdbxebxczzx" true <nil>
// "ab[c]" "abc" true <nil>
// "ab[b-d]" "abc" true <nil>
// "ab[^c]" "abc" false <nil>
// "ab[^b-d]" "abe" true <nil>
// "a\\*b" "a*b" true <nil>
// "a?b" "a☺b" true <nil>
// "a[^a]b" "a☺b" true <nil>
// "[" "a" false syntax error in pattern
// "[^" "a" false syntax error in pattern
// "[-]" "-" false syntax error in pattern
// "[x-]" "x" false syntax error in pattern
// "a[" "x" false syntax error in pattern
// "*x" "xxx" true <nil>
// "a\\" "a" false syntax error in pattern
// "[a-b-c]" "a" false syntax error in pattern
// "*[" "abc" false syntax error in pattern
// "a?" "a/" false <nil>
