/* api.c - the embedding API (include/minigo.h) and the services natives may
 * call (value.h): creating VMs and goroutines, loading, running main, and
 * calling back into bytecode from a native.
 *
 * GC_INIT runs once per process (pthread_once); everything else is per VM.
 * mg_run_main runs the main goroutine: package initialisation, then
 * main.main, re-entering the interpreter after every yield. In the next stage
 * an M's scheduler loop takes this loop's place.
 */
#define GC_THREADS 1
#include <gc.h>

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "g.h"
#include "lang/loader.h"
#include "object.h"
#include "proto.h"
#include "vm.h"

#define DEFAULT_STACK_BYTES ((size_t)1000000000)

static pthread_once_t gc_once = PTHREAD_ONCE_INIT;

static void gc_init_once(void) {
    GC_INIT();
    GC_allow_register_threads();
}

void mg_options_init(mg_options *opt) {
    memset(opt, 0, sizeof *opt);
}

const char *mg_version(void) {
    return MINIGO_VERSION;
}

static int default_gomaxprocs(void) {
    const char *env = getenv("GOMAXPROCS");
    if (env && atoi(env) > 0) return atoi(env);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

mg_vm *mg_vm_new(const mg_options *opt) {
    pthread_once(&gc_once, gc_init_once);
    mg_vm *vm = GC_MALLOC_UNCOLLECTABLE(sizeof *vm);
    if (!vm) return NULL;
    memset(vm, 0, sizeof *vm);
    if (opt)
        vm->opt = *opt;
    else
        mg_options_init(&vm->opt);
    vm->outbuf = malloc(VM_OUTBUF_SIZE);
    pthread_mutex_init(&vm->out_lock, NULL);
    vm->gomaxprocs = vm->opt.gomaxprocs > 0 ? vm->opt.gomaxprocs : default_gomaxprocs();
    vm->max_stack_bytes = vm->opt.max_stack_bytes ? vm->opt.max_stack_bytes : DEFAULT_STACK_BYTES;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    vm->rand_state = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)(uintptr_t)vm;
    return vm;
}

void mg_vm_free(mg_vm *vm) {
    if (!vm) return;
    vm_flush(vm);
    free(vm->outbuf);
    free(vm->error);
    pthread_mutex_destroy(&vm->out_lock);
    GC_FREE(vm);
}

const char *mg_error(mg_vm *vm) {
    return vm && vm->error ? vm->error : "";
}

static void set_error_text(mg_vm *vm, const char *s) {
    vm_set_error(vm, s, strlen(s));
}

/* Caches the program's rtypes the VM builds values of. */
static void bind_program(mg_vm *vm, mg_program *prog) {
    vm->prog = prog;
    vm->globals =
        mg_alloc(sizeof(mg_word) * (size_t)(prog->nglobal_words ? prog->nglobal_words : 1));
    vm->rt_string = mg_program_rtype(prog, "string");
    vm->rt_error[RT_ERRSTR] = mg_program_rtype(prog, "runtime.errorString");
    vm->rt_error[RT_PLAIN] = mg_program_rtype(prog, "runtime.plainError");
    vm->rt_error[RT_BOUNDS] = mg_program_rtype(prog, "runtime.boundsError");
    const mg_rtype *tae = mg_program_rtype(prog, "*runtime.TypeAssertionError");
    if (!tae) {
        const mg_rtype *t = mg_program_rtype(prog, "runtime.TypeAssertionError");
        if (t) tae = t->ptr_to;
    }
    vm->rt_error[RT_ASSERT] = tae;
}

mg_status mg_load_string(mg_vm *vm, const char *name, const char *src, size_t len) {
    if (!vm) return MG_ERR_STATE;
    if (vm->prog) {
        set_error_text(vm, "minigo: a program is already loaded\n");
        return MG_ERR_STATE;
    }
    Diag d;
    diag_init(&d);
    mg_build_opts bo = {.loopvar = vm->opt.loopvar != 0};
    mg_program *prog = mg_build_program(name, src, len, &bo, &d);
    if (!prog) {
        char *text = diag_text(&d);
        set_error_text(vm, text && *text ? text : "minigo: compilation failed\n");
        return MG_ERR_COMPILE;
    }
    bind_program(vm, prog);
    return MG_OK;
}

mg_status mg_load_file(mg_vm *vm, const char *path) {
    if (!vm) return MG_ERR_STATE;
    FILE *f = fopen(path, "rb");
    if (!f) {
        char msg[512];
        snprintf(msg, sizeof msg, "minigo: open %s: %s\n", path, strerror(errno));
        set_error_text(vm, msg);
        return MG_ERR_IO;
    }
    size_t cap = 1 << 14, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) break;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0) break;
        n += got;
    }
    fclose(f);
    if (!buf) {
        set_error_text(vm, "minigo: out of memory reading the source\n");
        return MG_ERR_IO;
    }
    mg_status st = mg_load_string(vm, path, buf, n);
    free(buf);
    return st;
}

mg_g *vm_g_new(mg_vm *vm) {
    mg_g *g = mg_alloc(sizeof *g);
    g->vm = vm;
    g->id = ++vm->next_goid;
    g->status = G_RUNNABLE;
    g->stack_words = 1024;
    g->stack = mg_alloc(sizeof(mg_word) * (size_t)g->stack_words);
    /* Our frames are smaller than Go's: count the limit against an eighth of the bytes, and
     * cap the frame count (2.5 million for Go's 1 GB: a 1e6-deep recursion still fits), so
     * that runaway recursion ends quickly in a bounded heap. */
    size_t limit = vm->max_stack_bytes;
    g->stack_limit = (int64_t)(limit / sizeof(mg_word) / 8);
    if (g->stack_limit < 4096) g->stack_limit = 4096;
    int64_t fl = (int64_t)(limit / 400);
    if (fl > (1 << 30)) fl = 1 << 30;
    if (fl < 64) fl = 64;
    g->frames_limit = (int32_t)fl;
    g->frames_cap = 64;
    g->frames = mg_alloc(sizeof(vm_frame) * (size_t)g->frames_cap);
    g->budget = VM_BUDGET;
    g->nc.vm = vm;
    g->nc.g = g;
    vm->ngoroutines++;
    return g;
}

/* Runs fn as the goroutine's entry until it returns or the program dies. */
static bool run_entry(mg_g *g, const mg_func *fn) {
    if (!vm_push_frame(g, fn, NULL, 0, NULL, 0, FR_BOTTOM)) {
        vm_stack_overflow(g);
        return false;
    }
    for (;;) {
        vm_stop r = vm_interp(g);
        switch (r) {
        case VM_STOP_YIELD: continue;
        case VM_STOP_EXIT: return !g->vm->exiting;
        case VM_STOP_PARK: vm_fatal(g, "all goroutines are asleep - deadlock!"); return false;
        default: return false;
        }
    }
}

int mg_run_main(mg_vm *vm) {
    if (!vm || !vm->prog) {
        if (vm) set_error_text(vm, "minigo: no program loaded\n");
        return 2;
    }
    if (vm->ran) {
        set_error_text(vm, "minigo: main already ran\n");
        return 2;
    }
    vm->ran = true;
    mg_g *g = vm_g_new(vm);
    vm->main_g = g;
    g->status = G_RUNNING;
    bool ok = true;
    if (vm->prog->init) ok = run_entry(g, vm->prog->init);
    if (ok && !vm->exiting && vm->prog->main) {
        g->nframes = 0;
        ok = run_entry(g, vm->prog->main);
    }
    g->status = G_DEAD;
    vm_flush(vm);
    return vm->exiting ? vm->exit_code : 0;
}

/* ---------- services for natives (value.h) ---------- */

mg_vm *mg_ncall_vm(mg_ncall *c) {
    return c->vm;
}

int mg_vm_argv(mg_vm *vm, const char *const **argv) {
    *argv = vm->opt.argv;
    return vm->opt.argc;
}

void mg_vm_exit(mg_ncall *c, int code) {
    mg_vm *vm = c->vm;
    vm->exiting = true;
    vm->exit_code = code;
    c->g->signals |= GSIG_DIE;
}

void mg_native_runtime_error(mg_ncall *c, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* build the value through the same path as the interpreter, then hand it over as the
     * pending panic (the interpreter starts it when the native returns) */
    mg_g *g = c->g;
    mg_panic *saved = g->panic;
    bool sig = g->sig;
    vm_raise(g, RT_ERRSTR, "%s", msg);
    g->pending_panic = g->panic->value;
    g->panic = saved;
    g->sig = sig;
    g->signals |= GSIG_PANIC;
}

void mg_native_panic(mg_ncall *c, mg_iface v) {
    c->g->pending_panic = v;
    c->g->signals |= GSIG_PANIC;
}

void mg_native_panic_string(mg_ncall *c, const char *s) {
    mg_native_panic(c, vm_string_iface(c->vm, s));
}

void mg_native_fatal(mg_ncall *c, const char *msg) {
    vm_fatal(c->g, msg);
}

void mg_native_write(mg_ncall *c, int fd, const void *buf, size_t len) {
    vm_write(c->vm, fd, buf, len);
}

/* Runs fn on g until it returns (a nested interpreter above the current frames). */
bool vm_call_func(mg_g *g, const mg_func *fn, mg_closure *cl, const mg_word *args, int nargs,
                  mg_word *res, int nres) {
    int64_t at = g->ntop;
    if (g->nframes > 0) {
        vm_frame *top = &g->frames[g->nframes - 1];
        if (top->base + top->proto->nregs > at) at = top->base + top->proto->nregs;
    }
    if (fn->native) {
        int pw = fn->param_words, rw = fn->result_words;
        if (at + pw + rw > g->stack_words && !vm_g_grow(g, at, pw + rw)) {
            vm_stack_overflow(g);
            return false;
        }
        mg_word *a = g->stack + at;
        if (nargs) memcpy(a, args, sizeof(mg_word) * (size_t)nargs);
        int64_t saved_top = g->ntop;
        g->ntop = at + pw + rw;
        fn->native(&g->nc, a, a + pw);
        g->ntop = saved_top;
        if (nres && rw) memcpy(res, a + pw, sizeof(mg_word) * (size_t)(nres < rw ? nres : rw));
        return !(g->signals & (GSIG_PANIC | GSIG_DIE));
    }
    int64_t saved_top = g->ntop;
    int32_t saved_floor = g->native_floor;
    if (!vm_push_frame(g, fn, cl, at, args, nargs, FR_NATIVE)) {
        vm_stack_overflow(g);
        return false;
    }
    g->native_floor = g->nframes - 1;
    g->native_depth++;
    vm_stop r;
    for (;;) {
        r = vm_interp(g);
        if (r != VM_STOP_YIELD) break;
    }
    g->native_depth--;
    g->native_floor = saved_floor;
    g->ntop = saved_top;
    switch (r) {
    case VM_STOP_NATIVE:
        if (nres) memcpy(res, g->stack + at, sizeof(mg_word) * (size_t)nres);
        return true;
    case VM_STOP_PANIC: g->signals |= GSIG_UNWIND; return false;
    case VM_STOP_PARK: vm_fatal(g, "a function called from a native tried to block"); return false;
    case VM_STOP_EXIT:
        vm_fatal(g, "runtime.Goexit called from a function called by a native");
        return false;
    default: return false;
    }
}

bool mg_native_call(mg_ncall *c, mg_closure *fn, const mg_word *args, int nargs, mg_word *res,
                    int nres) {
    if (!fn) {
        mg_native_runtime_error(c, "invalid memory address or nil pointer dereference");
        return false;
    }
    return vm_call_func(c->g, fn->fn, fn, args, nargs, res, nres);
}

/* For natives that must swallow a panic of a function they called (fmt prints
 * "%!v(PANIC=String method: ...)" as Go does): after mg_native_call returned false, takes the
 * panic back. Returns false when no panic is pending (e.g. the program is exiting). */
bool mg_native_recover(mg_ncall *c, mg_iface *value) {
    mg_g *g = c->g;
    if (g->signals & GSIG_DIE) return false;
    if (g->signals & GSIG_PANIC) {
        *value = g->pending_panic;
        g->pending_panic = (mg_iface){0};
        g->signals &= ~(uint32_t)GSIG_PANIC;
        return true;
    }
    if (!(g->signals & GSIG_UNWIND) || !g->panic) return false;
    *value = g->panic->value;
    g->panic = g->panic->link;
    while (g->panic && g->panic->aborted) g->panic = g->panic->link;
    if (!g->panic) g->sig = false;
    g->signals &= ~(uint32_t)GSIG_UNWIND;
    return true;
}
