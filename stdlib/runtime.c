/* runtime.c - the natives of package runtime (stdlib/runtime.mg): goroutine
 * and scheduler queries and controls, answered by the GMP scheduler
 * (runtime/sched.h) of the calling goroutine's VM; memory statistics from the
 * Boehm GC and the VM's allocation counters; the caller queries over the
 * goroutine's frames. (Finalizers: runtime_fin.c.)
 *
 * Program counters: a pc is the address of a code word of a function's bytecode
 * (mg_proto.code): a return pc is the word after the call instruction, as Go's
 * return addresses are; a function's entry is its first word. A native has no
 * code; its pc is its mg_func's address.
 */
#include "vm/gc_glue.h"
#include <pthread.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifndef MINIGO_GC_MALLOC
#include <gc/gc_mark.h>
#endif

#include "natives.h"
#include "runtime/sched.h"
#include "vm/g.h"
#include "vm/object.h"
#include "vm/proto.h"
#include "vm/vm.h"

static void n_gc(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_vm *vm = mg_ncall_vm(c);
    /* The words above the caller's frame are dead (returned callees' registers), but the
     * collector scans the whole stack block: clear them, so that what only they point
     * at is collected (and finalized), as Go's precise stack scan would. */
    mg_g *g = c->g;
    if (g->ntop < g->stack_words)
        memset(g->stack + g->ntop, 0, sizeof(mg_word) * (size_t)(g->stack_words - g->ntop));
    if (g->native_depth == 0) vm_g_old_stacks_clear(g); /* no native reads one now */
    rt_clear_stack(); /* and the C stack the collection's frames will occupy */
    GC_gcollect();
    uint64_t n, b;
    vm_alloc_counts(vm, &n, &b);
    atomic_store(&vm->forced_gc_mallocs, n);
    atomic_store(&vm->forced_gc_no, (uint64_t)GC_get_gc_no());
    atomic_fetch_add(&vm->forced_gcs, 1);
    vm_fin_poll();
}

static void n_numgoroutine(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_vm *vm = mg_ncall_vm(c);
    int64_t n = rt_num_goroutine(mg_ncall_sched(c));
    if (vm->main_goexit && n > 0) n--; /* Go's main G is dead after Goexit */
    n -= vm_fin_hidden(vm);            /* and its finalizer goroutine a system one */
    res[0].i = n > 0 ? n : 0;
}

/* ---------- memory statistics ---------- */

#ifndef MINIGO_GC_MALLOC
static void GC_CALLBACK count_object(void *obj, size_t bytes, void *arg) {
    (void)obj;
    (void)bytes;
    (*(uint64_t *)arg)++;
}

static void *count_marked(void *arg) {
    GC_enumerate_reachable_objects_inner(count_object, arg);
    return NULL;
}
#endif

void vm_memstats_begin(mg_vm *vm) {
    if (!vm->prog || !mg_program_func(vm->prog, "runtime.readMemStats")) return;
    uint64_t marked = 0, mallocs, bytes;
#ifndef MINIGO_GC_MALLOC
    rt_clear_stack();
    GC_gcollect(); /* what is reachable now is not the program's */
    GC_call_with_alloc_lock(count_marked, &marked);
#endif
    vm_alloc_counts(vm, &mallocs, &bytes);
    pthread_mutex_lock(&vm->heap_lock);
    vm->ms_based = true;
    vm->ms_base_marked = marked;
    vm->ms_base_mallocs = mallocs;
    vm->ms_base_gc_no = (uint64_t)GC_get_gc_no();
    pthread_mutex_unlock(&vm->heap_lock);
}

/* readMemStats() (alloc, totalAlloc, ... numForcedGC uint64): runtime.mg's order. */
static void n_readmemstats(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_vm *vm = mg_ncall_vm(c);
    uint64_t mallocs, bytes;
    vm_alloc_counts(vm, &mallocs, &bytes);
    uint64_t heap = 0, idle = 0, released = 0, sys = 0, gc_no = 0, objects = mallocs;
#ifndef MINIGO_GC_MALLOC
    struct GC_prof_stats_s ps;
    memset(&ps, 0, sizeof ps);
    GC_get_prof_stats(&ps, sizeof ps);
    heap = ps.heapsize_full;
    idle = ps.free_bytes_full;
    released = ps.unmapped_bytes;
    sys = ps.obtained_from_os_bytes != (GC_word)-1 ? ps.obtained_from_os_bytes : heap;
    gc_no = ps.gc_no;
    /* HeapObjects: the objects the last collection marked, less those of the heap that
     * are not this program's (its baseline: what was marked when the run began,
     * vm_memstats_begin, or else when it first asked), plus what it allocated since that
     * collection when that is known (the collection was its own runtime.GC, or none ran
     * since the baseline) */
    uint64_t marked = 0;
    if (gc_no > 0) GC_call_with_alloc_lock(count_marked, &marked);
    pthread_mutex_lock(&vm->heap_lock);
    if (!vm->ms_based) {
        vm->ms_based = true;
        vm->ms_base_marked = marked;
        vm->ms_base_mallocs = mallocs;
        vm->ms_base_gc_no = gc_no;
    }
    objects = marked > vm->ms_base_marked ? marked - vm->ms_base_marked : 0;
    if (atomic_load(&vm->forced_gc_no) == gc_no)
        objects += mallocs - atomic_load(&vm->forced_gc_mallocs);
    else if (vm->ms_base_gc_no == gc_no)
        objects += mallocs - vm->ms_base_mallocs;
    pthread_mutex_unlock(&vm->heap_lock);
#endif
    uint64_t alloc = heap > idle ? heap - idle : 0;
    mg_word *r = res;
    r[0].u = alloc;                                     /* alloc */
    r[1].u = bytes;                                     /* totalAlloc */
    r[2].u = sys;                                       /* sys */
    r[3].u = mallocs;                                   /* mallocs */
    r[4].u = mallocs > objects ? mallocs - objects : 0; /* frees */
    r[5].u = heap;                                      /* heapSys */
    r[6].u = idle;                                      /* heapIdle */
    r[7].u = released;                                  /* heapReleased */
    r[8].u = objects;                                   /* heapObjects */
    r[9].u = heap;                          /* nextGC: Boehm collects when the heap is full */
    r[10].u = gc_no;                        /* numGC */
    r[11].u = atomic_load(&vm->forced_gcs); /* numForcedGC */
}

/* ---------- KeepAlive, Breakpoint ---------- */

static void n_keepalive(mg_ncall *c, mg_word *args, mg_word *res) {
    /* nothing to do: the argument was live up to this call */
}

static void n_breakpoint(mg_ncall *c, mg_word *args, mg_word *res) {
    vm_breakpoint(c->g);
}

/* ---------- Caller, Callers, FuncForPC ---------- */

/* Whether Go shows frame i in a traceback: its generated wrappers are not. */
static bool frame_counts(const mg_g *g, int32_t i) {
    return g->frames[i].proto->trace != PROTO_TRACE_HIDDEN;
}

/* The return pc of frame i: its saved pc, except that a frame running its deferred
 * calls at a return saved the pc of that instruction itself (it re-executes it). */
static const mg_instr *frame_pc(const mg_g *g, int32_t i) {
    const vm_frame *f = &g->frames[i];
    if (i + 1 < g->nframes && g->frames[i + 1].kind == FR_DEFER_RET) return f->pc + 1;
    return f->pc;
}

/* The frame `skip` frames (counted as Go counts them) below the caller's, or -1. */
static int32_t nth_frame(const mg_g *g, int64_t skip) {
    for (int32_t i = g->nframes - 1; i >= 0; i--) {
        if (!frame_counts(g, i)) continue;
        if (skip-- == 0) return i;
    }
    return -1;
}

/* The function whose code holds pc (or the native whose pc it is), or NULL. */
static const mg_func *func_at(mg_vm *vm, uintptr_t pc, const mg_proto **proto) {
    const mg_program *prog = vm->prog;
    *proto = NULL;
    for (int i = 0; prog && i < prog->nfuncs; i++) {
        const mg_func *fn = prog->funcs[i];
        const mg_proto *p = fn->proto;
        if (fn->native) {
            if ((uintptr_t)fn == pc) return fn;
            continue;
        }
        if (p && pc >= (uintptr_t)p->code && pc <= (uintptr_t)(p->code + p->ncode)) {
            *proto = p;
            return fn;
        }
    }
    return NULL;
}

static void str_result(mg_word *res, const char *s) {
    mg_string m = mg_str_from_c(s ? s : "?");
    res[0].p = (void *)m.ptr;
    res[1].i = m.len;
}

/* The file and line of pc: a function's entry is its declaration's line, a return pc the
 * line of the call before it. */
static int pc_line(const mg_proto *p, uintptr_t pc) {
    if (pc == (uintptr_t)p->code) return p->line;
    return vm_proto_line(p, (const mg_instr *)pc);
}

/* Caller(skip int) (pc uintptr, file string, line int, ok bool) */
static void n_caller(mg_ncall *c, mg_word *args, mg_word *res) {
    memset(res, 0, 5 * sizeof *res);
    str_result(res + 1, "");
    int32_t i = args[0].i < 0 ? -1 : nth_frame(c->g, args[0].i);
    if (i < 0) return;
    const vm_frame *f = &c->g->frames[i];
    const mg_instr *pc = frame_pc(c->g, i);
    res[0].u = (uintptr_t)pc;
    str_result(res + 1, f->proto->file);
    res[3].i = vm_proto_line(f->proto, pc);
    res[4].i = 1;
}

/* Callers(skip int, pc []uintptr) int: skip 0 is Callers itself. */
static void n_callers(mg_ncall *c, mg_word *args, mg_word *res) {
    int64_t skip = args[0].i;
    mg_word *out = args[1].p;
    int64_t cap = args[2].i, n = 0;
    if (skip <= 0 && n < cap) {
        out[n++].u = (uintptr_t)mg_program_func(mg_ncall_vm(c)->prog, "runtime.Callers");
    }
    if (skip > 0) skip--;
    const mg_g *g = c->g;
    for (int32_t i = g->nframes - 1; i >= 0 && n < cap; i--) {
        if (!frame_counts(g, i)) continue;
        if (skip > 0) {
            skip--;
            continue;
        }
        out[n++].u = (uintptr_t)frame_pc(g, i);
    }
    res[0].i = n;
}

/* funcInfo(pc uintptr) (name string, entry uintptr, ok bool) */
static void n_funcinfo(mg_ncall *c, mg_word *args, mg_word *res) {
    const mg_proto *p;
    const mg_func *fn = func_at(mg_ncall_vm(c), args[0].u, &p);
    memset(res, 0, 4 * sizeof *res);
    str_result(res, "");
    if (!fn) return;
    str_result(res, fn->name);
    res[2].u = p ? (uintptr_t)p->code : (uintptr_t)fn;
    res[3].i = 1;
}

/* pcFileLine(pc uintptr) (file string, line int) */
static void n_pcfileline(mg_ncall *c, mg_word *args, mg_word *res) {
    const mg_proto *p;
    const mg_func *fn = func_at(mg_ncall_vm(c), args[0].u, &p);
    str_result(res, p ? p->file : "?");
    res[2].i = p ? pc_line(p, args[0].u) : 0;
    (void)fn;
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
    {"runtime.readMemStats", n_readmemstats},
    {"runtime.keepAlive", n_keepalive},
    {"runtime.Breakpoint", n_breakpoint},
    {"runtime.Caller", n_caller},
    {"runtime.Callers", n_callers},
    {"runtime.funcInfo", n_funcinfo},
    {"runtime.pcFileLine", n_pcfileline},
    {NULL, NULL},
};
