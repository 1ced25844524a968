#!/bin/sh
# run.sh MINIGO [NAME...] - time the programs in bench/programs under minigo,
# and under Go (go build) and Lua 5.4 when they are installed; print a table
# of wall seconds (best of 3) and minigo's ratio to each. Benchmarks, not tests.
set -u
MINIGO=$(readlink -f "$1"); shift
DIR=$(cd "$(dirname "$0")" && pwd)
WORK=${BENCH_WORK:-/tmp/minigo-bench-local}
mkdir -p "$WORK"
names=${*:-"fib loop sieve nbody spectralnorm fannkuch binarytrees mapops strings"}
best() { # best of 3 wall times of a command, in seconds
    b=""
    for _ in 1 2 3; do
        s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
        t=$(awk "BEGIN{print $e - $s}")
        if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
    done
    printf '%.3f' "$b"
}
printf '%-12s %8s %8s %8s %8s %8s\n' bench minigo go lua mg/go mg/lua
for n in $names; do
    mg=$(best "$MINIGO" run "$DIR/programs/$n.mg")
    go=- lua=- rgo=- rlua=-
    if command -v go >/dev/null 2>&1; then
        cp "$DIR/programs/$n.mg" "$WORK/$n.go"
        (cd "$WORK" && go build -o "$n.bin" "$n.go" 2>/dev/null) && go=$(best "$WORK/$n.bin") &&
            rgo=$(awk "BEGIN{printf \"%.2f\", $mg / $go}")
    fi
    if command -v lua5.4 >/dev/null 2>&1 && [ -f "$DIR/programs/$n.lua" ]; then
        lua=$(best lua5.4 "$DIR/programs/$n.lua")
        rlua=$(awk "BEGIN{printf \"%.2f\", $mg / $lua}")
    fi
    printf '%-12s %8s %8s %8s %8s %8s\n' "$n" "$mg" "$go" "$lua" "$rgo" "$rlua"
done
