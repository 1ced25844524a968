package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

type Loud struct{ n int }

func (l Loud) String() string {
	if l.n < 0 {
		panic("negative")
	}
	return fmt.Sprint("loud", l.n)
}

type Boxed struct{ v int }

func (b Boxed) String() string { return "boxed" }

func find() *MyErr { return nil }

func main() {
	var err error = find()
	fmt.Println(err == nil)
	fmt.Println(err)
	fmt.Printf("[%v] [%s]\n", err, err)
	fmt.Println(Loud{1}, Loud{-1})
	fmt.Printf("%s|%d\n", Loud{-2}, Loud{-2})
	fmt.Println([]Loud{{3}, {-3}})
	var bp *Boxed
	fmt.Println(bp)
	fmt.Println(fmt.Sprintf("%v", []fmt.Stringer{Loud{4}, bp}))
	fmt.Println("still running")
}

// Output:
// false
// <nil>
// [<nil>] [<nil>]
// loud1 %!v(PANIC=String method: negative)
// %!s(PANIC=String method: negative)|{-2}
// [loud3 %!v(PANIC=String method: negative)]
// <nil>
// [loud4 <nil>]
// still running
