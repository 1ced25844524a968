/* api_call.c - the fast path of mg_call (include/minigo.h): a cached lookup of the
 * function a host names, and a direct run, without a scheduler, of a function that
 * cannot block.
 *
 * Lookup: mg_program_func scans every function of the program (the standard packages'
 * included); each VM keeps the names it was asked for in a small open-addressed table
 * (vm->calls), with whether the function may run directly. The program never changes
 * after its load, so an entry never goes stale.
 *
 * Direct runs: vm_run_entry starts a GMP scheduler per call (its threads, a SIGQUIT
 * watcher), some 100 us. A function whose code, and that of every function it calls,
 * has no operation that could need one - no go statement, channel operation or select,
 * no call whose target is not known statically (closures, interface methods, defers),
 * no native but those that never block (mg_func.never_blocks: the string, strconv,
 * math and rune natives, which may allocate or panic with a string), no host
 * function, no explicit panic (its value's Error method could be anything) - never
 * parks, starts no goroutine and calls nothing unknown: it runs on the calling thread
 * in a goroutine the VM keeps for the purpose (vm->call_g, goroutine 1, as in a
 * scheduled call, so traces read the same). Runtime errors (a division by zero, an
 * index out of range) still panic and come back with Go's report: the report needs
 * only the failing goroutine. The instruction budget is counted by the interpreter as
 * in any run; mg_vm_stop is seen at the next preemption point (every VM_BUDGET ticks),
 * and allocation failure longjmps back here as in run_g. Options that need the
 * scheduler's machinery (the wall-clock watcher, the heap limit's baseline, -race,
 * deterministic mode, traces, leak checks) and a call before package initialisation
 * take the scheduled path.
 */
#include "gc_glue.h"

#include <stdlib.h>
#include <string.h>

#include "g.h"
#include "opcodes.h"
#include "proto.h"
#include "vm.h"

#define CALL_SLOTS 64 /* a power of two; names beyond are looked up every time */

struct vm_call_cache {
    struct {
        char *name; /* malloc'd; NULL: a free slot */
        const mg_func *fn;
        bool direct;
    } slot[CALL_SLOTS];
};

/* ---------- can it run without a scheduler? ---------- */

enum { SEEN_NONE, SEEN_VISITING, SEEN_OK, SEEN_NO };

/* The index of fn in prog->funcs (the analysis' memo), or -1. */
static int func_index(const mg_program *prog, const mg_func *fn) {
    for (int i = 0; i < prog->nfuncs; i++)
        if (prog->funcs[i] == fn) return i;
    return -1;
}

static bool may_need_sched(const mg_program *prog, const mg_func *fn, unsigned char *seen) {
    if (fn->native) return !fn->never_blocks;
    if (!fn->proto) return true;
    int idx = func_index(prog, fn);
    if (idx < 0) return true;
    if (seen[idx] == SEEN_OK || seen[idx] == SEEN_VISITING) return false; /* recursion */
    if (seen[idx] == SEEN_NO) return true;
    seen[idx] = SEEN_VISITING;
    const mg_proto *p = fn->proto;
    bool need = false;
    for (int pc = 0; pc < p->ncode && !need;) {
        unsigned op = (unsigned)(p->code[pc] & 0xffff);
        switch (op) {
        case BC_GO:
        case BC_SEND:
        case BC_RECV:
        case BC_RECV2:
        case BC_CLOSE:
        case BC_SELECT:
        case BC_CALL:
        case BC_CALL_IFACE:
        case BC_DEFER:
        case BC_RUNDEFERS:
        case BC_PANIC:
        case BC_PANIC_NATIVE: need = true; break;
        case BC_CALL_STATIC: {
            const mg_func *callee = (const mg_func *)(uintptr_t)p->code[pc + 1];
            need = !callee || may_need_sched(prog, callee, seen);
            break;
        }
        default: break;
        }
        pc += 1 + mg_op_extra_words(op);
    }
    seen[idx] = need ? SEEN_NO : SEEN_OK;
    return need;
}

static bool runs_direct(const mg_program *prog, const mg_func *fn) {
    unsigned char *seen = calloc((size_t)(prog->nfuncs ? prog->nfuncs : 1), 1);
    if (!seen) return false;
    bool ok = !may_need_sched(prog, fn, seen);
    free(seen);
    return ok;
}

/* ---------- the lookup ---------- */

static uint64_t name_hash(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

const mg_func *vm_call_lookup(mg_vm *vm, const char *name, bool *direct) {
    if (!vm->calls) vm->calls = calloc(1, sizeof *vm->calls);
    struct vm_call_cache *c = vm->calls;
    uint64_t h = name_hash(name);
    int free_slot = -1;
    for (int k = 0; c && k < CALL_SLOTS; k++) {
        int i = (int)((h + (uint64_t)k) & (CALL_SLOTS - 1));
        if (!c->slot[i].name) {
            free_slot = i;
            break;
        }
        if (strcmp(c->slot[i].name, name) == 0) {
            *direct = c->slot[i].direct;
            return c->slot[i].fn;
        }
    }
    size_t nl = strlen(name);
    char *qname = malloc(nl + 6);
    if (!qname) return NULL;
    memcpy(qname, "main.", 5);
    memcpy(qname + 5, name, nl + 1);
    const mg_func *fn = mg_program_func(vm->prog, qname);
    free(qname);
    *direct = fn && fn->type && runs_direct(vm->prog, fn);
    if (fn && free_slot >= 0) {
        char *copy = malloc(nl + 1);
        if (copy) {
            memcpy(copy, name, nl + 1);
            c->slot[free_slot].name = copy;
            c->slot[free_slot].fn = fn;
            c->slot[free_slot].direct = *direct;
        }
    }
    return fn;
}

void vm_calls_free(mg_vm *vm) {
    if (!vm->calls) return;
    for (int i = 0; i < CALL_SLOTS; i++)
        free(vm->calls->slot[i].name);
    free(vm->calls);
    vm->calls = NULL;
}

/* ---------- the direct run ---------- */

bool vm_call_direct_allowed(mg_vm *vm) {
    const mg_options *o = &vm->opt;
    return vm->inited && !o->time_limit_ms && !o->heap_limit && !o->race && !o->deterministic &&
           !o->trace && !o->leaks;
}

/* What vm_run_entry's reset clears that a direct run reads. */
static void reset_for_direct(mg_vm *vm) {
    atomic_store(&vm->dying, false);
    atomic_store(&vm->quit_req, false);
    atomic_store(&vm->end_status, 0);
    vm->exiting = vm->main_done = vm->main_goexit = vm->timeout_fired = false;
    vm->exit_code = 0;
    vm->out_closed = false;
    atomic_store(&vm->ticks, 0);
}

/* The kept goroutine, cleared for a new call. */
static mg_g *call_g(mg_vm *vm) {
    mg_g *g = vm->call_g;
    if (!g) {
        g = vm->call_g = vm_g_new(vm, 1024);
        if (!g) return NULL;
        g->is_main = true;
        g->in_main = true;
        g->id = 1;
    }
    g->nframes = 0;
    g->defers = NULL;
    g->panic = NULL;
    g->signals = 0;
    g->sig = false;
    g->resume = RESUME_NONE;
    g->pending_panic = (mg_iface){0};
    g->native_depth = g->native_floor = g->ntop = 0;
    g->budget = VM_BUDGET;
    return g;
}

/* A stop requested since the call began: taken (it applies to this run). */
static bool take_stop(mg_vm *vm) {
    if (!atomic_load_explicit(&vm->stop_pending, memory_order_acquire)) return false;
    pthread_mutex_lock(&vm->ctl_lock);
    atomic_store_explicit(&vm->stop_pending, false, memory_order_relaxed);
    bool stop = vm->stop_req;
    vm->stop_req = false;
    pthread_mutex_unlock(&vm->ctl_lock);
    return stop;
}

mg_status vm_call_direct(mg_vm *vm, const mg_func *fn, const mg_word *args, int nargs) {
    /* a reset only when the last run left something to clear (seq_cst stores are not
     * free at this rate) */
    if (vm->entered &&
        (atomic_load_explicit(&vm->dying, memory_order_relaxed) ||
         atomic_load_explicit(&vm->end_status, memory_order_relaxed) || vm->exiting ||
         vm->out_closed || atomic_load_explicit(&vm->quit_req, memory_order_relaxed)))
        reset_for_direct(vm);
    if (atomic_load_explicit(&vm->ticks, memory_order_relaxed))
        atomic_store_explicit(&vm->ticks, 0, memory_order_relaxed);
    vm->entered = true;
    if (take_stop(vm)) {
        atomic_store(&vm->end_status, MG_STOPPED);
        return MG_STOPPED;
    }
    if (atomic_load_explicit(&vm->hc_end, memory_order_relaxed)) {
        pthread_mutex_lock(&vm->ctl_lock); /* a run begins: host channel calls work again */
        if (!vm->stop_req) atomic_store(&vm->hc_end, 0);
        pthread_mutex_unlock(&vm->ctl_lock);
    }
    mg_g *volatile g = call_g(vm); /* read again after a longjmp */
    if (!g) return MG_ERR_HEAP;
    vm->main_g = g;
    if (!vm_push_frame(g, fn, NULL, 0, args, nargs, FR_BOTTOM)) {
        vm_stack_overflow(g);
        return (mg_status)atomic_load(&vm->end_status);
    }
    vm_escape esc;
    vm_escape_push(&esc, g);
    if (setjmp(esc.jb)) {
        /* out of memory (limits.c): the report is made */
        vm_escape_pop(&esc);
        vm_flush(vm);
        return (mg_status)atomic_load(&vm->end_status);
    }
    mg_status st = MG_OK;
    for (;;) {
        vm_stop r = vm_interp(g);
        if (r == VM_STOP_YIELD) {
            if (!take_stop(vm)) continue;
            if (vm_begin_die(vm)) {
                atomic_store(&vm->end_status, MG_STOPPED);
                vm->exit_code = 2;
                vm->exiting = true;
                vm_close_output(vm);
            }
            st = MG_STOPPED;
            break;
        }
        if (r == VM_STOP_EXIT) break;
        if (r == VM_STOP_PARK) vm_fatal(g, "minigo: a direct call tried to block");
        /* DIE: a fatal report (a panic, the instruction budget) was made */
        st = (mg_status)atomic_load(&vm->end_status);
        if (st == MG_OK) st = MG_ERR_RUNTIME;
        break;
    }
    vm_escape_pop(&esc);
    if (vm->outlen) vm_flush(vm); /* no other thread runs this VM's code: no race */
    return st;
}
