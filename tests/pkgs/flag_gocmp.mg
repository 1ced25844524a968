// flag.FlagSet with ContinueOnError against go run: every flag kind, Var and
// Func, -flag=value/--flag, --, bad values and their messages, unknown flags,
// -h/-help (ErrHelp), usage text, PrintDefaults, Set, Lookup, Visit, UnquoteUsage,
// Getter, a custom Usage, an unnamed set, PanicOnError on a redefinition.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "bad" {
		return errors.New("no bad values")
	}
	*l = append(*l, s)
	return nil
}

func newSet() (*flag.FlagSet, map[string]any) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	m := map[string]any{}
	m["n"] = fs.Int("n", 5, "number of `items`")
	m["name"] = fs.String("name", "anon", "the name")
	m["v"] = fs.Bool("v", false, "verbose")
	m["d"] = fs.Duration("d", 2*time.Second, "a duration")
	m["f"] = fs.Float64("f", 1.5, "a float")
	m["i64"] = fs.Int64("i64", -3, "an int64")
	m["u"] = fs.Uint("u", 7, "a uint")
	m["u64"] = fs.Uint64("u64", 0, "a uint64")
	m["empty"] = fs.String("empty", "", "no default shown")
	var x int
	fs.IntVar(&x, "x", 0, "")
	var b2 bool
	fs.BoolVar(&b2, "on", true, "defaults to true")
	var lv listValue
	fs.Var(&lv, "item", "repeatable `value`")
	m["item"] = &lv
	fs.Func("fn", "called for each", func(s string) error {
		fmt.Println("fn got", s)
		if s == "" {
			return errors.New("empty")
		}
		return nil
	})
	return fs, m
}

func dump(fs *flag.FlagSet, m map[string]any) {
	fmt.Println(*m["n"].(*int), *m["name"].(*string), *m["v"].(*bool), *m["d"].(*time.Duration), *m["f"].(*float64), *m["i64"].(*int64), *m["u"].(*uint), *m["u64"].(*uint64), m["item"])
	fmt.Printf("args %q nargs %d nflag %d arg0 %q arg9 %q parsed %v\n", fs.Args(), fs.NArg(), fs.NFlag(), fs.Arg(0), fs.Arg(9), fs.Parsed())
	fs.Visit(func(f *flag.Flag) { fmt.Printf("set %s=%s (def %q)\n", f.Name, f.Value, f.DefValue) })
}

func try(args ...string) {
	fmt.Printf("--- %q\n", args)
	fs, m := newSet()
	err := fs.Parse(args)
	fmt.Println("err:", err)
	dump(fs, m)
}

func main() {
	try()
	try("-n", "3", "--name=bob", "-v", "-d", "1m30s", "-f=2.25", "-i64", "-9", "-u", "0x10", "-item", "a", "-item=b", "rest", "-n", "4")
	try("-v=false", "--", "-n", "1")
	try("-", "x")
	try("-n")
	try("-n", "abc")
	try("-n", "99999999999999999999")
	try("-u", "-1")
	try("-v=maybe")
	try("-d", "5")
	try("-item", "bad")
	try("-fn", "hello", "-fn=")
	try("-unknown")
	try("---x")
	try("-=x")
	try("-h")
	try("-help")
	try("-x", "1", "-x", "2")
	fs, _ := newSet()
	fs.PrintDefaults()
	fmt.Println(fs.Name(), fs.ErrorHandling() == flag.ContinueOnError, fs.Lookup("n").Usage, fs.Lookup("nope") == nil)
	fmt.Println(fs.Set("n", "42"), fs.Lookup("n").Value.String(), fs.Set("nope", "1"), fs.Set("n", "x"))
	fs.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
	name, usage := flag.UnquoteUsage(fs.Lookup("n"))
	fmt.Println(name, usage)
	name, usage = flag.UnquoteUsage(fs.Lookup("d"))
	fmt.Println(name, usage)
	g := fs.Lookup("d").Value.(flag.Getter).Get()
	fmt.Printf("%T %v\n", g, g)
	fmt.Println(flag.ErrHelp)
	fs2 := flag.NewFlagSet("other", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Usage = func() { fmt.Println("custom usage for", fs2.Name()) }
	fmt.Println(fs2.Parse([]string{"-zz"}))
	fs3 := flag.NewFlagSet("", flag.ContinueOnError)
	fs3.SetOutput(os.Stdout)
	fs3.Int("k", 0, "k")
	fmt.Println(fs3.Parse([]string{"-q"}))
	defer func() { fmt.Println("recovered:", recover()) }()
	fs4 := flag.NewFlagSet("p4", flag.PanicOnError)
	fs4.SetOutput(os.Stdout)
	fs4.Int("a", 0, "")
	fs4.Int("a", 0, "")
}
// Output:
// --- []
// err: <nil>
// 5 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["-n" "3" "--name=bob" "-v" "-d" "1m30s" "-f=2.25" "-i64" "-9" "-u" "0x10" "-item" "a" "-item=b" "rest" "-n" "4"]
// err: <nil>
// 3 bob true 1m30s 2.25 -9 16 0 a,b
// args ["rest" "-n" "4"] nargs 3 nflag 8 arg0 "rest" arg9 "" parsed true
// set d=1m30s (def "2s")
// set f=2.25 (def "1.5")
// set i64=-9 (def "-3")
// set item=a,b (def "")
// set n=3 (def "5")
// set name=bob (def "anon")
// set u=16 (def "7")
// set v=true (def "false")
// --- ["-v=false" "--" "-n" "1"]
// err: <nil>
// 5 anon false 2s 1.5 -3 7 0 
// args ["-n" "1"] nargs 2 nflag 1 arg0 "-n" arg9 "" parsed true
// set v=false (def "false")
// --- ["-" "x"]
// err: <nil>
// 5 anon false 2s 1.5 -3 7 0 
// args ["-" "x"] nargs 2 nflag 0 arg0 "-" arg9 "" parsed true
// --- ["-n"]
// flag needs an argument: -n
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: flag needs an argument: -n
// 5 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["-n" "abc"]
// invalid value "abc" for flag -n: parse error
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: invalid value "abc" for flag -n: parse error
// 0 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["-n" "99999999999999999999"]
// invalid value "99999999999999999999" for flag -n: value out of range
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: invalid value "99999999999999999999" for flag -n: value out of range
// 9223372036854775807 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["-u" "-1"]
// invalid value "-1" for flag -u: parse error
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: invalid value "-1" for flag -u: parse error
// 5 anon false 2s 1.5 -3 0 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["-v=maybe"]
// invalid boolean value "maybe" for -v: parse error
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: invalid boolean value "maybe" for -v: parse error
// 5 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["-d" "5"]
// invalid value "5" for flag -d: parse error
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: invalid value "5" for flag -d: parse error
// 5 anon false 0s 1.5 -3 7 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["-item" "bad"]
// invalid value "bad" for flag -item: no bad values
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: invalid value "bad" for flag -item: no bad values
// 5 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["-fn" "hello" "-fn="]
// fn got hello
// fn got 
// invalid value "" for flag -fn: empty
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: invalid value "" for flag -fn: empty
// 5 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 1 arg0 "" arg9 "" parsed true
// set fn= (def "")
// --- ["-unknown"]
// flag provided but not defined: -unknown
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: flag provided but not defined: -unknown
// 5 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["---x"]
// bad flag syntax: ---x
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: bad flag syntax: ---x
// 5 anon false 2s 1.5 -3 7 0 
// args ["---x"] nargs 1 nflag 0 arg0 "---x" arg9 "" parsed true
// --- ["-=x"]
// bad flag syntax: -=x
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: bad flag syntax: -=x
// 5 anon false 2s 1.5 -3 7 0 
// args ["-=x"] nargs 1 nflag 0 arg0 "-=x" arg9 "" parsed true
// --- ["-h"]
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: flag: help requested
// 5 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["-help"]
// Usage of prog:
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// err: flag: help requested
// 5 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 0 arg0 "" arg9 "" parsed true
// --- ["-x" "1" "-x" "2"]
// err: <nil>
// 5 anon false 2s 1.5 -3 7 0 
// args [] nargs 0 nflag 1 arg0 "" arg9 "" parsed true
// set x=2 (def "0")
//   -d duration
//     	a duration (default 2s)
//   -empty string
//     	no default shown
//   -f float
//     	a float (default 1.5)
//   -fn value
//     	called for each
//   -i64 int
//     	an int64 (default -3)
//   -item value
//     	repeatable value
//   -n items
//     	number of items (default 5)
//   -name string
//     	the name (default "anon")
//   -on
//     	defaults to true (default true)
//   -u uint
//     	a uint (default 7)
//   -u64 uint
//     	a uint64
//   -v	verbose
//   -x int
//     	
// prog true number of `items` true
// <nil> 42 no such flag -nope parse error
// d empty f fn i64 item n name on u u64 v x 
// items number of items
// duration a duration
// time.Duration 2s
// flag: help requested
// flag provided but not defined: -zz
// custom usage for other
// flag provided but not defined: -zz
// flag provided but not defined: -q
// Usage:
//   -k int
//     	k
// flag provided but not defined: -q
// p4 flag redefined: a
// recovered: p4 flag redefined: a
