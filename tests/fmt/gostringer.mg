package main

import "fmt"

type Money struct {
	Cents int
}

func (m Money) String() string   { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }
func (m Money) GoString() string { return fmt.Sprintf("Money(%d)", m.Cents) }

type Wallet struct {
	Owner string
	Cash  Money
}

func main() {
	m := Money{1234}
	fmt.Println(m)
	fmt.Printf("%v|%s|%#v|%+v|%d\n", m, m, m, m, m)
	w := Wallet{"ann", Money{5}}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	fmt.Printf("%#v\n", []Money{{1}, {2}})
}

// Output:
// $12.34
// $12.34|$12.34|Money(1234)|$12.34|{1234}
// {ann $0.05}
// {Owner:ann Cash:$0.05}
// main.Wallet{Owner:"ann", Cash:Money(5)}
// []main.Money{Money(1), Money(2)}
