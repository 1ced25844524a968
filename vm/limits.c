/* limits.c - what lets a host bound and end a VM: the heap limit, the instruction
 * budget, the wall-clock limit, mg_vm_stop's end of the run, and allocation failure
 * ending one VM instead of the process.
 *
 * Escapes: every place a goroutine runs on a thread (run_g, a host call) pushes a
 * vm_escape on a thread-local stack. When an allocation fails or passes the heap limit,
 * the fatal report is made for the escape's G and control longjmps back to that place,
 * which stops the scheduler: the native or instruction that allocated never resumes,
 * and the VM is dying, so what it left half done is never looked at again. The
 * thread-local is the only per-thread state (like the runtime's current M); it is
 * NULL on host threads outside a run, where allocation failure still exits.
 *
 * Heap limit: Boehm's heap is one per process, so a VM cannot ask it how much of the
 * heap is its own. Each VM counts what it allocates since its last recount; when the
 * estimate (live at the last recount + allocated since) would pass the limit, it
 * collects and takes as live the smaller of its estimate and the process heap in use
 * above the baseline taken when its run began. So garbage never counts, and another
 * VM's allocations only count when they are live at the same time.
 *
 * Ends: whichever reason wins vm_begin_die (a panic, os.Exit, a limit, a stop) sets
 * end_status with it, so the status mg_run reports is always the one whose report was
 * printed.
 */
#include "gc_glue.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "g.h"
#include "runtime/sched.h"
#include "vm.h"

static __thread vm_escape *tls_escape;

void vm_escape_push(vm_escape *e, mg_g *g) {
    e->g = g;
    e->prev = tls_escape;
    e->in_oom = false;
    e->mallocs = e->bytes = 0;
    e->spare = NULL;
    tls_escape = e;
}

void vm_escape_pop(vm_escape *e) {
    tls_escape = e->prev;
    free(e->spare);
    if (e->mallocs) {
        mg_vm *vm = e->g->vm;
        atomic_fetch_add_explicit(&vm->mallocs, e->mallocs, memory_order_relaxed);
        atomic_fetch_add_explicit(&vm->malloc_bytes, e->bytes, memory_order_relaxed);
    }
}

void *vm_escape_spare_take(void) {
    vm_escape *e = tls_escape;
    if (!e || !e->spare) return NULL;
    void *p = e->spare;
    e->spare = NULL;
    return p;
}

bool vm_escape_spare_keep(void *p) {
    vm_escape *e = tls_escape;
    if (!e || e->spare) return false;
    e->spare = p;
    return true;
}

void vm_alloc_counts(mg_vm *vm, uint64_t *mallocs, uint64_t *bytes) {
    uint64_t n = atomic_load(&vm->mallocs), b = atomic_load(&vm->malloc_bytes);
    for (vm_escape *e = tls_escape; e; e = e->prev)
        if (e->g->vm == vm) {
            n += e->mallocs;
            b += e->bytes;
        }
    *mallocs = n;
    *bytes = b;
}

void vm_limits_init(mg_vm *vm) {
    pthread_mutex_init(&vm->ctl_lock, NULL);
    pthread_mutex_init(&vm->heap_lock, NULL);
}

void vm_limits_free(mg_vm *vm) {
    pthread_mutex_destroy(&vm->ctl_lock);
    pthread_mutex_destroy(&vm->heap_lock);
}

/* Boehm prints "GC Warning: Failed to expand heap ..." before an allocation fails; Go
 * never prints such lines, the failure itself becomes Go's fatal error. Counted. */
static void gc_warn(char *msg, GC_word arg) {
    (void)msg;
    (void)arg;
    vm_escape *e = tls_escape;
    if (e) atomic_fetch_add_explicit(&e->g->vm->gc_warnings, 1, memory_order_relaxed);
}

void vm_gc_quiet(void) {
#ifndef MINIGO_GC_MALLOC
    GC_set_warn_proc(gc_warn);
#else
    (void)gc_warn;
#endif
}

/* ---------- allocation failure and the heap limit (object.h) ---------- */

void mg_out_of_memory(void) {
    vm_escape *e = tls_escape;
    if (!e) {
        fputs("fatal error: runtime: out of memory\n", stderr);
        _exit(2);
    }
    if (!e->in_oom) {
        /* the report itself may allocate (and fail): only once */
        e->in_oom = true;
        vm_fatal_status(e->g, "runtime: out of memory", MG_ERR_HEAP);
    }
    longjmp(e->jb, 1);
}

void mg_alloc_check(size_t bytes) {
    vm_escape *e = tls_escape;
    if (!e) return;
    /* counted here, per thread, so that allocating costs no shared cache line */
    e->mallocs++;
    e->bytes += bytes;
    mg_vm *vm = e->g->vm;
    size_t limit = vm->opt.heap_limit;
    if (!limit || e->in_oom) return;
    if (bytes > limit) mg_out_of_memory();
    size_t since = atomic_fetch_add_explicit(&vm->heap_since, bytes, memory_order_relaxed) + bytes;
    if (atomic_load_explicit(&vm->heap_live, memory_order_relaxed) + since <= limit) return;
    pthread_mutex_lock(&vm->heap_lock);
    size_t own = atomic_load(&vm->heap_live) + atomic_load(&vm->heap_since);
    bool ok = own <= limit; /* another M recounted while this one waited */
    if (!ok) {
        GC_gcollect();
        size_t use = GC_get_memory_use();
        size_t live = use > vm->heap_base ? use - vm->heap_base : 0;
        if (live > own) live = own;
        atomic_store(&vm->heap_live, live);
        atomic_store(&vm->heap_since, bytes);
        ok = live + bytes <= limit;
    }
    pthread_mutex_unlock(&vm->heap_lock);
    if (!ok) mg_out_of_memory();
}

/* ---------- the instruction budget ---------- */

bool vm_tick_limit(mg_g *g, int64_t used) {
    mg_vm *vm = g->vm;
    uint64_t t = atomic_fetch_add_explicit(&vm->ticks, (uint64_t)used, memory_order_relaxed);
    if (t + (uint64_t)used <= vm->opt.max_instructions) return false;
    vm_fatal_status(g, "instruction budget exhausted", MG_ERR_BUDGET);
    return true;
}

/* ---------- ends from the host side ---------- */

bool vm_end_from_host(mg_vm *vm, int status) {
    pthread_mutex_lock(&vm->ctl_lock);
    bool won = false;
    if (status == MG_STOPPED) vm->stop_req = true;
    if (vm->sched_live && vm_begin_die(vm)) {
        won = true;
        atomic_store(&vm->end_status, status);
        vm->exit_code = 2;
        vm->exiting = true;
        if (status == MG_ERR_TIMEOUT) vm->timeout_fired = true;
        vm_close_output(vm); /* nothing the goroutines write from now on is seen */
        rt_sched_stop(vm->sched);
    }
    pthread_mutex_unlock(&vm->ctl_lock);
    return won;
}

/* ---------- the wall-clock watcher: a thread per run, only with a limit ---------- */

typedef struct deadline_watch {
    mg_vm *vm;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    struct timespec at; /* CLOCK_MONOTONIC */
    bool over;
} deadline_watch;

static void *deadline_watcher(void *arg) {
    deadline_watch *w = arg;
    pthread_mutex_lock(&w->lock);
    int rc = 0;
    while (!w->over && rc != ETIMEDOUT)
        rc = pthread_cond_timedwait(&w->cond, &w->lock, &w->at);
    bool fire = !w->over;
    pthread_mutex_unlock(&w->lock);
    if (fire) vm_end_from_host(w->vm, MG_ERR_TIMEOUT);
    return NULL;
}

void vm_run_begin(mg_vm *vm) {
    vm_memstats_begin(vm);
    if (vm->opt.heap_limit) {
        GC_gcollect(); /* what compiling left behind is not the program's */
        vm->heap_base = GC_get_memory_use();
    }
    vm->deadline = NULL;
    if (!vm->opt.time_limit_ms) return;
    deadline_watch *w = calloc(1, sizeof *w);
    if (!w) return;
    w->vm = vm;
    pthread_mutex_init(&w->lock, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&w->cond, &ca);
    pthread_condattr_destroy(&ca);
    clock_gettime(CLOCK_MONOTONIC, &w->at);
    unsigned long long ms = vm->opt.time_limit_ms;
    w->at.tv_sec += (time_t)(ms / 1000);
    w->at.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (w->at.tv_nsec >= 1000000000L) {
        w->at.tv_sec++;
        w->at.tv_nsec -= 1000000000L;
    }
    if (pthread_create(&w->thread, NULL, deadline_watcher, w) != 0) {
        pthread_cond_destroy(&w->cond);
        pthread_mutex_destroy(&w->lock);
        free(w);
        return;
    }
    vm->deadline = w;
}

void vm_run_end(mg_vm *vm) {
    deadline_watch *w = vm->deadline;
    if (!w) return;
    pthread_mutex_lock(&w->lock);
    w->over = true;
    pthread_cond_signal(&w->cond);
    pthread_mutex_unlock(&w->lock);
    pthread_join(w->thread, NULL);
    pthread_cond_destroy(&w->cond);
    pthread_mutex_destroy(&w->lock);
    free(w);
    vm->deadline = NULL;
}
