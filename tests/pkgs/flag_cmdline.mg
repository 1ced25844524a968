// flag on the command line: every kind, the Var forms, Func, "--" and the
// arguments after the flags, NFlag/NArg/Arg, Visit/VisitAll, Lookup and Set.
package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fmt.Println(flag.Parsed())
	n := flag.Int("n", 1, "count")
	big := flag.Int64("big", 0, "an int64")
	u := flag.Uint("u", 7, "a uint")
	u64 := flag.Uint64("u64", 0, "a uint64")
	f := flag.Float64("f", 0.5, "a float")
	s := flag.String("s", "def", "a string")
	b := flag.Bool("b", false, "a bool")
	d := flag.Duration("d", time.Second, "a duration")
	var iv int
	var sv string
	var bv bool = true
	flag.IntVar(&iv, "iv", 0, "int var")
	flag.StringVar(&sv, "sv", "", "string var")
	flag.BoolVar(&bv, "bv", true, "bool var")
	var l list
	flag.Var(&l, "item", "repeatable")
	var seen []string
	flag.Func("fn", "a func flag", func(v string) error {
		seen = append(seen, strings.ToUpper(v))
		return nil
	})
	flag.Parse()
	fmt.Println(flag.Parsed(), *n, *big, *u, *u64, *f, *s, *b, *d, iv, sv, bv, l, seen)
	fmt.Println(flag.NFlag(), flag.NArg(), flag.Args(), flag.Arg(0), flag.Arg(5) == "")
	flag.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
	flag.VisitAll(func(fl *flag.Flag) { fmt.Print(fl.Name, ":", fl.DefValue, " ") })
	fmt.Println()
	fmt.Println(flag.Lookup("n").Usage, flag.Lookup("nope") == nil)
	err := flag.Set("n", "99")
	fmt.Println(err, *n)
	fmt.Println(flag.Set("nope", "1"), flag.Set("n", "x"))
	g := flag.Lookup("d").Value.(flag.Getter).Get()
	fmt.Printf("%T %v\n", g, g)
}
// Args: -n=42 -big -9000000000 --u 0x10 -u64=18446744073709551615 -f 2.5e3 -s hello -b -d 1m30s -iv 3 -sv=x -bv=false -item a -item b -fn go -fn mg -- -notaflag rest
// Output:
// false
// true 42 -9000000000 16 18446744073709551615 2500 hello true 1m30s 3 x false [a b] [GO MG]
// 13 2 [-notaflag rest] -notaflag true
// b=true big=-9000000000 bv=false d=1m30s f=2500 fn= item=a,b iv=3 n=42 s=hello sv=x u=16 u64=18446744073709551615 
// b:false big:0 bv:true d:1s f:0.5 fn: item: iv:0 n:1 s:def sv: u:7 u64:0 
// count true
// <nil> 99
// no such flag -nope parse error
// time.Duration 1m30s
