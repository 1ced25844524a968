#!/bin/sh
# huge_locals.sh - a function with more live locals than 16-bit register operands reach
# (70000 ints, each the last plus one, then strings, structs, an escaping and a captured local past them): the
# small locals that do not escape share the frame's spill area (lang/compile_stmt.c),
# zeroed at each declaration. Generated here (a 1 MB program has no place in the tree),
# run as a `make test` unit through `minigo run -` (tests/runner.c sets $MINIGO).
M=${MINIGO:-build/minigo}
N=70000
out=$(awk -v n=$N 'BEGIN {
	print "package main\n\nimport \"fmt\"\n\ntype P struct{ a, b int }\n\nfunc main() {\n\ts := 0"
	print "\tfor k := 0; k < 3; k++ {"
	print "\t\tv0 := k"
	for (i = 1; i < n; i++) printf "\t\tv%d := v%d + 1\n", i, i - 1
	print "\t\tvar w int\n\t\ts += w\n\t\tw = 7"
	print "\t\tvar str string\n\t\tstr += \"x\"\n\t\tp := P{k, w}\n\t\tp.b += len(str)"
	print "\t\tesc := k\n\t\tptr := &esc\n\t\t*ptr += 100"
	print "\t\tcap := 1\n\t\tf := func() int { cap++; return cap }"
	printf "\t\ts += v0 + v%d + v%d + p.a + p.b + esc + f() + cap\n", n / 2, n - 1
	print "\t\tw++"
	print "\t}\n\tfmt.Println(s)\n}"
}' | "$M" run - 2>&1)
want=315348
if [ "$out" = "$want" ]; then
	echo "ok   huge_locals"
else
	echo "FAIL huge_locals: got $(printf '%s' "$out" | head -c 300), want $want"
	exit 1
fi
