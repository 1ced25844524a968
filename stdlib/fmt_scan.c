/* fmt_scan.c - the natives behind fmt's Scan family (stdlib/fmt.mg): reading the
 * process's standard input, and storing a scanned value through a pointer of any
 * scannable kind. The scanner itself is minigo code in fmt.mg; it reads standard
 * input one byte at a time, as Go's fmt does for an os.Stdin that is not a
 * RuneScanner, so that nothing past the scanned text is consumed. A read blocks
 * its M (the VM has no input poller), so it hands the P to another M meanwhile
 * (rt_enter_blocking) and the other goroutines keep running.
 */
#include <errno.h>
#include <unistd.h>

#include "runtime/sched.h"
#include "stdlib/natives.h"

/* readStdin(p []byte) int: bytes read into p; 0 at end of input, -1 on error. */
static void n_read_stdin(mg_ncall *c, mg_word *args, mg_word *res) {
    size_t n = (size_t)args[1].i;
    if (n == 0) {
        res[0].i = 0;
        return;
    }
    ssize_t k;
    rt_enter_blocking(mg_ncall_sched(c), mg_ncall_rtg(c));
    do {
        k = read(0, args[0].p, n);
    } while (k < 0 && errno == EINTR);
    rt_exit_blocking(mg_ncall_sched(c), mg_ncall_rtg(c));
    res[0].i = k < 0 ? -1 : (int64_t)k;
}

/* The pointee of a pointer held in an interface (args[k], args[k+1]); NULL if the
 * dynamic type is not a non-nil pointer. */
static const mg_rtype *pointee(const mg_word *args, int k, mg_word **target) {
    const mg_itab *it = args[k].p;
    if (!it || !it->type || it->type->kind != MK_POINTER || !args[k + 1].p) return NULL;
    *target = args[k + 1].p;
    return it->type->elem;
}

/* scanKind(arg any) (kind, bits int): the scannable class of *arg's pointee: 1 bool,
 * 2 signed integer, 3 unsigned integer, 4 float, 5 string, 0 none; -1 when arg is
 * not a pointer. bits: the size of a number. */
static void n_scan_kind(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_word *target;
    const mg_rtype *t = pointee(args, 0, &target);
    res[0].i = 0;
    res[1].i = 64;
    if (!t) {
        const mg_itab *it = args[0].p;
        if (!it || !it->type || it->type->kind != MK_POINTER) res[0].i = -1;
        return;
    }
    switch (t->kind) {
    case MK_BOOL: res[0].i = 1; break;
    case MK_INT8: res[0].i = 2, res[1].i = 8; break;
    case MK_INT16: res[0].i = 2, res[1].i = 16; break;
    case MK_INT32: res[0].i = 2, res[1].i = 32; break;
    case MK_INT:
    case MK_INT64: res[0].i = 2; break;
    case MK_UINT8: res[0].i = 3, res[1].i = 8; break;
    case MK_UINT16: res[0].i = 3, res[1].i = 16; break;
    case MK_UINT32: res[0].i = 3, res[1].i = 32; break;
    case MK_UINT:
    case MK_UINT64:
    case MK_UINTPTR: res[0].i = 3; break;
    case MK_FLOAT32: res[0].i = 4, res[1].i = 32; break;
    case MK_FLOAT64: res[0].i = 4; break;
    case MK_STRING: res[0].i = 5; break;
    default: break;
    }
}

/* storeWord(arg any, v uint64): *arg = v for a one-word pointee (bool, integers); a
 * pointer to a packed kind may point into a packed array: sized store (vm/value.h). */
static void n_store_word(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_word *target;
    const mg_rtype *t = pointee(args, 0, &target);
    if (t && mg_packed_size(t->kind))
        mg_packed_store(target, mg_packed_size(t->kind), args[2].u);
    else if (t)
        target[0].u = args[2].u;
}

/* storeFloat(arg any, f float64) */
static void n_store_float(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_word *target;
    if (pointee(args, 0, &target)) target[0].f = args[2].f;
}

/* storeString(arg any, s string) */
static void n_store_string(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_word *target;
    if (pointee(args, 0, &target)) {
        target[0].p = args[2].p;
        target[1].i = args[3].i;
    }
}

const mg_native_entry mg_natives_fmt_scan[] = {
    {"fmt.readStdin", n_read_stdin},   {"fmt.scanKind", n_scan_kind},
    {"fmt.storeFloat", n_store_float}, {"fmt.storeString", n_store_string},
    {"fmt.storeWord", n_store_word},   {NULL, NULL},
};
