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
 * function flagged MG_HOST_BLOCKING (an unflagged one must return quickly, holding its
 * P, and needs nothing of a scheduler: the trampoline hands a P off only for flagged
 * ones; its mg_host_panic is a native's string panic), no explicit panic (its value's
 * Error method could be anything) - never
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
 *
 * Prepared calls (mg_fn): the lookup done once, and the argument and result words kept
 * in the handle, so that a host sets arguments and reads results by index with typed
 * accessors (mg_fn_arg_int, mg_fn_result_int, ...) and no mg_value is made per call.
 * The words live in one uncollectable GC block: the collector scans them (a string
 * argument or result stays alive), and a scheduled run may read the arguments on
 * another thread. Results are copied out of goroutine 1's stack after each call, as
 * mg_call's result handles copy them.
 */
#include "gc_glue.h"

#include <stdlib.h>
#include <string.h>

#include "g.h"
#include "object.h"
#include "opcodes.h"
#include "proto.h"
#include "vm.h"

#define CALL_SLOTS 64 /* a power of two; names beyond are looked up every time */

struct vm_call_cache {
    struct {
        char *name; /* malloc'd; NULL: a free slot */
        uint64_t hash;
        size_t len;
        const mg_func *fn;
        bool direct;
    } slot[CALL_SLOTS];
    mg_fn *fns; /* the live prepared calls, freed with the VM if the host did not */
};

/* ---------- can it run without a scheduler? ---------- */

enum { SEEN_NONE, SEEN_VISITING, SEEN_OK, SEEN_NO };

/* The index of fn in prog->funcs (the analysis' memo), or -1. */
static int func_index(const mg_program *prog, const mg_func *fn) {
    for (int i = 0; i < prog->nfuncs; i++)
        if (prog->funcs[i] == fn) return i;
    return -1;
}

static bool may_need_sched(const mg_vm *vm, const mg_func *fn, unsigned char *seen) {
    const mg_program *prog = vm->prog;
    if (fn->native) return !fn->never_blocks && !vm_host_never_blocks(vm, fn);
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
        case BC_CALL_STATIC:
        case BC_CALL_BC: {
            const mg_func *callee = (const mg_func *)(uintptr_t)p->code[pc + 1];
            need = !callee || may_need_sched(vm, callee, seen);
            break;
        }
        default: break;
        }
        pc += 1 + mg_op_extra_words(op);
    }
    seen[idx] = need ? SEEN_NO : SEEN_OK;
    return need;
}

static bool runs_direct(const mg_vm *vm, const mg_func *fn) {
    unsigned char *seen = calloc((size_t)(vm->prog->nfuncs ? vm->prog->nfuncs : 1), 1);
    if (!seen) return false;
    bool ok = !may_need_sched(vm, fn, seen);
    free(seen);
    return ok;
}

/* Options that need the scheduler's machinery. They are fixed at mg_vm_new, so the
 * lookup asks once and caches the answer with the name. */
static bool opts_allow_direct(const mg_vm *vm) {
    const mg_options *o = &vm->opt;
    return !o->time_limit_ms && !o->heap_limit && !o->race && !o->deterministic && !o->trace &&
           !o->leaks;
}

/* ---------- the lookup ---------- */

/* FNV-1a of s, and its length. */
static uint64_t name_hash(const char *s, size_t *len) {
    uint64_t h = 1469598103934665603ULL;
    const char *p = s;
    for (; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ULL;
    *len = (size_t)(p - s);
    return h;
}

/* Names are short: a loop beats a call of the C library's vectorised strcmp, which was
 * a seventh of a small mg_call's cycles. */
static inline bool same_bytes(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return false;
    return true;
}

const mg_func *vm_call_lookup(mg_vm *vm, const char *name, bool *direct) {
    if (!vm->calls) vm->calls = calloc(1, sizeof *vm->calls);
    struct vm_call_cache *c = vm->calls;
    size_t nl;
    uint64_t h = name_hash(name, &nl);
    int free_slot = -1;
    for (int k = 0; c && k < CALL_SLOTS; k++) {
        int i = (int)((h + (uint64_t)k) & (CALL_SLOTS - 1));
        if (!c->slot[i].name) {
            free_slot = i;
            break;
        }
        if (c->slot[i].hash == h && c->slot[i].len == nl && same_bytes(c->slot[i].name, name, nl)) {
            *direct = c->slot[i].direct;
            return c->slot[i].fn;
        }
    }
    char *qname = malloc(nl + 6);
    if (!qname) return NULL;
    memcpy(qname, "main.", 5);
    memcpy(qname + 5, name, nl + 1);
    const mg_func *fn = mg_program_func(vm->prog, qname);
    free(qname);
    *direct = fn && fn->type && opts_allow_direct(vm) && runs_direct(vm, fn);
    if (fn && free_slot >= 0) {
        char *copy = malloc(nl + 1);
        if (copy) {
            memcpy(copy, name, nl + 1);
            c->slot[free_slot].name = copy;
            c->slot[free_slot].hash = h;
            c->slot[free_slot].len = nl;
            c->slot[free_slot].fn = fn;
            c->slot[free_slot].direct = *direct;
        }
    }
    return fn;
}

void vm_calls_free(mg_vm *vm) {
    if (!vm->calls) return;
    while (vm->calls->fns)
        mg_fn_free(vm->calls->fns);
    for (int i = 0; i < CALL_SLOTS; i++)
        free(vm->calls->slot[i].name);
    free(vm->calls);
    vm->calls = NULL;
}

/* ---------- the direct run ---------- */

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

/* ---------- prepared calls ---------- */

struct mg_fn {
    mg_vm *vm;
    const mg_func *fn;
    const mg_rtype *type;
    bool direct;        /* it may run directly, and the VM's options allow it */
    bool have_res;      /* res holds the results of the last call, which succeeded */
    mg_fn *prev, *next; /* the VM's list (vm->calls->fns) */
    const char *name;   /* the qualified name, for error texts (the program's) */
    mg_value **keep;    /* per result: a handle mg_fn_result_string read through */
    int nparams, nresults;
    int *off;            /* nparams argument word offsets, then nresults result ones */
    unsigned char *cls;  /* the same order: what a typed accessor may read or write as is */
    mg_word *args, *res; /* param_words and result_words words */
};

/* A parameter or result whose words a typed accessor reads or writes without a handle:
 * the types whose conversion from a host value is the identity (parameters) or whose
 * mg_to_* reads one word (results). */
enum { CLS_OTHER, CLS_INT, CLS_FLOAT, CLS_BOOL, CLS_STRING };

static unsigned char word_class(const mg_rtype *t, bool result) {
    switch (t->kind) {
    case MK_INT:
    case MK_INT64: return CLS_INT;
    case MK_INT8:
    case MK_INT16:
    case MK_INT32: return result ? CLS_INT : CLS_OTHER; /* a setter checks the range */
    case MK_FLOAT64: return CLS_FLOAT;
    case MK_FLOAT32: return result ? CLS_FLOAT : CLS_OTHER; /* a setter rounds */
    case MK_BOOL: return CLS_BOOL;
    case MK_STRING: return CLS_STRING;
    default: return CLS_OTHER;
    }
}

mg_fn *mg_fn_get(mg_vm *vm, const char *name) {
    if (!vm) return NULL;
    if (!vm->prog) {
        static const char msg[] = "minigo: no program loaded\n";
        vm_set_error(vm, msg, sizeof msg - 1);
        return NULL;
    }
    bool direct = false;
    const mg_func *fn = name ? vm_call_lookup(vm, name, &direct) : NULL;
    if (!fn || !fn->type || !vm->calls) {
        char msg[160];
        int n = snprintf(msg, sizeof msg, "minigo: no function main.%s\n", name ? name : "");
        vm_set_error(vm, msg, n < (int)sizeof msg ? (size_t)n : sizeof msg - 1);
        return NULL;
    }
    const mg_rtype *t = fn->type;
    int noff = t->nparams + t->nresults;
    size_t head = (sizeof(mg_fn) + sizeof(mg_value *) * (size_t)t->nresults +
                   (sizeof(int) + 1) * (size_t)noff + sizeof(mg_word) - 1) /
                  sizeof(mg_word) * sizeof(mg_word);
    size_t size = head + sizeof(mg_word) * (size_t)(fn->param_words + fn->result_words);
    bool reg = vm_thread_enter(); /* GC memory, maybe from a thread new to the collector */
    mg_fn *f = GC_MALLOC_UNCOLLECTABLE(size);
    vm_thread_leave(reg);
    if (!f) return NULL;
    memset(f, 0, size);
    f->vm = vm;
    f->fn = fn;
    f->type = t;
    f->direct = direct;
    f->name = fn->name;
    f->keep = (mg_value **)(f + 1);
    f->nparams = t->nparams;
    f->nresults = t->nresults;
    f->off = (int *)(f->keep + t->nresults);
    f->cls = (unsigned char *)(f->off + noff);
    f->args = (mg_word *)((char *)f + head);
    f->res = f->args + fn->param_words;
    for (int i = 0, o = 0; i < t->nparams; o += t->params[i++]->words) {
        f->off[i] = o;
        f->cls[i] = word_class(t->params[i], false);
    }
    for (int i = 0, o = 0; i < t->nresults; o += t->results[i++]->words) {
        f->off[t->nparams + i] = o;
        f->cls[t->nparams + i] = word_class(t->results[i], true);
    }
    f->next = vm->calls->fns;
    if (f->next) f->next->prev = f;
    vm->calls->fns = f;
    return f;
}

static void drop_kept(mg_fn *f) {
    for (int i = 0; i < f->nresults; i++)
        if (f->keep[i]) {
            mg_release(f->keep[i]);
            f->keep[i] = NULL;
        }
}

void mg_fn_free(mg_fn *f) {
    if (!f) return;
    drop_kept(f);
    if (f->prev)
        f->prev->next = f->next;
    else
        f->vm->calls->fns = f->next;
    if (f->next) f->next->prev = f->prev;
    bool reg = vm_thread_enter();
    GC_FREE(f);
    vm_thread_leave(reg);
}

static mg_status fn_error(mg_fn *f, int i, const char *what) {
    char msg[320];
    int n = snprintf(msg, sizeof msg, "minigo: %s: argument %d: %s\n", f->name, i + 1, what);
    vm_set_error(f->vm, msg, n < (int)sizeof msg ? (size_t)n : sizeof msg - 1);
    return MG_ERR_STATE;
}

mg_status mg_fn_arg(mg_fn *f, int i, const mg_value *v) {
    if (!f) return MG_ERR_STATE;
    if ((unsigned)i >= (unsigned)f->nparams) return fn_error(f, i, "no such parameter");
    const mg_rtype *t = f->type->params[i];
    mg_word tmp[t->words ? t->words : 1];
    char err[256];
    bool reg = vm_thread_enter(); /* a conversion may allocate */
    bool ok = vm_value_to_words(f->vm, t, v, tmp, err, sizeof err);
    vm_thread_leave(reg);
    if (!ok) return fn_error(f, i, err);
    memcpy(f->args + f->off[i], tmp, sizeof(mg_word) * (size_t)t->words);
    return MG_OK;
}

/* Parameter i's words when it exists and is of class cls (a typed setter's fast case). */
static inline mg_word *arg_words(mg_fn *f, int i, unsigned char cls) {
    return (unsigned)i < (unsigned)f->nparams && f->cls[i] == cls ? f->args + f->off[i] : NULL;
}

/* The typed setters' other cases: mg_fn_arg of the host value, whose conversion checks
 * what the fast case need not (ranges, named and interface types). */
static mg_status arg_handle(mg_fn *f, int i, mg_value *v) {
    if (!v) return MG_ERR_HEAP;
    mg_status st = mg_fn_arg(f, i, v);
    mg_release(v);
    return st;
}

mg_status mg_fn_arg_int(mg_fn *f, int i, long long x) {
    if (!f) return MG_ERR_STATE;
    mg_word *w = arg_words(f, i, CLS_INT);
    if (!w) return arg_handle(f, i, mg_new_int(f->vm, x));
    w->i = x;
    return MG_OK;
}

mg_status mg_fn_arg_float(mg_fn *f, int i, double x) {
    if (!f) return MG_ERR_STATE;
    mg_word *w = arg_words(f, i, CLS_FLOAT);
    if (!w) return arg_handle(f, i, mg_new_float(f->vm, x));
    w->f = x;
    return MG_OK;
}

mg_status mg_fn_arg_bool(mg_fn *f, int i, int x) {
    if (!f) return MG_ERR_STATE;
    mg_word *w = arg_words(f, i, CLS_BOOL);
    if (!w) return arg_handle(f, i, mg_new_bool(f->vm, x));
    w->u = x != 0;
    return MG_OK;
}

mg_status mg_fn_arg_string(mg_fn *f, int i, const char *s, size_t len) {
    if (!f) return MG_ERR_STATE;
    mg_word *w = arg_words(f, i, CLS_STRING);
    if (!w) return arg_handle(f, i, mg_new_string(f->vm, s, len));
    bool reg = vm_thread_enter(); /* the copy is GC memory */
    mg_string str = mg_str_from_bytes(s, len);
    vm_thread_leave(reg);
    memcpy(w, &str, sizeof str);
    return MG_OK;
}

mg_status mg_fn_call(mg_fn *f) {
    if (!f) return MG_ERR_STATE;
    mg_vm *vm = f->vm;
    if (f->have_res) {
        f->have_res = false;
        drop_kept(f);
    }
    bool reg = vm_thread_enter();
    mg_status st = vm_call_run(vm, f->fn, f->args, f->direct && vm->inited);
    if (st == MG_OK) {
        if (f->fn->result_words)
            memcpy(f->res, vm->main_g->stack, sizeof(mg_word) * (size_t)f->fn->result_words);
        f->have_res = true;
    }
    vm_thread_leave(reg);
    return st;
}

/* Result i's words after a successful call (and its type and class), else NULL. */
static inline const mg_word *res_words(const mg_fn *f, int i, const mg_rtype **t,
                                       unsigned char *cls) {
    if (!f || !f->have_res || (unsigned)i >= (unsigned)f->nresults) return NULL;
    *t = f->type->results[i];
    *cls = f->cls[f->nparams + i];
    return f->res + f->off[f->nparams + i];
}

mg_value *mg_fn_result(mg_fn *f, int i) {
    const mg_rtype *t;
    unsigned char cls;
    const mg_word *w = res_words(f, i, &t, &cls);
    if (!w) return NULL;
    bool reg = vm_thread_enter(); /* a handle with pointers is GC memory */
    mg_value *v = vm_value_typed(f->vm, t, w);
    vm_thread_leave(reg);
    return v;
}

long long mg_fn_result_int(mg_fn *f, int i) {
    const mg_rtype *t;
    unsigned char cls;
    const mg_word *w = res_words(f, i, &t, &cls);
    if (!w) return 0;
    if (cls == CLS_INT) return w->i;
    mg_value *v = mg_fn_result(f, i);
    long long x = mg_to_int(v);
    mg_release(v);
    return x;
}

double mg_fn_result_float(mg_fn *f, int i) {
    const mg_rtype *t;
    unsigned char cls;
    const mg_word *w = res_words(f, i, &t, &cls);
    if (!w) return 0;
    if (cls == CLS_FLOAT) return w->f;
    mg_value *v = mg_fn_result(f, i);
    double x = mg_to_float(v);
    mg_release(v);
    return x;
}

int mg_fn_result_bool(mg_fn *f, int i) {
    const mg_rtype *t;
    unsigned char cls;
    const mg_word *w = res_words(f, i, &t, &cls);
    if (!w) return 0;
    if (cls == CLS_BOOL) return w->u != 0;
    mg_value *v = mg_fn_result(f, i);
    int x = mg_to_bool(v);
    mg_release(v);
    return x;
}

const char *mg_fn_result_string(mg_fn *f, int i, size_t *len) {
    const mg_rtype *t;
    unsigned char cls;
    const mg_word *w = res_words(f, i, &t, &cls);
    if (!w) return NULL;
    if (cls == CLS_STRING) {
        const mg_string *s = (const mg_string *)w;
        if (len) *len = (size_t)s->len;
        return s->len ? (const char *)s->ptr : "";
    }
    /* an interface holding a string: through a handle kept until the next call */
    if (!f->keep[i]) f->keep[i] = mg_fn_result(f, i);
    return mg_to_string(f->keep[i], len);
}
