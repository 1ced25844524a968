#!/bin/sh
# corpus.sh MINIGO DIR... - `minigo vet` over every program of the DIRs (run by
# `make test` over tests/seeds and examples, from the repository root).
#
# Every program that compiles must be vetted clean, except the ones written to show
# a mistake (examples/loopvar.mg, the leaky and capturing seed snippets): their
# findings are listed in tests/vet/corpus.expected, and the findings of the whole
# corpus must be exactly that list. A program's // Flags: are passed to vet, and each
# // Variant: adds one more vet run with its flags (examples/loopvar.mg under
# -loopvar must be clean). Programs that `minigo check` rejects are compile-error
# tests, not correct programs: they are skipped (the runner checks their errors).
# Prints one summary line; exits 1 when the findings differ from the list.
minigo=$1
shift
here=$(dirname "$0")
got=$(mktemp)
trap 'rm -f "$got"' EXIT
n=0
for f in $(find "$@" -name '*.mg' | LC_ALL=C sort); do
    "$minigo" check "$f" >/dev/null 2>&1 || continue
    flags=$(sed -n 's|^// Flags:||p' "$f" | head -n 1)
    n=$((n + 1))
    # shellcheck disable=SC2086 # the flags are words
    "$minigo" vet $flags "$f" 2>>"$got" >/dev/null
    sed -n 's|^// Variant:||p' "$f" | while read -r variant; do
        "$minigo" vet $flags $variant "$f" 2>>"$got" >/dev/null
    done
done
if diff -u "$here/corpus.expected" "$got"; then
    echo "vet corpus: $n programs, findings as listed in $here/corpus.expected"
else
    echo "vet corpus: findings differ from $here/corpus.expected (- listed, + found)"
    exit 1
fi
