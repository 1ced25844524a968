package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type Result struct {
	Err  error
	Name string
}

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{404}
}

func main() {
	err := errors.New("boom")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%T\n", err, err, err, err)
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v %T\n", nilErr, nilErr)
	fmt.Println(find(true), find(false))
	r := Result{Err: err, Name: "r"}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	fmt.Println(Result{Name: "none"})
	fmt.Println([]error{err, &MyErr{1}, nil})
	fmt.Printf("[%12v]\n", err)
	fmt.Printf("%d\n", err)
}

// Output:
// boom
// boom|boom|"boom"|*errors.errorString
// <nil>
// <nil> <nil>
// <nil> myerr 404
// {boom r}
// {Err:boom Name:r}
// {<nil> none}
// [boom myerr 1 <nil>]
// [        boom]
// &{%!d(string=boom)}
