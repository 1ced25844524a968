#!/bin/sh
# run_e.sh - `minigo run -e CODE` and `minigo check -e CODE` (cmd/minigo.c), run by
# `make test` as a unit (tests/runner.c sets $MINIGO). A .mg test cannot pass a
# program text with spaces as one argument, hence a script. Prints "ok   NAME" or
# "FAIL NAME" per case; exits 1 if any failed.
M=${MINIGO:-build/minigo}
pass=0 fail=0
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

# expect NAME WANT_STATUS WANT_STDOUT STDERR_GREP -- minigo ARGS...
# STDERR_GREP "" means stderr must be empty; a non-empty one is a grep -E pattern.
expect() {
    name=$1 status=$2 want=$3 errpat=$4
    shift 5
    "$M" "$@" >"$out" 2>"$err"
    got=$?
    why=""
    [ "$got" = "$status" ] || why="exit status $got, want $status"
    [ -z "$why" ] && [ "$(cat "$out")" != "$want" ] && why="stdout $(cat "$out") (want $want)"
    if [ -z "$why" ]; then
        if [ -z "$errpat" ]; then
            [ -s "$err" ] && why="unexpected stderr"
        elif ! grep -Eq -- "$errpat" "$err"; then
            why="stderr does not match $errpat"
        fi
    fi
    if [ -z "$why" ]; then
        echo "ok   $name"
        pass=$((pass + 1))
    else
        echo "FAIL $name: $why"
        sed 's/^/    stderr: /' "$err"
        fail=$((fail + 1))
    fi
}

expect output 0 "hi 3" "" -- run -e 'fmt.Println("hi", 1+2)'
expect lines-and-args 0 "[a b] 2" "" -- run -e 'x := 2' -e 'fmt.Println(os.Args[1:], x)' a b
expect args-zero 0 "-e" "" -- run -e 'fmt.Println(os.Args[0])'
expect equals-form 0 "7" "" -- run -e='fmt.Println(7)'
expect funcs-and-types 0 "{1 2} 3" "" -- run -e 'type P struct{ x, y int }
func (p P) sum() int { return p.x + p.y }
p := P{1, 2}
fmt.Println(p, p.sum())'
expect compile-error-position 1 "" '^-e:2:16: undefined: y$' -- run -e 'x := 1' -e 'fmt.Println(x, y)'
expect compile-error-column 1 "" '^-e:1:9: invalid operation: "a" \+ 1 ' -- run -e 'var s = "a" + 1'
expect panic-exit-2 2 "" '^panic: runtime error: index out of range \[5\] with length 0$' -- \
    run -e 'var a []int' -e 'fmt.Println(a[5])'
expect panic-position 2 "" '^	-e:2$' -- run -e 'var a []int' -e 'fmt.Println(a[5])'
expect custom-panic 2 "before" '^panic: boom$' -- run -e 'fmt.Println("before"); panic("boom")'
expect os-exit 3 "" "" -- run -e 'os.Exit(3)'
expect classic-loopvar 0 "333" "" -- run -e 'for i := 0; i < 3; i++ { defer func() { fmt.Print(i) }() }'
expect loopvar-flag 0 "210" "" -- run -loopvar -e 'for i := 0; i < 3; i++ { defer func() { fmt.Print(i) }() }'
expect seed-flag 0 "1 2" "" -- run -seed 5 -e 'c := make(chan int, 2); c <- 1; c <- 2; fmt.Println(<-c, <-c)'
expect deadlock 2 "" '^fatal error: all goroutines are asleep - deadlock!$' -- run -e 'c := make(chan int); c <- 1'
expect check-clean 0 "" "" -- check -e 'x := 1; _ = x'
expect check-error 1 "" '^-e:1:1: undefined: nope$' -- check -e 'nope()'
expect missing-text 2 "" 'needs the program text' -- run -e
expect explore 0 "explore: 2 schedules of -e, 1 distinct outcome
--- 2 of 2 runs (-seed 1): exit 0
    5" "" -- run -explore 2 -e 'fmt.Println(5)'

echo "run_e: $pass passed, $fail failed"
[ "$fail" = 0 ]
