/* panic.c - defer, panic, recover, run-time errors, fatal errors and the
 * goroutine traces printed with them, with Go's semantics and texts.
 *
 * The model is Go's own (runtime/panic.go): a G keeps a chain of pending
 * defer records and a chain of active panics, newest first. A panic runs the
 * deferred calls newest first, each as a frame pushed ABOVE the panicking
 * frames (which stay on the stack, as in Go, so traces show them). A
 * deferred call started by a panic stays on the defer chain until it
 * returns; a newer panic that finds it there marks the older panic aborted.
 * recover() succeeds only in the frame the current panic is running as a
 * deferred call (Go's argp check). After a deferred call recovers, the
 * frames above the one that deferred it are dropped and that frame resumes
 * at its proto's recover_pc (its epilogue: the remaining defers, then a
 * normal return of its result variables).
 *
 * The interpreter never recurses for any of this: each step returns to the
 * dispatch loop with VM_STEP_RUN (continue in the top frame), VM_STEP_NATIVE
 * (unwound to the frame of an mg_native_call: return to the native) or
 * VM_STEP_DIE (the program ends; the report is printed and vm->exit_code set).
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "g.h"
#include "object.h"
#include "proto.h"
#include "textbuf.h"
#include "vm.h"

/* ---------- Go's print format (the print/println builtins and panic values) ---------- */

/* runtime.printfloat: +d.dddddde+ddd */
static void fmt_float(vm_textbuf *b, double v) {
    if (v != v) {
        vm_tb_puts(b, "NaN");
        return;
    }
    if (v + v == v && v != 0) {
        vm_tb_puts(b, v < 0 ? "-Inf" : "+Inf");
        return;
    }
    enum { N = 7 };
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (signbit(v)) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)(e / 10 % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    vm_tb_put(b, buf, sizeof buf);
}

static bool kind_is_signed(mg_kind k) {
    return k >= MK_INT && k <= MK_INT64;
}
static bool kind_is_unsigned(mg_kind k) {
    return k >= MK_UINT && k <= MK_UINTPTR;
}

/* Appends the value v of type t as the print builtin does. */
static void fmt_print_value(vm_textbuf *b, const mg_rtype *t, const mg_word *v) {
    mg_kind k = t->kind;
    if (k == MK_BOOL)
        vm_tb_puts(b, v[0].u ? "true" : "false");
    else if (kind_is_signed(k))
        vm_tb_printf(b, "%lld", (long long)v[0].i);
    else if (kind_is_unsigned(k))
        vm_tb_printf(b, "%llu", (unsigned long long)v[0].u);
    else if (k == MK_FLOAT32 || k == MK_FLOAT64)
        fmt_float(b, v[0].f);
    else if (k == MK_COMPLEX64 || k == MK_COMPLEX128) {
        vm_tb_puts(b, "(");
        fmt_float(b, v[0].f);
        fmt_float(b, v[1].f);
        vm_tb_puts(b, "i)");
    } else if (k == MK_STRING)
        vm_tb_put(b, (const char *)v[0].p, (size_t)v[1].i);
    /* pointers in hex as Go's print does: 0x0 for nil (%#llx would print a bare 0) */
    else if (k == MK_SLICE)
        vm_tb_printf(b, "[%lld/%lld]0x%llx", (long long)v[1].i, (long long)v[2].i,
                     (unsigned long long)v[0].u);
    else if (k == MK_INTERFACE)
        vm_tb_printf(b, "(0x%llx,0x%llx)", (unsigned long long)v[0].u, (unsigned long long)v[1].u);
    else
        vm_tb_printf(b, "0x%llx", (unsigned long long)v[0].u);
}

void vm_print_value(mg_g *g, const mg_rtype *t, const mg_word *v) {
    vm_textbuf b = {0};
    fmt_print_value(&b, t, v);
    vm_write(g->vm, 2, b.p ? b.p : "", b.len);
    free(b.p);
}

/* ---------- panic values ---------- */

mg_iface vm_string_iface(mg_vm *vm, const char *s) {
    mg_string str = mg_str_from_c(s);
    mg_iface v = {0};
    if (!vm->rt_string) return v;
    v.tab = (mg_itab *)&vm->rt_string->self_itab;
    v.data = mg_iface_box(vm->rt_string, (const mg_word *)&str);
    return v;
}

/* The value of a run-time panic: a runtime.Error of class cls (runtime.mg). */
static mg_iface runtime_error_value(mg_vm *vm, int cls, const char *msg) {
    mg_iface v = {0};
    const mg_rtype *t = vm->rt_error[cls];
    mg_string str = mg_str_from_c(msg);
    if (!t) {
        /* no runtime package (a stripped program): a plain string with Go's text */
        char buf[600];
        snprintf(buf, sizeof buf, "%s%s",
                 cls == RT_PLAIN || cls == RT_ASSERT ? "" : "runtime error: ", msg);
        return vm_string_iface(vm, buf);
    }
    v.tab = (mg_itab *)&t->self_itab;
    if (cls == RT_ASSERT) {
        mg_string *obj = mg_alloc(sizeof *obj); /* *TypeAssertionError{msg} */
        *obj = str;
        v.data.p = obj;
    } else {
        v.data = mg_iface_box(t, (const mg_word *)&str);
    }
    return v;
}

void vm_start_panic(mg_g *g, mg_iface v) {
    mg_panic *p = mg_alloc(sizeof *p);
    p->value = v;
    p->link = g->panic;
    p->defer_frame = -1;
    g->panic = p;
    g->sig = false;
}

void vm_raise(mg_g *g, int cls, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vm_start_panic(g, runtime_error_value(g->vm, cls, msg));
}

void vm_raise_nil(mg_g *g) {
    vm_raise(g, RT_ERRSTR, "invalid memory address or nil pointer dereference");
    g->sig = true;
}

/* ---------- traces and reports ---------- */

/* The goroutine's trace (runtime/dump.c: frames, then "created by" for spawned ones). */
static void append_trace(vm_textbuf *b, mg_g *g, const char *state) {
    char *t = vm_g_trace(g, state, false);
    if (t) vm_tb_puts(b, t);
    free(t);
}

/* Ends the program with the report in b (already complete). */
static void die_with(mg_g *g, vm_textbuf *b, int status) {
    mg_vm *vm = g->vm;
    /* several goroutines may fail at once: the first report wins, the program ends */
    if (vm_begin_die(vm)) {
        atomic_store(&vm->end_status, status);
        vm_flush(vm);
        if (!vm->call_quiet) vm_write(vm, 2, b->p ? b->p : "", b->len);
        vm_set_error(vm, b->p ? b->p : "", b->len);
        vm->exit_code = 2;
        vm->exiting = true;
        vm_close_output(vm);
    }
    free(b->p);
    g->signals |= GSIG_DIE;
}

void vm_fatal_status(mg_g *g, const char *msg, int status) {
    vm_textbuf b = {0};
    vm_tb_printf(&b, "fatal error: %s\n\n", msg);
    append_trace(&b, g, "running");
    die_with(g, &b, status);
}

void vm_fatal(mg_g *g, const char *msg) {
    vm_fatal_status(g, msg, MG_ERR_RUNTIME);
}

void vm_breakpoint(mg_g *g) {
    vm_textbuf b = {0};
    const vm_frame *f = g->nframes ? &g->frames[g->nframes - 1] : NULL;
    /* Go's report for a SIGTRAP with no debugger attached (its signal handler throws):
     * the pc is the trap's, here the instruction after the call */
    vm_tb_printf(&b, "SIGTRAP: trace trap\nPC=%#llx m=0 sigcode=128\n\n",
                 (unsigned long long)(uintptr_t)(f ? f->pc : NULL));
    append_trace(&b, g, "running");
    die_with(g, &b, MG_ERR_RUNTIME);
}

void vm_stack_overflow(mg_g *g) {
    vm_textbuf b = {0};
    vm_tb_printf(&b, "runtime: goroutine stack exceeds %zu-byte limit\n", g->vm->max_stack_bytes);
    vm_tb_puts(&b, "fatal error: stack overflow\n\n");
    append_trace(&b, g, "running");
    die_with(g, &b, MG_ERR_RUNTIME);
}

/* A method of the dynamic type usable on an interface value of that type. */
static const mg_rmethod *value_method(const mg_rtype *t, const char *name) {
    const mg_rmethod *m = mg_rtype_method(t, name);
    if (!m || m->ptr_only || !m->ifn) return NULL;
    const mg_rtype *mt = m->mtype;
    if (mt && (mt->nparams != 0 || mt->nresults != 1 || mt->results[0]->kind != MK_STRING))
        return NULL;
    return m;
}

bool vm_call_func(mg_g *g, const mg_func *fn, mg_closure *cl, const mg_word *args, int nargs,
                  mg_word *res, int nres);

/* Go's printpanicval, after preprintpanics turned errors and Stringers into strings. */
static void append_panic_value(vm_textbuf *b, mg_g *g, mg_iface v) {
    if (!v.tab) {
        vm_tb_puts(b, "nil");
        return;
    }
    const mg_rtype *t = v.tab->type;
    const mg_rmethod *m = value_method(t, "Error");
    if (!m) m = value_method(t, "String");
    if (m) {
        mg_word res[2] = {{0}, {0}};
        if (vm_call_func(g, m->ifn, NULL, &v.data, 1, res, 2)) {
            vm_tb_put(b, (const char *)res[0].p, (size_t)res[1].i);
            return;
        }
    }
    mg_word words[2] = {{0}, {0}};
    bool basic = (t->kind >= MK_BOOL && t->kind <= MK_COMPLEX128) || t->kind == MK_STRING;
    if (basic) mg_iface_unbox(t, v.data, words);
    bool custom = t->named && t->pkgpath && t->pkgpath[0];
    if (basic && !custom) {
        fmt_print_value(b, t, words);
    } else if (basic && t->kind == MK_STRING) {
        vm_tb_printf(b, "%s(\"", t->name);
        fmt_print_value(b, t, words);
        vm_tb_puts(b, "\")");
    } else if (basic && (t->kind == MK_COMPLEX64 || t->kind == MK_COMPLEX128)) {
        vm_tb_puts(b, t->name); /* the value brings its own parentheses */
        fmt_print_value(b, t, words);
    } else if (basic) {
        vm_tb_printf(b, "%s(", t->name);
        fmt_print_value(b, t, words);
        vm_tb_puts(b, ")");
    } else {
        vm_tb_printf(b, "(%s) %#llx", t->name, (unsigned long long)v.data.u);
    }
}

static void append_panics(vm_textbuf *b, mg_g *g, mg_panic *p) {
    if (p->link) {
        append_panics(b, g, p->link);
        if (!p->link->goexit) vm_tb_puts(b, "\t");
    }
    if (p->goexit) return;
    vm_tb_puts(b, "panic: ");
    append_panic_value(b, g, p->value);
    if (p->recovered) vm_tb_puts(b, " [recovered]");
    vm_tb_puts(b, "\n");
}

static void fatal_panic(mg_g *g) {
    vm_textbuf b = {0};
    append_panics(&b, g, g->panic);
    if (g->sig)
        vm_tb_puts(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    vm_tb_puts(&b, "\n");
    append_trace(&b, g, "running");
    die_with(g, &b, MG_ERR_RUNTIME);
}

/* ---------- running deferred calls ---------- */

enum { CALLED_FRAME, CALLED_NATIVE, CALLED_OVERFLOW };

/* Starts the deferred call d above the top frame. */
static int call_deferred(mg_g *g, mg_defer *d, int kind) {
    mg_closure *cl = d->fn;
    vm_frame *top = &g->frames[g->nframes - 1];
    int64_t at = top->base + top->proto->nregs;
    if (!cl) {
        g->pending_panic = runtime_error_value(g->vm, RT_ERRSTR,
                                               "invalid memory address or nil pointer dereference");
        g->signals |= GSIG_PANIC | GSIG_NIL;
        return CALLED_NATIVE;
    }
    const mg_func *fn = cl->fn;
    if (fn->native) {
        int pw = fn->param_words, rw = fn->result_words;
        if (at + pw + rw > g->stack_words && !vm_g_grow(g, at, pw + rw)) return CALLED_OVERFLOW;
        mg_word *a = g->stack + at;
        if (d->nargs) memcpy(a, d->args, sizeof(mg_word) * (size_t)d->nargs);
        g->ntop = at + pw + rw;
        fn->native(&g->nc, a, a + pw);
        return CALLED_NATIVE;
    }
    if (!vm_push_frame(g, fn, cl, at, d->args, d->nargs, kind)) return CALLED_OVERFLOW;
    return CALLED_FRAME;
}

int vm_run_defers(mg_g *g) {
    mg_defer *d = g->defers;
    g->defers = d->link;
    d->started = true;
    switch (call_deferred(g, d, FR_DEFER_RET)) {
    case CALLED_OVERFLOW: vm_stack_overflow(g); return VM_STEP_DIE;
    default: return VM_STEP_RUN; /* a native ran: the caller re-runs RUNDEFERS */
    }
}

static int recovery(mg_g *g, mg_defer *d, mg_panic *p) {
    g->panic = p->link;
    while (g->panic && g->panic->aborted)
        g->panic = g->panic->link;
    if (!g->panic) g->sig = false;
    int32_t f = d->frame;
    while (g->defers && g->defers->frame > f)
        g->defers = g->defers->link;
    g->nframes = f + 1;
    vm_frame *fr = &g->frames[f];
    if (fr->proto->recover_pc < 0) {
        vm_fatal(g, "recovered in a function without an epilogue (compiler bug)");
        return VM_STEP_DIE;
    }
    fr->pc = fr->proto->code + fr->proto->recover_pc;
    return VM_STEP_RUN;
}

/* Goexit ran every deferred call: the goroutine ends. When main did it, the program goes
 * on until the others finish (api.c reports "no goroutines (main called runtime.Goexit)"). */
static int goexit_done(mg_g *g) {
    g->panic = NULL;
    if (g->is_main) g->vm->main_goexit = true;
    return VM_STEP_EXIT;
}

/* A native deferred call d, run by a panic, is over: pop it, or start the panic it
 * raised (which aborts the current one and pops d). False: the program ends. */
static bool native_defer_done(mg_g *g, mg_defer *d) {
    if (g->signals & GSIG_DIE) return false;
    if (g->signals & GSIG_PANIC) {
        bool nil = g->signals & GSIG_NIL;
        g->signals &= ~(uint32_t)(GSIG_PANIC | GSIG_NIL);
        vm_start_panic(g, g->pending_panic);
        g->sig = nil;
        return true;
    }
    g->defers = d->link;
    return true;
}

int vm_panic_step(mg_g *g) {
    for (;;) {
        mg_panic *p = g->panic;
        mg_defer *d = g->defers;
        if (g->native_depth > 0 && (!d || d->frame < g->native_floor)) {
            g->nframes = g->native_floor;
            return VM_STEP_NATIVE;
        }
        if (!d) {
            if (p->goexit) return goexit_done(g);
            fatal_panic(g);
            return VM_STEP_DIE;
        }
        if (d->started) {
            if (d->panic) d->panic->aborted = true;
            d->panic = NULL;
            g->defers = d->link;
            continue;
        }
        d->started = true;
        d->panic = p;
        switch (call_deferred(g, d, FR_DEFER_PANIC)) {
        case CALLED_FRAME: p->defer_frame = g->nframes - 1; return VM_STEP_RUN;
        case CALLED_OVERFLOW: vm_stack_overflow(g); return VM_STEP_DIE;
        default: break;
        }
        if (g->signals & GSIG_PARK) {
            /* the native waits (a deferred Lock, Sleep, ...): d stays first until it is over */
            g->signals &= ~(uint32_t)GSIG_PARK;
            g->resume |= RESUME_IN_PANIC;
            return VM_STEP_PARK;
        }
        if (!native_defer_done(g, d)) return VM_STEP_DIE;
    }
}

int vm_panic_resume(mg_g *g) {
    g->resume &= ~RESUME_IN_PANIC;
    if (g->resume == RESUME_RETRY) {
        vm_native_retry(g);
        if (g->signals & GSIG_PARK) {
            g->signals &= ~(uint32_t)GSIG_PARK;
            g->resume |= RESUME_IN_PANIC;
            return VM_STEP_PARK;
        }
    }
    g->resume = RESUME_NONE;
    if (!native_defer_done(g, g->defers)) return VM_STEP_DIE;
    return vm_panic_step(g);
}

int vm_deferred_returned(mg_g *g) {
    mg_defer *d = g->defers;
    if (!d || !d->started || !d->panic) {
        vm_fatal(g, "bad defer entry in panic");
        return VM_STEP_DIE;
    }
    mg_panic *p = d->panic;
    g->defers = d->link;
    p->defer_frame = -1;
    if (p->recovered) return recovery(g, d, p);
    return vm_panic_step(g);
}

mg_iface vm_recover(mg_g *g, int32_t frame) {
    mg_panic *p = g->panic;
    if (p && !p->goexit && !p->recovered && p->defer_frame == frame) {
        p->recovered = true;
        return p->value;
    }
    return (mg_iface){0};
}
