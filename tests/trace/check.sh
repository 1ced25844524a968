#!/bin/sh
# check.sh B MODE - the -trace tests behind `make test` (run as units through the
# wrappers the Makefile writes into B/trace/):
#   json  every tests/trace/*.mg with "// Trace:" lines runs under `minigo run -trace`;
#         its JSON must pass B/trace/check_trace (valid JSON, consistent lanes, the
#         program's Trace checks), and a damaged copy must fail it
#   html  `minigo trace` turns each trace into a page that headless Chromium loads: the
#         dump of the DOM after its script ran must hold a lane label for every
#         goroutine the program names (and P0); B/trace/NAME.png is a screenshot.
#         Without Chromium (Debian: apt-get install chromium) the test says SKIP.
B=${1:-build}
MODE=${2:-json}
OUT=$B/trace
mkdir -p "$OUT"
fail=0

run_traced() { # NAME PROG: writes $OUT/NAME.json (the program's own status is not checked here)
    "$B/minigo" run -trace "$OUT/$1.json" "$2" >/dev/null 2>&1
    if [ ! -s "$OUT/$1.json" ]; then
        echo "FAIL $2: minigo run -trace wrote no trace"
        fail=1
        return 1
    fi
}

find_chromium() {
    for c in chromium chromium-browser google-chrome; do
        command -v $c >/dev/null 2>&1 && { echo $c; return; }
    done
    # Debian's package, when we may install it (a short attempt: the unit has 120 s)
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive timeout 90 apt-get install -y -qq chromium >/dev/null 2>&1
        command -v chromium >/dev/null 2>&1 && echo chromium
    fi
}

if [ "$MODE" = html ]; then
    CHROME=$(find_chromium)
    if [ -z "$CHROME" ]; then
        echo "SKIP: no chromium (apt-get install chromium); the HTML timeline was not opened"
        exit 0
    fi
fi

for prog in tests/trace/*.mg; do
    grep -q '^// Trace: ' "$prog" || continue
    name=$(basename "$prog" .mg)
    run_traced "$name" "$prog" || continue
    if [ "$MODE" = json ]; then
        "$B/trace/check_trace" "$OUT/$name.json" "$prog" || fail=1
        # the checker must notice a truncated file and a wrong expectation
        head -c 2000 "$OUT/$name.json" > "$OUT/$name.bad.json"
        if "$B/trace/check_trace" "$OUT/$name.bad.json" "$prog" >/dev/null; then
            echo "FAIL check_trace accepts a truncated trace"; fail=1
        fi
        printf '// Trace: lane:G1 main.nosuchfunction\n' > "$OUT/$name.bad.mg"
        if "$B/trace/check_trace" "$OUT/$name.json" "$OUT/$name.bad.mg" >/dev/null; then
            echo "FAIL check_trace accepts a lane that is not there"; fail=1
        fi
        continue
    fi
    if ! "$B/minigo" trace "$OUT/$name.json" -o "$OUT/$name.html"; then
        echo "FAIL minigo trace $OUT/$name.json"; fail=1; continue
    fi
    if grep -q 'src="http\|href="http' "$OUT/$name.html"; then
        echo "FAIL $OUT/$name.html refers to the network"; fail=1
    fi
    profile=$(mktemp -d)
    flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir=$profile --virtual-time-budget=5000"
    timeout 60 $CHROME $flags --dump-dom "file://$(pwd)/$OUT/$name.html" > "$OUT/$name.dom" 2>/dev/null
    timeout 60 $CHROME $flags --window-size=1400,600 --screenshot="$OUT/$name.png" \
        "file://$(pwd)/$OUT/$name.html" >/dev/null 2>&1
    rm -rf "$profile"
    if ! grep -q 'data-ready="1"' "$OUT/$name.dom"; then
        echo "FAIL $name.html: the viewer's script did not finish (no data-ready in the DOM)"; fail=1
    fi
    for lane in P0 $(sed -n 's|^// Trace: lane:||p' "$prog" | tr ' ' '~'); do
        lane=$(echo "$lane" | tr '~' ' ')
        if ! grep -qF "class=\"lane-label\" title=\"$lane\">$lane<" "$OUT/$name.dom"; then
            echo "FAIL $name.html: no lane \"$lane\" drawn"; fail=1
        fi
    done
    if [ ! -s "$OUT/$name.png" ]; then
        echo "FAIL $name.html: no screenshot"; fail=1
    fi
    [ $fail = 0 ] && echo "ok $name: lanes drawn, screenshot $OUT/$name.png"
done
exit $fail
