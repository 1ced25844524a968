/* fmt.c - the natives of package fmt (stdlib/fmt.mg): Print*, Sprint*, the
 * *os.File fast path of Fprint*, and the formatting half of Errorf. The
 * formatting itself is fmt_value.c.
 *
 * ABI reminder (vm/value.h): a variadic `a ...any` arrives as one []any
 * (3 words: data, len, cap) whose elements are 2-word interfaces; a string is
 * 2 words; an error result is a 2-word interface (all zero: nil).
 */
#include <string.h>

#include "../vm/object.h"
#include "fmt.h"
#include "natives.h"

static const mg_iface *slice_ifaces(const mg_word *w, int64_t *n) {
    *n = w[1].i;
    return (const mg_iface *)w[0].p;
}

/* Writes the printer's output to stdout and sets the (n int, err error) results. */
static void finish_write(fmt_printer *p, int fd, mg_word *res) {
    if (!p->panicked && p->buf.len) mg_native_write(p->c, fd, p->buf.p, p->buf.len);
    res[0].i = (int64_t)p->buf.len;
    res[1].p = NULL;
    res[2].p = NULL;
    fmt_printer_free(p);
}

static void finish_string(fmt_printer *p, mg_word *res) {
    mg_string s = {NULL, 0};
    if (!p->panicked) s = mg_str_from_bytes(p->buf.p, p->buf.len);
    res[0].p = (void *)s.ptr;
    res[1].i = s.len;
    fmt_printer_free(p);
}

/* The natives behind Print* and Sprint*: fmt.mg passes fmt.callMethod first (see fmt.h),
 * then the format string (Printf family), then the operands as one []any. */
static void start(fmt_printer *p, mg_ncall *c, const mg_word *args) {
    fmt_printer_init(p, c);
    p->caller = args[0].p;
}

/* func doPrint(call methodCaller, a []any) (n int, err error) */
static void n_print(mg_ncall *c, mg_word *args, mg_word *res) {
    fmt_printer p;
    int64_t n;
    const mg_iface *a = slice_ifaces(args + 1, &n);
    start(&p, c, args);
    fmt_do_print(&p, a, n);
    finish_write(&p, 1, res);
}

static void n_println(mg_ncall *c, mg_word *args, mg_word *res) {
    fmt_printer p;
    int64_t n;
    const mg_iface *a = slice_ifaces(args + 1, &n);
    start(&p, c, args);
    fmt_do_println(&p, a, n);
    finish_write(&p, 1, res);
}

/* func doPrintf(call methodCaller, format string, a []any) (n int, err error) */
static void n_printf(mg_ncall *c, mg_word *args, mg_word *res) {
    fmt_printer p;
    int64_t n;
    const mg_iface *a = slice_ifaces(args + 3, &n);
    start(&p, c, args);
    fmt_do_printf(&p, args[1].p, args[2].i, a, n);
    finish_write(&p, 1, res);
}

static void n_sprint(mg_ncall *c, mg_word *args, mg_word *res) {
    fmt_printer p;
    int64_t n;
    const mg_iface *a = slice_ifaces(args + 1, &n);
    start(&p, c, args);
    fmt_do_print(&p, a, n);
    finish_string(&p, res);
}

static void n_sprintln(mg_ncall *c, mg_word *args, mg_word *res) {
    fmt_printer p;
    int64_t n;
    const mg_iface *a = slice_ifaces(args + 1, &n);
    start(&p, c, args);
    fmt_do_println(&p, a, n);
    finish_string(&p, res);
}

static void n_sprintf(mg_ncall *c, mg_word *args, mg_word *res) {
    fmt_printer p;
    int64_t n;
    const mg_iface *a = slice_ifaces(args + 3, &n);
    start(&p, c, args);
    fmt_do_printf(&p, args[1].p, args[2].i, a, n);
    finish_string(&p, res);
}

/* func errorf(call methodCaller, format string, a []any) (string, []int): Sprintf accepting
 * %w, and the sorted argument indexes the %w verbs used (Go 1.20's Errorf). */
static void n_errorf(mg_ncall *c, mg_word *args, mg_word *res) {
    fmt_printer p;
    int64_t n;
    const mg_iface *a = slice_ifaces(args + 3, &n);
    start(&p, c, args);
    p.wrap_errs = true;
    fmt_do_printf(&p, args[1].p, args[2].i, a, n);
    int k = p.nwrapped;
    mg_word *idx = NULL;
    if (k > 0 && !p.panicked) {
        idx = mg_alloc_atomic((size_t)k * sizeof(mg_word));
        for (int i = 0; i < k; i++) { /* insertion sort: a handful of indexes */
            int64_t v = p.wrapped[i];
            int j = i;
            while (j > 0 && idx[j - 1].i > v) {
                idx[j] = idx[j - 1];
                j--;
            }
            idx[j].i = v;
        }
    } else {
        k = 0;
    }
    res[2].p = idx;
    res[3].i = k;
    res[4].i = k;
    finish_string(&p, res);
}

/* func writeFile(w writer, s string) int: when w is an *os.File for stdout or stderr, write
 * s to it through the VM's streams and return len(s); otherwise -1 (the caller then calls
 * w.Write). */
static void n_write_file(mg_ncall *c, mg_word *args, mg_word *res) {
    const mg_itab *tab = args[0].p;
    res[0].i = -1;
    if (!tab || !tab->type->name || strcmp(tab->type->name, "*os.File") != 0) return;
    const mg_word *file = args[1].p;
    const mg_rtype *ft = tab->type->elem;
    if (!file || !ft) return;
    int64_t fd = -1;
    for (int i = 0; i < ft->nfields; i++)
        if (strcmp(ft->fields[i].name, "fd") == 0) fd = file[ft->fields[i].offset].i;
    if (fd != 1 && fd != 2) return;
    if (args[3].i > 0) mg_native_write(c, (int)fd, args[2].p, (size_t)args[3].i);
    res[0].i = args[3].i;
}

const mg_native_entry mg_natives_fmt[] = {
    /* clang-format off */
    {"fmt.doPrint", n_print},
    {"fmt.doPrintln", n_println},
    {"fmt.doPrintf", n_printf},
    {"fmt.doSprint", n_sprint},
    {"fmt.doSprintln", n_sprintln},
    {"fmt.doSprintf", n_sprintf},
    {"fmt.errorf", n_errorf},
    {"fmt.writeFile", n_write_file},
    {NULL, NULL},
    /* clang-format on */
};
