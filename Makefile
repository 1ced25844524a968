# minigo - build, test, install.
#
#   make            build/minigo (and build/libminigo.a)
#   make run        build and run the default example
#   make test       build and run every test (tests/vet: minigo vet); ends with
#                   "N passed, N failed"
#   make gotest     only tests/gotest (Go's test tree); make import-gotest re-imports it
#   make race-sweep every program of tests/seeds and examples under -race (no race allowed)
#   make asan|ubsan the test suite under AddressSanitizer / UBSan (build-asan/, build-ubsan/)
#   make tsan       tests/conc, tests/seeds and the runtime unit tests under ThreadSanitizer
#                   (build-tsan/, malloc instead of the GC: vm/gc_glue.h)
#   make fuzz       libFuzzer target over lexer+parser+checker+compiler (clang)
#   make bench      run bench/ against Go and Lua when they are installed
#   make install    PREFIX=/usr/local DESTDIR=
#
# Generated files (re2c, lemon, embedded stdlib sources) go to $(B)/, never into the tree.

B        ?= build
CC       ?= cc
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
WARN     := -Wall -Wextra -Werror -Wno-unused-parameter
CPPFLAGS += -I. -Iinclude -I$(B) -D_GNU_SOURCE
STD      := -std=gnu11
LDLIBS   += -lgc -lpthread -ldl -lm
PREFIX   ?= /usr/local
MINIGO_VERSION := $(shell sed -n 's/^\#define MINIGO_VERSION "\(.*\)"/\1/p' include/minigo.h)
EXAMPLE  ?= examples/workerpool.mg
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)

SRCS     := $(wildcard lang/*.c vm/*.c runtime/*.c stdlib/*.c)
GEN_SRCS := $(B)/lexer.c $(B)/grammar.c $(B)/stdlib_src.c
OBJS     := $(patsubst %.c,$(B)/obj/%.o,$(SRCS)) $(patsubst $(B)/%.c,$(B)/obj/gen/%.o,$(GEN_SRCS))
STDLIB_MG := $(sort $(wildcard stdlib/*.mg)) $(B)/runtime+goos.mg
UNIT_SRCS := $(wildcard tests/unit/*.c)
UNIT_BINS := $(patsubst tests/unit/%.c,$(B)/unit/%,$(UNIT_SRCS))

.DELETE_ON_ERROR:
.PHONY: all run test unit asan ubsan tsan fuzz bench bench-embed install clean deps check-deps stress outcomes \
        gotest import-gotest race-sweep

all: check-deps $(B)/minigo $(B)/libminigo.a

# ---- dependencies: install the Debian packages when root, else say what is missing ----
check-deps:
	@missing=""; \
	command -v re2c >/dev/null 2>&1 || missing="$$missing re2c"; \
	command -v lemon >/dev/null 2>&1 || missing="$$missing lemon"; \
	[ -f /usr/include/gc.h ] || missing="$$missing libgc-dev"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null || exit 1; \
	  else \
	    echo "missing packages; run: sudo apt-get install$$missing" >&2; exit 1; \
	  fi; \
	fi

# ---- generated sources ----
$(B)/lexer.c: lang/lexer.re $(B)/grammar.h | $(B)
	re2c -W -Werror -8 -i --no-generation-date --no-version $< -o $@

# lemon leaves an unchanged grammar.h untouched, so grammar.h is not a co-target.
$(B)/grammar.c: lang/grammar.y | $(B)
	cp lang/grammar.y $(B)/grammar.y
	lemon -q -T/usr/share/lemon/lempar.c -d$(B) $(B)/grammar.y
$(B)/grammar.h: $(B)/grammar.c

$(B)/stdlib_src.c: $(STDLIB_MG) tools/embed.sh | $(B)
	sh tools/embed.sh $(STDLIB_MG) > $@

# runtime.GOOS and runtime.GOARCH: constants of the platform $(CC) builds for
$(B)/runtime+goos.mg: tools/goos.sh | $(B)
	sh tools/goos.sh "$(CC)" > $@

# check-deps first: under -j the generators (lemon, re2c) and gc.h must exist
# before anything in $(B) is made.
$(B): | check-deps
	mkdir -p $(B)

# ---- objects ----
$(B)/obj/%.o: %.c $(B)/grammar.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS) $(CFLAGS) $(WARN) -MMD -MP -c $< -o $@

$(B)/obj/gen/grammar.o: $(B)/grammar.c
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS) -Ilang $(CFLAGS) $(WARN) -Wno-implicit-fallthrough -Wno-unused-variable -c $< -o $@

$(B)/obj/gen/%.o: $(B)/%.c
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS) -Ilang $(CFLAGS) $(WARN) -c $< -o $@

$(B)/libminigo.a: $(OBJS)
	rm -f $@
	ar rcs $@ $^

# The shared library: the same sources compiled position-independent into $(B)/pic/,
# built by `make install` and `make test` (not by `make`, which needs only the .a).
SO_MAJOR := 0
SO_VERSION := $(MINIGO_VERSION)
PIC_OBJS := $(patsubst $(B)/obj/%,$(B)/pic/%,$(OBJS))
$(B)/pic/%.o: %.c $(B)/grammar.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS) $(CFLAGS) $(WARN) -fPIC -MMD -MP -c $< -o $@
$(B)/pic/gen/grammar.o: $(B)/grammar.c
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS) -Ilang $(CFLAGS) $(WARN) -Wno-implicit-fallthrough -Wno-unused-variable -fPIC -MMD -MP -c $< -o $@
$(B)/pic/gen/%.o: $(B)/%.c
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS) -Ilang $(CFLAGS) $(WARN) -fPIC -MMD -MP -c $< -o $@
$(B)/libminigo.so.$(SO_VERSION): $(PIC_OBJS)
	$(CC) -shared -Wl,-soname,libminigo.so.$(SO_MAJOR) $(LDFLAGS) -o $@ $^ $(LDLIBS)
	ln -sf libminigo.so.$(SO_VERSION) $(B)/libminigo.so.$(SO_MAJOR)
	ln -sf libminigo.so.$(SO_MAJOR) $(B)/libminigo.so

# the trace viewer page, embedded into the CLI as a C string (cmd/trace.c)
$(B)/trace_viewer.c: cmd/trace_viewer.html | $(B)
	{ echo '/* Generated from cmd/trace_viewer.html by the Makefile. Do not edit. */'; \
	  echo '#include "cmd/trace.h"'; echo 'const char mg_trace_viewer_html[] = {'; \
	  od -An -v -tx1 $< | sed 's/ *\([0-9a-f][0-9a-f]\)/0x\1,/g'; echo '0};'; } > $@

CLI_OBJS := $(patsubst %.c,$(B)/obj/%.o,$(wildcard cmd/*.c)) $(B)/obj/gen/trace_viewer.o
$(B)/minigo: $(CLI_OBJS) $(B)/libminigo.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(B)/mgtest: tests/runner.c | $(B)
	$(CC) $(STD) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< -lpthread

$(B)/unit/%: tests/unit/%.c $(B)/libminigo.a
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(B)/libminigo.a $(LDLIBS)

# -trace tests (tests/trace/check.sh): the JSON checker and two unit wrappers
TRACE_UNITS := $(B)/trace/test_json $(B)/trace/test_html
$(B)/trace/check_trace: tests/trace/check_trace.c
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $<
$(B)/trace/test_%: tests/trace/check.sh $(B)/trace/check_trace
	printf '#!/bin/sh\nexec sh tests/trace/check.sh $(B) $*\n' > $@
	chmod +x $@

# Embedding examples: every examples/embed/NAME.c is built against the public header and
# libminigo.a alone; one with a NAME.out becomes a unit of `make test` that runs it and
# checks its output (examples/embed/check.sh).
EMBED_BINS  := $(patsubst examples/embed/%.c,$(B)/embed/%,$(wildcard examples/embed/*.c))
EMBED_UNITS := $(patsubst examples/embed/%.out,$(B)/embed-check/%,$(wildcard examples/embed/*.out))
$(B)/embed/%: examples/embed/%.c include/minigo.h $(B)/libminigo.a
	@mkdir -p $(dir $@)
	$(CC) $(STD) -Iinclude $(CFLAGS) $(WARN) -o $@ $< $(B)/libminigo.a $(LDLIBS)
$(B)/embed-check/%: examples/embed/check.sh examples/embed/%.out $(B)/embed/%
	@mkdir -p $(dir $@)
	printf '#!/bin/sh\nexec sh examples/embed/check.sh $(B)/embed/$* examples/embed/$*.out\n' > $@
	chmod +x $@

.PHONY: bench-embed-chan
# host channels: a send/receive pair over a minigo channel vs a mutex+condvar pair
bench-embed-chan: $(B)/bench/chan_bench
	$(B)/bench/chan_bench
$(B)/bench/chan_bench: bench/embed/chan_bench.c $(B)/libminigo.a
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(B)/libminigo.a $(LDLIBS)

-include $(shell find $(B)/obj $(B)/pic -name '*.d' 2>/dev/null)

# ---- use ----
run: all
	$(B)/minigo run $(EXAMPLE)

# An out-of-tree host built against a staged install with pkg-config, static and
# dynamic (tests/unit/install_check.sh, run as one of the unit tests).
STAGE := $(CURDIR)/$(B)/stage
$(B)/unit/install_check: tests/unit/install_check.sh $(B)/libminigo.so.$(SO_VERSION) all
	rm -rf $(STAGE)
	$(MAKE) --no-print-directory install DESTDIR=$(STAGE) PREFIX=/opt/minigo >/dev/null
	@mkdir -p $(dir $@)
	sed 's|@STAGE@|$(STAGE)|g; s|@SRC@|$(CURDIR)|g; s|@CC@|$(CC)|g; s|@LDFLAGS@|$(LDFLAGS)|g' $< > $@ && chmod +x $@


# Scripts that drive the CLI (run as units, $$MINIGO set): `run -e`, and the REPL through
# a pseudo-terminal when python3 is installed.
CLI_TESTS := tests/cli/run_e.sh tests/cli/huge_locals.sh $(if $(shell command -v python3 2>/dev/null),tests/repl/drive.py)

# tests/vet (under tests/) runs as `minigo vet`; tests/vet/corpus.sh then checks that vet
# is silent on every correct program of tests/seeds and examples (its summary comes
# first, so that mgtest's "N passed, N failed" stays the last line).
# tests/gotest is in `tests`: Go 1.19's own self-checking programs (tools/import-gotest.sh).
test: all $(B)/mgtest $(UNIT_BINS) $(B)/unit/install_check $(TRACE_UNITS) $(EMBED_BINS) $(EMBED_UNITS)
	@status=0; tools/race-sweep.sh -q -minigo $(B)/minigo tests/seeds examples || status=1; \
	sh tests/vet/corpus.sh $(B)/minigo tests/seeds examples || status=1; \
	$(B)/mgtest -j $(JOBS) $(if $(TIMEOUT_SCALE),-timeout-scale $(TIMEOUT_SCALE)) -minigo $(B)/minigo -units "$(UNIT_BINS) $(B)/unit/install_check $(TRACE_UNITS) $(EMBED_UNITS) $(CLI_TESTS)" tests examples || status=1; \
	exit $$status

# Re-import tests/gotest (and its EXCLUDED list) from Go's test tree with this build's
# minigo, after a change that removes an obstacle the list names; `make gotest` runs it alone.
GOTEST_SRC ?= /usr/share/go-1.19/test
import-gotest: all $(B)/mgtest
	MINIGO=$(B)/minigo MGTEST=$(B)/mgtest tools/import-gotest.sh $(GOTEST_SRC)
gotest: all $(B)/mgtest
	@$(B)/mgtest -j $(JOBS) -minigo $(B)/minigo tests/gotest

# Every program of tests/seeds and examples under -race: none may report a race
# (tests/race holds the racy and race-free corpus; make test runs both).
race-sweep: all
	@tools/race-sweep.sh -minigo $(B)/minigo tests/seeds examples

# stress/*.mg (outside tests/, so `make test` skips them) under GOMAXPROCS=1,
# 2 and 4, then one channel program 200 times under GOMAXPROCS=1,2,4 in turn:
# the first wrong output or hang (20 s) fails.
STRESS_LOOP ?= stress/chan_networks.mg
stress: all $(B)/mgtest
	@for p in 1 2 4; do \
	  echo "stress programs, GOMAXPROCS=$$p:"; \
	  GOMAXPROCS=$$p $(B)/mgtest -j 2 -minigo $(B)/minigo stress || exit 1; \
	done
	@sed -n '/^\/\/ Output:$$/,$$p' $(STRESS_LOOP) | sed '1d; s|^// \{0,1\}||' > $(B)/stress_want.txt; \
	for i in $$(seq 200); do \
	  case $$((i % 3)) in 1) p=1;; 2) p=2;; *) p=4;; esac; \
	  GOMAXPROCS=$$p timeout 20 $(B)/minigo run $(STRESS_LOOP) > $(B)/stress_got.txt 2>&1; rc=$$?; \
	  if [ $$rc = 124 ]; then echo "stress loop: run $$i (GOMAXPROCS=$$p) hung"; exit 1; fi; \
	  if [ $$rc != 0 ] || ! cmp -s $(B)/stress_want.txt $(B)/stress_got.txt; then \
	    echo "stress loop: run $$i (GOMAXPROCS=$$p) failed, exit $$rc:"; diff $(B)/stress_want.txt $(B)/stress_got.txt | head -20; exit 1; \
	  fi; \
	done; \
	echo "stress loop: 200 runs of $(STRESS_LOOP) ok"

SAN_FLAGS_asan  := -O1 -g -fsanitize=address -fno-omit-frame-pointer
SAN_FLAGS_ubsan := -O1 -g -fsanitize=undefined -fno-sanitize-recover=undefined
# detect_leaks=0: LSan reports malloc blocks that only GC objects point to (TOOLCHAIN.md 6).
# TIMEOUT_SCALE: the runner's timeouts (default and // Timeout:) stretched for the slowdown,
# e.g. an -explore test's 60 child processes each start ASan's runtime.
asan:
	ASAN_OPTIONS=detect_leaks=0:$(ASAN_OPTIONS) $(MAKE) B=build-asan TIMEOUT_SCALE=3 CFLAGS="$(SAN_FLAGS_asan) $(if $(findstring clang,$(CC)),-fsanitize-address-use-after-return=never,--param=asan-use-after-return=0)" LDFLAGS="-fsanitize=address" test
ubsan:
	$(MAKE) B=build-ubsan TIMEOUT_SCALE=2 CFLAGS="$(SAN_FLAGS_ubsan)" LDFLAGS="-fsanitize=undefined" test

# TSan and Boehm do not mix (TOOLCHAIN.md): -DMINIGO_GC_MALLOC swaps the GC for malloc
# (vm/gc_glue.h) and -lgc is left out so a GC call that bypasses the glue fails to link.
# Memory is never collected; even so every test passes this way (TSAN_DIRS="tests stress"
# runs them all, about 2.5x as long), the runner's timeouts being scaled for TSan's
# slowdown. A race makes the program exit 66 (a failed test); each report is also
# kept in $(TSAN_LOGS).
SAN_FLAGS_tsan := -O1 -g -fsanitize=thread -DMINIGO_GC_MALLOC
TSAN_UNITS     := $(patsubst %,build-tsan/unit/test_%,runq timerheap sched chan vm_threads)
TSAN_LOGS      := build-tsan/tsan-logs
TSAN_DIRS      ?= tests/conc tests/seeds
# Go programs that race on purpose (to test Go's "concurrent map writes" report): their
# race is in the program, so TSan rightly reports it inside the interpreter.
TSAN_SKIP      := map_concurrent_writes fatal_concurrent_map_
tsan:
	$(MAKE) B=build-tsan CFLAGS="$(SAN_FLAGS_tsan)" LDFLAGS="-fsanitize=thread" \
	  LDLIBS="-lpthread -ldl -lm" build-tsan/minigo build-tsan/mgtest $(TSAN_UNITS)
	@rm -rf $(TSAN_LOGS) && mkdir -p $(TSAN_LOGS)
	@TSAN_OPTIONS="exitcode=66 halt_on_error=0 second_deadlock_stack=1 \
	  suppressions=$(CURDIR)/tests/tsan.supp log_path=$(CURDIR)/$(TSAN_LOGS)/report \
	  $(TSAN_OPTIONS)" build-tsan/mgtest -j $(JOBS) -timeout-scale 6 $(TSAN_SKIP:%=-skip %) \
	  -minigo build-tsan/minigo \
	  -units "$(TSAN_UNITS)" $(TSAN_DIRS); rc=$$?; \
	n=$$(ls $(TSAN_LOGS) | wc -l); [ $$n = 0 ] || echo "TSan: $$n report files in $(TSAN_LOGS)/"; \
	exit $$rc

fuzz:
	$(MAKE) B=build-fuzz CC=clang CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address -DMG_FUZZ" all
	clang -std=gnu11 $(CPPFLAGS) -Ibuild-fuzz -O1 -g -fsanitize=fuzzer,address -o build-fuzz/fuzz-compile tests/fuzz/fuzz_compile.c build-fuzz/libminigo.a $(LDLIBS)
	@mkdir -p build-fuzz/corpus && cp tests/*/*.mg build-fuzz/corpus/ 2>/dev/null || true
	@echo "run: build-fuzz/fuzz-compile -max_total_time=600 build-fuzz/corpus"

# How often each outcome of the verbatim seed snippets happens under minigo and Go
# (tools/outcomes; OUTCOMES_FLAGS="-n 50 --load" for a quicker run on a loaded core).
OUTCOMES_FLAGS ?=
outcomes: all
	python3 tools/outcomes --minigo $(B)/minigo $(OUTCOMES_FLAGS)

bench: all
	sh bench/run.sh $(B)/minigo

# The embedding API against Lua 5.4's C API (bench/embed/bench.c; apt-get install liblua5.4-dev).
bench-embed: $(B)/bench/embed
	$(B)/bench/embed
$(B)/bench/embed: bench/embed/bench.c include/minigo.h $(B)/libminigo.a
	@mkdir -p $(dir $@)
	$(CC) $(STD) -Iinclude $$(pkg-config --cflags lua5.4) $(CFLAGS) $(WARN) -o $@ $< \
	  $(B)/libminigo.a $$(pkg-config --libs lua5.4) $(LDLIBS)

install: all $(B)/libminigo.so.$(SO_VERSION)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(B)/minigo $(DESTDIR)$(PREFIX)/bin/minigo
	install -m 644 $(B)/libminigo.a $(DESTDIR)$(PREFIX)/lib/libminigo.a
	install -m 755 $(B)/libminigo.so.$(SO_VERSION) $(DESTDIR)$(PREFIX)/lib/libminigo.so.$(SO_VERSION)
	ln -sf libminigo.so.$(SO_VERSION) $(DESTDIR)$(PREFIX)/lib/libminigo.so.$(SO_MAJOR)
	ln -sf libminigo.so.$(SO_MAJOR) $(DESTDIR)$(PREFIX)/lib/libminigo.so
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(MINIGO_VERSION)|g' minigo.pc.in \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/minigo.pc
	install -m 644 include/minigo.h $(DESTDIR)$(PREFIX)/include/minigo.h
	install -m 644 man/minigo.1 $(DESTDIR)$(PREFIX)/share/man/man1/minigo.1

clean:
	rm -rf build build-asan build-ubsan build-tsan build-fuzz
