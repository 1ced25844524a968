#!/bin/sh
# race-sweep.sh - run programs under `minigo run -race` and list those that report a
# data race (false-positive hunting: a correct program must never be listed).
#
#   tools/race-sweep.sh [-minigo PATH] DIR_OR_FILE...
#
# Each .mg file runs with the flags of its `// Flags:` line (and GOMAXPROCS=2), 10 s
# at most; a line "RACE file" or "ok file" per program, then a count. Exit status 1
# when any program reported a race.
MINIGO=build/minigo
if [ "$1" = -minigo ]; then
    MINIGO=$2
    shift 2
fi
races=0
total=0
for f in $(find "$@" -name '*.mg' | sort); do
    flags=$(sed -n 's|^// Flags: *||p' "$f" | head -1)
    args=$(sed -n 's|^// Args: *||p' "$f" | head -1)
    total=$((total + 1))
    # shellcheck disable=SC2086
    if GOMAXPROCS=2 timeout 10 "$MINIGO" run -race $flags "$f" $args </dev/null 2>&1 >/dev/null |
        grep -q 'WARNING: DATA RACE'; then
        echo "RACE $f"
        races=$((races + 1))
    else
        echo "ok   $f"
    fi
done
echo "$races of $total programs reported a race"
[ "$races" -eq 0 ]
