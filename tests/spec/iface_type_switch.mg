package main

import "fmt"

type Pt struct{ X int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x))
	case Pt:
		return fmt.Sprint("Pt ", x.X)
	case *Pt:
		return fmt.Sprint("*Pt ", x.X)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", []int{1, 2}, Pt{3}, &Pt{4}, fmt.Errorf("e"), 2.5, true}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	switch interface{}(uint8(1)).(type) {
	case int:
		fmt.Println("int")
	default:
		fmt.Println("not int")
	}
}

// Output:
// nil
// integer 1
// integer 2
// string of len 3
// slice 2
// Pt 3
// *Pt 4
// error e
// other float64
// other bool
// not int
