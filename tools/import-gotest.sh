#!/bin/bash
# tools/import-gotest.sh - import the self-checking programs of Go's own test tree into
# tests/gotest/ (DESIGN §14), run by `make test` like every other test.
#
#   tools/import-gotest.sh [GO_TEST_DIR]      (default /usr/share/go-1.19/test, Debian's
#                                             golang-1.19-src; run from the repository root)
#   env: MINIGO (build/minigo), MGTEST (build/mgtest), SLOW (3: seconds)
#
# A candidate is a program of GO_TEST_DIR, GO_TEST_DIR/ken or GO_TEST_DIR/chan whose header
# has the line `// run` exactly (first, or after `// +build` lines that hold on
# linux/amd64): Go's harness runs it with no arguments and wants its output
# (stdout and stderr together) to be the .out file beside it, or nothing, and exit 0.
# Each candidate is either copied to tests/gotest/[ken/|chan/]NAME.mg or named in
# tests/gotest/EXCLUDED with the reason. Left out without running: programs that use cgo,
# unsafe, reflect, build tags for other platforms, generics, or a package minigo lacks. The rest are converted
# and run under mgtest with the minigo of this tree: a program that passes (in under SLOW
# seconds) goes in; one that fails is left out with a reason read from what minigo said,
# those issue 9 names as must-work marked "(issue 9)", so that a later change can rerun
# this script and take them in. The copies are Go's files verbatim (licence header
# included) after one provenance line, with `// ERROR "` comments defused (the runner would
# read them as compile-error expectations) and the expectations appended: `// Output:`
# (stdout) from the .out file for a program that prints with fmt, `// Stderr:` lines for
# one that prints with print/println (stderr), else an empty `// Output:` block, which
# with no Stderr line means "no output at all, exit 0".
set -eu

SRC=${1:-/usr/share/go-1.19/test}
MINIGO=${MINIGO:-build/minigo}
MGTEST=${MGTEST:-build/mgtest}
SLOW=${SLOW:-3}
DEST=tests/gotest

[ -d "$SRC" ] || { echo "import-gotest: no Go test tree at $SRC" >&2; exit 1; }
[ -x "$MINIGO" ] && [ -x "$MGTEST" ] || { echo "import-gotest: build $MINIGO and $MGTEST first" >&2; exit 1; }

# The packages minigo has: one stdlib/PATH.mg per package (PATH with / as _, +PART for an
# optional file of the same package).
HAVE=" $(ls stdlib/*.mg | sed 's|.*/||; s|\.mg$||; s|+.*||; s|_|/|g' | sort -u | tr '\n' ' ') "
# Packages issue 9 asks for: a program needing one is left out "(issue 9)".
WANTED=" container/heap container/list container/ring flag path path/filepath io bufio bytes "

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Import paths of a Go file, one a line (single imports and import blocks).
imports() {
    awk '
        /^import[ \t]*\(/ { blk = 1; next }
        blk && /^\)/ { blk = 0; next }
        blk || /^import[ \t]/ {
            if (match($0, /"[^"]*"/)) print substr($0, RSTART + 1, RLENGTH - 2)
        }
        /^(func|type|var|const)[ \t]/ { exit }
    ' "$1"
}

# The lines of a Go file before its package clause.
header() {
    sed '/^package /q' "$1"
}

# Whether the file's `// +build` lines hold on linux/amd64 under gc (every line holds when
# one of its space-separated terms does, a term when all its comma-separated atoms do, an
# atom with ! when the name is not one of ours). A //go:build line without the old form
# is not evaluated: the file counts as built elsewhere.
tags_hold() {
    local line term atom name ok any
    if header "$1" | grep -q '^//go:build' && ! header "$1" | grep -qE '^// *\+build'; then return 1; fi
    while IFS= read -r line; do
        any=false
        for term in ${line#*+build}; do
            ok=true
            for atom in $(echo "$term" | tr ',' ' '); do
                name=${atom#!}
                case " linux amd64 unix gc cgo $(seq -f 'go1.%g' 1 19 | tr '\n' ' ') " in
                *" $name "*) [ "$name" = "$atom" ] || ok=false ;;
                *) [ "$name" != "$atom" ] || ok=false ;;
                esac
            done
            if $ok; then any=true; fi
        done
        $any || return 1
    done < <(header "$1" | grep -E '^// *\+build')
    return 0
}

# ERE-quote a line for an anchored // Stderr: regexp.
ere_quote() {
    printf '%s' "$1" | sed 's/[][\\.^$*+?(){}|]/\\&/g'
}

# Why a program is left out without running it (empty: run it).
static_reason() {
    local f=$1 p
    for p in $(imports "$f"); do
        case $p in
        C) echo "cgo"; return ;;
        unsafe) echo "unsafe"; return ;;
        reflect) echo "reflect"; return ;;
        esac
    done
    if ! tags_hold "$f"; then
        echo "build tags for other platforms ($(header "$f" | grep -E '^// *\+build|^//go:build' | sed 's|^// *+build *||; s|^//go:build *||' | tr '\n' ';' | sed 's/;$//; s/;/; /g'))"
        return
    fi
    if grep -qE '^func (\([^)]*\) *)?[A-Za-z_][A-Za-z0-9_]*\[[A-Za-z_][A-Za-z0-9_]* |^type [A-Za-z_][A-Za-z0-9_]*\[[A-Za-z_][A-Za-z0-9_, ]* (any|comparable|interface|~)' "$f"; then
        echo "generics"
        return
    fi
    local want="" other=""
    for p in $(imports "$f"); do
        case $HAVE in *" $p "*) continue ;; esac
        case $WANTED in
        *" $p "*) want="${want:+$want, }$p" ;;
        *) other="${other:+$other, }$p" ;;
        esac
    done
    if [ -n "$other" ]; then
        echo "unsupported package $other${want:+ (and $want, issue 9)}"
    elif [ -n "$want" ]; then
        echo "package $want (issue 9)"
    fi
}

# Why a program that failed under minigo failed, from its stderr ($1), exit status ($2) and
# source ($3): every obstacle issue 9 lists that shows, else minigo's own first complaint.
run_reason() {
    local err=$1 rc=$2 src=$3 r=""
    if [ "$rc" -ge 128 ] && [ "$rc" != 124 ]; then echo "CRASH: killed by signal $((rc - 128))"; return; fi
    if [ "$rc" = 124 ]; then echo "slow: no result within 20 s"; return; fi
    add() { r="${r:+$r; }$1"; }
    grep -qE 'complex|undefined: (real|imag)$' "$err" && add "complex numbers"
    grep -qE 'undefined: runtime\.' "$err" &&
        add "runtime package: $(grep -oE 'runtime\.[A-Za-z]+' "$err" | sort -u | tr '\n' ' ' | sed 's/ $//')"
    grep -qE 'shifted operand .*untyped float constant|untyped float constant .*\) to type float|constant .* overflows' "$err" &&
        add "exact constants"
    grep -qE 'cannot convert .* \(variable of type \[\].*\) to type \*\[' "$err" &&
        add "language corner: slice to array pointer conversion"
    grep -qE 'cannot switch on .* \(variable of type func' "$err" &&
        add "language corner: switch on a func value with case nil"
    grep -qE 'select case must be send or receive' "$err" &&
        add "language corner: parenthesised receive in a select case"
    grep -qE 'undefined \(type [A-Za-z]+ has no field or method' "$err" && grep -qE '^type [A-Za-z]+ \*' "$src" &&
        add "language corner: field selection through a named pointer type"
    grep -qE 'syntax error: unexpected \., expecting \(' "$err" && grep -qE 'interface *\{[^}]*\}\.[a-zA-Z]' "$src" &&
        add "language corner: method expression on an interface literal type"
    grep -qE '^range called ' "$err" &&
        add "language corner: range expression evaluated as often as gc does"
    grep -qE 'did not call f|assertion fail' "$err" && grep -qE 'iota|len\(' "$src" &&
        add "language corner: iota / len of constant arrays"
    if [ -n "$r" ]; then echo "$r (issue 9)"; return; fi
    if [ "$rc" = 0 ]; then
        echo "wrong output: $(cat "$TMP/out" "$TMP/err" | head -1 | head -c 120)"
        return
    fi
    echo "feature: $(grep -v '^\s*$' "$err" | head -1 | sed 's|^[^ ]*\.mg:[0-9]*:[0-9]*: ||' | head -c 150)"
}

# Go's harness (test/run.go) runs every program with GOOS and GOARCH set to the target's
# (env.go checks them): so does each copy, with the values minigo's runtime has.
printf 'package main\n\nimport "runtime"\n\nfunc main() { println("GOOS=" + runtime.GOOS + " GOARCH=" + runtime.GOARCH) }\n' > "$TMP/goenv.mg"
GOENV=$("$MINIGO" run "$TMP/goenv.mg" 2>&1)

FLAKY="deferfin.go mallocfin.go"

rm -rf "$DEST"
mkdir -p "$DEST"
EXCL=$TMP/excluded
: > "$EXCL"
ncand=0 nin=0

for f in "$SRC"/*.go "$SRC"/ken/*.go "$SRC"/chan/*.go; do
    header "$f" | grep -qx '// run' || continue
    rel=${f#"$SRC"/}
    ncand=$((ncand + 1))
    why=$(static_reason "$f")
    # Finalizer counts that a conservative collector (Boehm scans stacks and registers
    # conservatively) meets most runs but not all: the tests themselves say they may fail
    # on partly conservative collectors. A suite test must not depend on that luck.
    # chanlinear asserts O(n) from wall-clock ratios, which a loaded machine upsets.
    case " $FLAKY " in *" $rel "*)
        why="flaky: finalizer counts depend on conservative stack scanning (passes most runs)" ;;
    esac
    [ "$rel" = chanlinear.go ] && why="flaky: asserts linear time from wall-clock ratios (upset by a loaded machine)"
    if [ -n "$why" ]; then
        echo "$rel: $why" >> "$EXCL"
        continue
    fi
    mg=${rel%.go}.mg
    mkdir -p "$TMP/t/$(dirname "$mg")"
    {
        echo "// Go 1.19 test/$rel, imported by tools/import-gotest.sh (rerun it; do not edit)."
        sed 's|// ERROR "|// gc: ERROR "|' "$f"
        echo
        echo "// Env: $GOENV"
        out=${f%.go}.out
        if [ -f "$out" ] && grep -q 'fmt\.' "$f"; then
            echo "// Output:"
            sed 's|^|// |; s| $||' "$out"
        elif [ -f "$out" ]; then
            echo "// Output:"
            while IFS= read -r line; do
                echo "// Stderr: ^$(ere_quote "$line")\$"
            done < "$out"
        else
            echo "// Output:"
        fi
    } > "$TMP/t/$mg"
    start=$(date +%s.%N)
    rc=0
    (cd "$TMP/t" && env $GOENV timeout 20 "$OLDPWD/$MINIGO" run "$mg" > "$TMP/out" 2> "$TMP/err" < /dev/null) || rc=$?
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    if ! (cd "$TMP/t" && "$OLDPWD/$MGTEST" -minigo "$OLDPWD/$MINIGO" "$mg" > "$TMP/verdict" 2>&1); then
        echo "$rel: $(run_reason "$TMP/err" "$rc" "$f")" >> "$EXCL"
        continue
    fi
    if [ "$(echo "$secs > $SLOW" | bc)" = 1 ]; then
        printf '%s: slow under minigo (over %s s; the suite keeps to faster programs)\n' "$rel" "$SLOW" >> "$EXCL"
        continue
    fi
    mkdir -p "$DEST/$(dirname "$mg")"
    cp "$TMP/t/$mg" "$DEST/$mg"
    nin=$((nin + 1))
done

{
    echo "# The programs of Go 1.19's test tree (test/, test/ken, test/chan) marked \`// run\` (no"
    echo "# arguments) that tests/gotest leaves out, and why; written by tools/import-gotest.sh."
    echo "# \"(issue 9)\" marks an obstacle issue 9 asks to remove: rerun the script once it is."
    echo "# $ncand candidates, $nin imported, $(wc -l < "$EXCL") left out."
    sort "$EXCL"
} > "$DEST/EXCLUDED"
echo "import-gotest: $ncand candidates, $nin imported into $DEST, $(wc -l < "$EXCL") left out ($DEST/EXCLUDED)"
