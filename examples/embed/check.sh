#!/bin/sh
# check.sh BIN WANT - runs the built example BIN (no arguments) and compares its
# standard output with the file WANT; any difference or a non-zero exit status fails.
# The Makefile wraps one call per examples/embed/NAME.c that has a NAME.out into a unit
# of `make test`; an example without a .out file is only built.
set -u
bin=$1 want=$2
got=$(mktemp)
trap 'rm -f "$got"' EXIT
"$bin" > "$got"
rc=$?
if ! diff -u "$want" "$got"; then
    echo "$bin: output differs from $want"
    exit 1
fi
[ $rc -eq 0 ] || { echo "$bin: exit status $rc"; exit 1; }
echo ok
