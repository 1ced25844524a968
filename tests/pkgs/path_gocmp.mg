// path and path/filepath's pure functions against go run: Clean, Base, Dir,
// Ext, Split, IsAbs, Join, Match (with its syntax errors), Rel, SplitList.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	ps := []string{"", ".", "..", "/", "//", "a", "a/", "/a/b/../c/./d/", "a//b", "../../x", "/../x", "a/b.tar.gz", ".bashrc", "a/.b", "dir/", "x/y/z", "/x", "a/../..", "abc/./../def"}
	for _, p := range ps {
		d, f := path.Split(p)
		fd, ff := filepath.Split(p)
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q split=%q,%q abs=%v | fp clean=%q base=%q dir=%q ext=%q split=%q,%q abs=%v vol=%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), d, f, path.IsAbs(p),
			filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), fd, ff, filepath.IsAbs(p), filepath.VolumeName(p))
	}
	fmt.Println(path.Join(), path.Join("", ""), path.Join("a", "b", "../c"), path.Join("/", "a"), path.Join("a", ""), path.Join("", "a"))
	fmt.Println(filepath.Join(), filepath.Join("", ""), filepath.Join("a", "b", "../c"), filepath.Join("/", "a"), filepath.Join("a", "/b"))
	pats := [][2]string{{"*", "abc"}, {"*", "a/b"}, {"a*", "abc"}, {"a?c", "abc"}, {"a[b-d]c", "acc"}, {"a[^b]c", "abc"}, {"a[!b]c", "axc"}, {"*.go", "x.go"}, {"a/*/c", "a/b/c"}, {"\\*", "*"}, {"[", "a"}, {"a[", "a"}, {"[a-", "a"}, {"*x", "xxx"}, {"[]a]", "]"}, {"[\\]]", "]"}, {"a\\", "a"}, {"[-]", "-"}, {"[x-]", "x"}, {"", ""}, {"", "a"}}
	for _, pt := range pats {
		m, err := path.Match(pt[0], pt[1])
		m2, err2 := filepath.Match(pt[0], pt[1])
		fmt.Println(pt, m, err, m2, err2)
	}
	rels := [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b", "/a/x"}, {"a/b", "a/b"}, {"a", "b"}, {"/a", "b"}, {"../a", "b"}, {"a", "../b"}, {"/", "/a"}, {"", "a"}, {"a/b/../c", "a/c/d"}, {".", ".."}}
	for _, r := range rels {
		s, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q,%q) = %q %v\n", r[0], r[1], s, err)
	}
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), string(filepath.ListSeparator), filepath.SplitList("/a:/b::c"), len(filepath.SplitList("")))
	fmt.Println(path.ErrBadPattern, filepath.ErrBadPattern, filepath.SkipDir)
}
// Output:
// "": clean="." base="." dir="." ext="" split="","" abs=false | fp clean="." base="." dir="." ext="" split="","" abs=false vol=""
// ".": clean="." base="." dir="." ext="." split="","." abs=false | fp clean="." base="." dir="." ext="." split="","." abs=false vol=""
// "..": clean=".." base=".." dir="." ext="." split="",".." abs=false | fp clean=".." base=".." dir="." ext="." split="",".." abs=false vol=""
// "/": clean="/" base="/" dir="/" ext="" split="/","" abs=true | fp clean="/" base="/" dir="/" ext="" split="/","" abs=true vol=""
// "//": clean="/" base="/" dir="/" ext="" split="//","" abs=true | fp clean="/" base="/" dir="/" ext="" split="//","" abs=true vol=""
// "a": clean="a" base="a" dir="." ext="" split="","a" abs=false | fp clean="a" base="a" dir="." ext="" split="","a" abs=false vol=""
// "a/": clean="a" base="a" dir="a" ext="" split="a/","" abs=false | fp clean="a" base="a" dir="a" ext="" split="a/","" abs=false vol=""
// "/a/b/../c/./d/": clean="/a/c/d" base="d" dir="/a/c/d" ext="" split="/a/b/../c/./d/","" abs=true | fp clean="/a/c/d" base="d" dir="/a/c/d" ext="" split="/a/b/../c/./d/","" abs=true vol=""
// "a//b": clean="a/b" base="b" dir="a" ext="" split="a//","b" abs=false | fp clean="a/b" base="b" dir="a" ext="" split="a//","b" abs=false vol=""
// "../../x": clean="../../x" base="x" dir="../.." ext="" split="../../","x" abs=false | fp clean="../../x" base="x" dir="../.." ext="" split="../../","x" abs=false vol=""
// "/../x": clean="/x" base="x" dir="/" ext="" split="/../","x" abs=true | fp clean="/x" base="x" dir="/" ext="" split="/../","x" abs=true vol=""
// "a/b.tar.gz": clean="a/b.tar.gz" base="b.tar.gz" dir="a" ext=".gz" split="a/","b.tar.gz" abs=false | fp clean="a/b.tar.gz" base="b.tar.gz" dir="a" ext=".gz" split="a/","b.tar.gz" abs=false vol=""
// ".bashrc": clean=".bashrc" base=".bashrc" dir="." ext=".bashrc" split="",".bashrc" abs=false | fp clean=".bashrc" base=".bashrc" dir="." ext=".bashrc" split="",".bashrc" abs=false vol=""
// "a/.b": clean="a/.b" base=".b" dir="a" ext=".b" split="a/",".b" abs=false | fp clean="a/.b" base=".b" dir="a" ext=".b" split="a/",".b" abs=false vol=""
// "dir/": clean="dir" base="dir" dir="dir" ext="" split="dir/","" abs=false | fp clean="dir" base="dir" dir="dir" ext="" split="dir/","" abs=false vol=""
// "x/y/z": clean="x/y/z" base="z" dir="x/y" ext="" split="x/y/","z" abs=false | fp clean="x/y/z" base="z" dir="x/y" ext="" split="x/y/","z" abs=false vol=""
// "/x": clean="/x" base="x" dir="/" ext="" split="/","x" abs=true | fp clean="/x" base="x" dir="/" ext="" split="/","x" abs=true vol=""
// "a/../..": clean=".." base=".." dir="." ext="." split="a/../",".." abs=false | fp clean=".." base=".." dir="." ext="." split="a/../",".." abs=false vol=""
// "abc/./../def": clean="def" base="def" dir="." ext="" split="abc/./../","def" abs=false | fp clean="def" base="def" dir="." ext="" split="abc/./../","def" abs=false vol=""
//   a/c /a a a
//   a/c /a a/b
// [* abc] true <nil> true <nil>
// [* a/b] false <nil> false <nil>
// [a* abc] true <nil> true <nil>
// [a?c abc] true <nil> true <nil>
// [a[b-d]c acc] true <nil> true <nil>
// [a[^b]c abc] false <nil> false <nil>
// [a[!b]c axc] false <nil> false <nil>
// [*.go x.go] true <nil> true <nil>
// [a/*/c a/b/c] true <nil> true <nil>
// [\* *] true <nil> true <nil>
// [[ a] false syntax error in pattern false syntax error in pattern
// [a[ a] false syntax error in pattern false syntax error in pattern
// [[a- a] false syntax error in pattern false syntax error in pattern
// [*x xxx] true <nil> true <nil>
// [[]a] ]] false syntax error in pattern false syntax error in pattern
// [[\]] ]] true <nil> true <nil>
// [a\ a] false syntax error in pattern false syntax error in pattern
// [[-] -] false syntax error in pattern false syntax error in pattern
// [[x-] x] false syntax error in pattern false syntax error in pattern
// [ ] true <nil> true <nil>
// [ a] false <nil> false <nil>
// Rel("/a/b","/a/b/c/d") = "c/d" <nil>
// Rel("/a/b","/a/x") = "../x" <nil>
// Rel("a/b","a/b") = "." <nil>
// Rel("a","b") = "../b" <nil>
// Rel("/a","b") = "" Rel: can't make b relative to /a
// Rel("../a","b") = "" Rel: can't make b relative to ../a
// Rel("a","../b") = "../../b" <nil>
// Rel("/","/a") = "a" <nil>
// Rel("","a") = "a" <nil>
// Rel("a/b/../c","a/c/d") = "d" <nil>
// Rel(".","..") = ".." <nil>
// a/b a/b / : [/a /b  c] 0
// syntax error in pattern syntax error in pattern skip this directory
