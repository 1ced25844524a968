/* runtime.c - the natives of package runtime (stdlib/runtime.mg): goroutine
 * and scheduler queries. With only the main goroutine (this stage) they
 * answer for it; the scheduler stage makes them real.
 */
#define GC_THREADS 1
#include <gc.h>
#include <unistd.h>

#include "natives.h"
#include "vm/g.h"
#include "vm/vm.h"

static void n_gc(mg_ncall *c, mg_word *args, mg_word *res) {
    GC_gcollect();
}

static void n_numgoroutine(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = mg_ncall_vm(c)->ngoroutines;
}

static void n_gomaxprocs(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_vm *vm = mg_ncall_vm(c);
    res[0].i = vm->gomaxprocs;
    if (args[0].i > 0) vm->gomaxprocs = (int)args[0].i;
}

static void n_numcpu(mg_ncall *c, mg_word *args, mg_word *res) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    res[0].i = n > 0 ? n : 1;
}

static void n_gosched(mg_ncall *c, mg_word *args, mg_word *res) {
    c->g->signals |= GSIG_YIELD;
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
