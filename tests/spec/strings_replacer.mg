package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.NewReplacer("a", "1", "aaa", "3").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "a", "1").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("", "X").Replace("abc"))
	fmt.Println(strings.NewReplacer("", "X", "a", "A").Replace("ab"))
	fmt.Println(strings.NewReplacer("a", "A", "", "X").Replace("ab"))
	fmt.Println(strings.NewReplacer("", "X").Replace(""))
	fmt.Println(strings.NewReplacer("a", "b", "b", "a").Replace("abba"))
	fmt.Println(strings.NewReplacer("a", "b", "a", "c").Replace("aaa"))
	fmt.Println(strings.NewReplacer("hello", "bye", "world", "moon").Replace("hello world, hello!"))
	fmt.Println(strings.NewReplacer().Replace("same"))
	fmt.Println(strings.NewReplacer("abc", "").Replace("xabcyabcz"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace("héllo"))
	n, err := strings.NewReplacer("x", "yy").WriteString(os.Stdout, "axbx\n")
	fmt.Println(n, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("a")
}

// Output:
// a &lt; b &amp;&amp; c &gt; d
// 1111
// 31
// XaXbXcX
// XAXbX
// AXbX
// X
// baab
// bbb
// bye moon, bye!
// same
// xyz
// "-h-\xc3-\xa9-l-l-o-"
// ayybyy
// 7 <nil>
// recovered: strings.NewReplacer: odd argument count
