/* fmt.h - the formatting engine behind package fmt (stdlib/fmt_value.c), shared
 * with the natives of stdlib/fmt.c and with the VM (panic values, debugging).
 *
 * The engine mirrors Go's fmt/print.go and fmt/format.go: a printer holds an
 * output buffer and the flags of the verb being formatted; operands are
 * interfaces (dynamic rtype + data word) or typed values (rtype + pointer to
 * the value's words). Methods (Error, String, GoString) are called through
 * the minigo helper fmt.callMethod (which recovers a panic, so that fmt can
 * print Go's "<nil>" / %!v(PANIC=String method: ...)), or directly when the
 * method is itself a native.
 *
 * Invariants:
 *  - The buffer is malloc memory (it holds bytes only, never GC pointers) and
 *    starts in the printer itself, so short results allocate nothing.
 *  - Once a called method panics, `panicked` is set and every further step is
 *    a no-op: the native returns at once and the panic propagates.
 */
#ifndef MG_STDLIB_FMT_H
#define MG_STDLIB_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../vm/value.h"

typedef struct fmt_buf {
    char *p;
    size_t len, cap;
    char inline_bytes[256];
} fmt_buf;

/* The flags of one verb (Go's fmt.fmtFlags plus wid/prec). */
typedef struct fmt_flags {
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    bool plus_v, sharp_v; /* %+v and %#v */
    int wid, prec;
} fmt_flags;

typedef struct fmt_printer {
    mg_ncall *c; /* NULL: never call methods (e.g. from a panic printer) */
    /* fmt.callMethod (stdlib/fmt.mg), which calls a method and recovers its panic as Go's
     * catchPanic does; NULL: call methods directly (a panic then propagates). */
    mg_closure *caller;
    fmt_buf buf;
    fmt_flags f;
    /* The operand being printed, for %!verb(type=value) reports: its type (NULL when nil). */
    const mg_rtype *cur_t;
    const mg_word *cur_v;
    bool erroring;  /* inside a bad-verb report: do not call methods */
    bool panicked;  /* a called method panicked: stop */
    bool wrap_errs; /* Errorf: %w accepted */
    bool reordered, good_argnum;
    int64_t *wrapped; /* Errorf: argument indexes of %w verbs (malloc) */
    int nwrapped, capwrapped;
} fmt_printer;

void fmt_printer_init(fmt_printer *p, mg_ncall *c);
void fmt_printer_free(fmt_printer *p);

/* Print / Println / Printf over the []any operands a[0..n). */
void fmt_do_print(fmt_printer *p, const mg_iface *a, int64_t n);
void fmt_do_println(fmt_printer *p, const mg_iface *a, int64_t n);
void fmt_do_printf(fmt_printer *p, const uint8_t *format, int64_t flen, const mg_iface *a,
                   int64_t n);

/* Format one value of type t (laid out in words at v) with the verb ('v', 'd', 's', ...;
 * '+' means %+v and '#' means %#v) into a NUL-terminated GC string; returns its length.
 * c may be NULL: then Error/String methods are not called. Used by the VM's panic printer. */
size_t mg_fmt_value(mg_ncall *c, char **out, const mg_rtype *t, const mg_word *v, char verb);

#endif
