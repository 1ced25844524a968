/* runtime.c - the natives of package runtime (stdlib/runtime.mg): goroutine
 * and scheduler queries and controls, answered by the GMP scheduler
 * (runtime/sched.h) of the calling goroutine's VM.
 */
#include "vm/gc_glue.h"
#include <unistd.h>

#include "natives.h"
#include "runtime/sched.h"
#include "vm/g.h"
#include "vm/vm.h"

static void n_gc(mg_ncall *c, mg_word *args, mg_word *res) {
    GC_gcollect();
}

static void n_numgoroutine(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_vm *vm = mg_ncall_vm(c);
    int64_t n = rt_num_goroutine(mg_ncall_sched(c));
    if (vm->main_goexit && n > 0) n--; /* Go's main G is dead after Goexit */
    res[0].i = n;
}

static void n_gomaxprocs(mg_ncall *c, mg_word *args, mg_word *res) {
    int64_t n = args[0].i;
    if (n > 1024) n = 1024; /* Go's limit is higher; more Ps than this only cost memory */
    int old = rt_gomaxprocs(mg_ncall_sched(c), n > 0 ? (int)n : 0);
    if (n > 0) mg_ncall_vm(c)->gomaxprocs = (int)n;
    res[0].i = old;
}

static void n_numcpu(mg_ncall *c, mg_word *args, mg_word *res) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    res[0].i = n > 0 ? n : 1;
}

static void n_gosched(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_native_yield(c);
}

static void n_goexit(mg_ncall *c, mg_word *args, mg_word *res) {
    c->g->signals |= GSIG_GOEXIT;
}

const mg_native_entry mg_natives_runtime[] = {
    {"runtime.GC", n_gc},
    {"runtime.NumGoroutine", n_numgoroutine},
    {"runtime.GOMAXPROCS", n_gomaxprocs},
    {"runtime.NumCPU", n_numcpu},
    {"runtime.Gosched", n_gosched},
    {"runtime.Goexit", n_goexit},
    {NULL, NULL},
};
