package main

import "fmt"

type Stringer interface{ String() string }
type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

func main() {
	var x interface{} = 42
	i := x.(int)
	fmt.Println(i)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	var y interface{} = T{7}
	st, ok := y.(Stringer)
	fmt.Println(st.String(), ok)
	t := y.(T)
	fmt.Println(t.n)
	_, ok = y.(*T)
	fmt.Println(ok)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	fmt.Println(y)
}

// Output:
// 42
// "" false
// T7 true
// 7
// false
// false
// T7
