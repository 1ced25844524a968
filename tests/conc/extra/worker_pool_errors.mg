// A worker pool returning errors: custom error types with Unwrap, errors.Is/As, sorted outcomes.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Outcome struct {
	Job Job
	Val int
	Err error
}

var ErrNegative = errors.New("negative")

type ParseError struct {
	Input string
	Err   error
}

func (e *ParseError) Error() string { return "parse " + strconv.Quote(e.Input) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func work(j Job) (int, error) {
	n, err := strconv.Atoi(j.Input)
	if err != nil {
		return 0, &ParseError{j.Input, err}
	}
	if n < 0 {
		return 0, fmt.Errorf("job %d: %w", j.ID, ErrNegative)
	}
	return n * n, nil
}

func main() {
	inputs := []string{"3", "x", "-2", "10", "", "7", "99999999999999999999", "-0"}
	jobs := make(chan Job)
	outcomes := make(chan Outcome)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				v, err := work(j)
				outcomes <- Outcome{j, v, err}
			}
		}()
	}
	go func() {
		for i, in := range inputs {
			jobs <- Job{i, in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(outcomes)
	}()
	var all []Outcome
	for o := range outcomes {
		all = append(all, o)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].Job.ID < all[b].Job.ID })
	sum, nerr := 0, 0
	for _, o := range all {
		var pe *ParseError
		switch {
		case o.Err == nil:
			sum += o.Val
			fmt.Println(o.Job.ID, "ok", o.Val)
		case errors.As(o.Err, &pe):
			nerr++
			fmt.Println(o.Job.ID, "parse error:", pe.Input, errors.Is(o.Err, strconv.ErrSyntax), errors.Is(o.Err, strconv.ErrRange))
		case errors.Is(o.Err, ErrNegative):
			nerr++
			fmt.Println(o.Job.ID, o.Err)
		}
	}
	fmt.Println("sum", sum, "errors", nerr)
}

// Output:
// 0 ok 9
// 1 parse error: x true false
// 2 job 2: negative
// 3 ok 100
// 4 parse error:  true false
// 5 ok 49
// 6 parse error: 99999999999999999999 false true
// 7 ok 0
// sum 158 errors 4
