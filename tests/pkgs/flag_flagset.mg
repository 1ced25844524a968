// flag.FlagSet with ContinueOnError and its output in a buffer: the usage
// text (PrintDefaults: back-quoted names, defaults, one-letter flags, multi-line
// usage) and every parse error, in Go's words; a user Usage; PanicOnError.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"time"
)

func newSet(out *bytes.Buffer) *flag.FlagSet {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Int("n", 0, "number of `workers`")
	fs.Int("count", 5, "how many")
	fs.String("name", "", "your name")
	fs.String("greeting", "hi there", "what to say\nover two lines")
	fs.Bool("v", false, "verbose")
	fs.Bool("debug", true, "debug mode")
	fs.Float64("ratio", 1.5, "a ratio")
	fs.Duration("wait", 2*time.Second, "how long")
	fs.Duration("t", 0, "timeout")
	fs.Uint("u", 0, "unsigned")
	fs.Func("hook", "run a `cmd`", func(string) error { return errors.New("hook failed") })
	return fs
}

func main() {
	var out bytes.Buffer
	fs := newSet(&out)
	fmt.Println(fs.Name(), fs.Parsed(), fs.ErrorHandling() == flag.ContinueOnError)
	fs.PrintDefaults()
	fmt.Print(out.String())
	for _, args := range [][]string{
		{"-x"},
		{"-n"},
		{"-n", "abc"},
		{"-n", "99999999999999999999"},
		{"-u", "-1"},
		{"-v=maybe"},
		{"-wait", "soon"},
		{"---n", "1"},
		{"-=x"},
		{"-hook", "x"},
		{"-h"},
		{"-help"},
		{"-n", "3", "-", "x"},
		{"a", "-n", "3"},
	} {
		out.Reset()
		fs := newSet(&out)
		err := fs.Parse(args)
		fmt.Printf("%q: err=%v errHelp=%v args=%q\n", args, err, err == flag.ErrHelp, fs.Args())
		fmt.Print(out.String())
	}
	out.Reset()
	fs = flag.NewFlagSet("", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.Bool("q", false, "")
	fs.Parse([]string{"-z"})
	fmt.Print(out.String())
	out.Reset()
	fs = flag.NewFlagSet("custom", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.Usage = func() { fmt.Fprintln(&out, "custom usage") }
	fmt.Println(fs.Parse([]string{"-z"}))
	fmt.Print(out.String())

	defer func() { fmt.Println("recovered:", recover()) }()
	p := flag.NewFlagSet("p", flag.PanicOnError)
	p.SetOutput(&out)
	p.Parse([]string{"-bad"})
}
// Output:
// tool false true
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-x"]: err=flag provided but not defined: -x errHelp=false args=[]
// flag provided but not defined: -x
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-n"]: err=flag needs an argument: -n errHelp=false args=[]
// flag needs an argument: -n
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-n" "abc"]: err=invalid value "abc" for flag -n: parse error errHelp=false args=[]
// invalid value "abc" for flag -n: parse error
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-n" "99999999999999999999"]: err=invalid value "99999999999999999999" for flag -n: value out of range errHelp=false args=[]
// invalid value "99999999999999999999" for flag -n: value out of range
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-u" "-1"]: err=invalid value "-1" for flag -u: parse error errHelp=false args=[]
// invalid value "-1" for flag -u: parse error
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-v=maybe"]: err=invalid boolean value "maybe" for -v: parse error errHelp=false args=[]
// invalid boolean value "maybe" for -v: parse error
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-wait" "soon"]: err=invalid value "soon" for flag -wait: parse error errHelp=false args=[]
// invalid value "soon" for flag -wait: parse error
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["---n" "1"]: err=bad flag syntax: ---n errHelp=false args=["---n" "1"]
// bad flag syntax: ---n
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-=x"]: err=bad flag syntax: -=x errHelp=false args=["-=x"]
// bad flag syntax: -=x
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-hook" "x"]: err=invalid value "x" for flag -hook: hook failed errHelp=false args=[]
// invalid value "x" for flag -hook: hook failed
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-h"]: err=flag: help requested errHelp=true args=[]
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-help"]: err=flag: help requested errHelp=true args=[]
// Usage of tool:
//   -count int
//     	how many (default 5)
//   -debug
//     	debug mode (default true)
//   -greeting string
//     	what to say
//     	over two lines (default "hi there")
//   -hook cmd
//     	run a cmd
//   -n workers
//     	number of workers
//   -name string
//     	your name
//   -ratio float
//     	a ratio (default 1.5)
//   -t duration
//     	timeout
//   -u uint
//     	unsigned
//   -v	verbose
//   -wait duration
//     	how long (default 2s)
// ["-n" "3" "-" "x"]: err=<nil> errHelp=false args=["-" "x"]
// ["a" "-n" "3"]: err=<nil> errHelp=false args=["a" "-n" "3"]
// flag provided but not defined: -z
// Usage:
//   -q	
// flag provided but not defined: -z
// flag provided but not defined: -z
// custom usage
// recovered: flag provided but not defined: -bad
