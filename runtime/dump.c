/* dump.c - goroutine traces and the reports built from them: the trace of a
 * failing goroutine (panic.c prints it), the deadlock report (the scheduler's
 * deadlock callback), the -leaks report after main returned and the SIGQUIT
 * dump. Formats are Go 1.19's: "goroutine N [state]:", a "func(...)" /
 * "\tFILE:LINE" pair per frame, and "created by F" / "\tFILE:LINE" (the go
 * statement) for spawned goroutines; the leak report adds Go 1.21's
 * " in goroutine M".
 *
 * Reading another goroutine's frames is only safe while it cannot run: the
 * reports other than a goroutine's own trace are made with the world stopped
 * (every M idle on deadlock; every M joined after main returned or SIGQUIT).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"
#include "vm/g.h"
#include "vm/proto.h"
#include "vm/textbuf.h"
#include "vm/vm.h"

/* ---------- one goroutine ---------- */

static int line_at(const mg_proto *p, const mg_instr *pc);

int vm_proto_line(const mg_proto *p, const mg_instr *pc) {
    return line_at(p, pc);
}

int vm_chan_elem_words(const struct rt_chan *c) {
    return c->elem_words;
}

int vm_frame_line(const vm_frame *f) {
    return line_at(f->proto, f->pc);
}

static int line_at(const mg_proto *p, const mg_instr *pc) {
    if (!p->lines || p->ncode == 0) return p->line;
    ptrdiff_t at = pc - p->code - 1;
    if (at < 0) at = 0;
    if (at >= p->ncode) at = p->ncode - 1;
    return p->lines[at];
}

const char *vm_g_state(mg_g *g) {
    switch (atomic_load(&g->rt.status)) {
    case RT_G_RUNNING: return "running";
    case RT_G_PARKING:
    case RT_G_WAITING: {
        const char *r = rt_wait_reason_text(g->rt.wait_reason);
        return *r ? r : "waiting";
    }
    case RT_G_DEAD: return "dead";
    default: return "runnable";
    }
}

#define TRACE_MAX_FRAMES 100

/* Whether frame i is shown: Go hides its runtime frames, and its generated wrappers
 * unless the wrapper is where a panic started (the top frame of a panicking goroutine, or
 * the frame a panic's deferred call was pushed above). */
static bool frame_shown(const mg_g *g, int32_t i) {
    const vm_frame *f = &g->frames[i];
    const mg_func *fn = f->proto->fn;
    if (fn && fn->name && strncmp(fn->name, "runtime.", 8) == 0) return false;
    switch (f->proto->trace) {
    case PROTO_TRACE_HIDDEN: return false;
    case PROTO_TRACE_HIDDEN_UNLESS_PANICKED:
        if (i == g->nframes - 1) return g->panic != NULL;
        return g->frames[i + 1].kind == FR_DEFER_PANIC;
    default: return true;
    }
}

static void append_frames(vm_textbuf *b, mg_g *g) {
    int printed = 0;
    for (int32_t i = g->nframes - 1; i >= 0; i--) {
        const vm_frame *f = &g->frames[i];
        const mg_func *fn = f->proto->fn;
        const char *name = fn && fn->name ? fn->name : "?";
        if (!frame_shown(g, i)) {
            /* a hidden wrapper run by a panic as a deferred call: Go still shows the panic */
            if (f->kind == FR_DEFER_PANIC && f->proto->trace != PROTO_TRACE_SHOWN &&
                printed < TRACE_MAX_FRAMES) {
                vm_tb_printf(b, "panic({...})\n\t$GOROOT/src/runtime/panic.go:884\n");
                printed++;
            }
            continue;
        }
        if (printed == TRACE_MAX_FRAMES) {
            vm_tb_printf(b, "...additional frames elided...\n");
            break;
        }
        /* a frame running its deferred calls at a return saved the pc of that instruction
         * itself (it re-executes it), not the pc after it */
        int line = i + 1 < g->nframes && g->frames[i + 1].kind == FR_DEFER_RET
                       ? line_at(f->proto, f->pc + 1)
                       : line_at(f->proto, f->pc);
        vm_tb_printf(b, "%s(%s)\n\t%s:%d\n", name, fn && fn->param_words ? "..." : "",
                     f->proto->file ? f->proto->file : "?", line);
        printed++;
        if (f->kind == FR_DEFER_PANIC) {
            vm_tb_printf(b, "panic({...})\n\t$GOROOT/src/runtime/panic.go:884\n");
            printed++;
        }
    }
}

static void append_g(vm_textbuf *b, mg_g *g, const char *state, bool with_goid) {
    vm_tb_printf(b, "goroutine %lld [%s]:\n", (long long)g->id, state);
    append_frames(b, g);
    const mg_proto *cp = g->created_by;
    if (cp) {
        const char *name = cp->fn && cp->fn->name ? cp->fn->name : "?";
        if (with_goid)
            vm_tb_printf(b, "created by %s in goroutine %lld\n", name, (long long)g->created_goid);
        else
            vm_tb_printf(b, "created by %s\n", name);
        vm_tb_printf(b, "\t%s:%d\n", cp->file ? cp->file : "?", g->created_line);
    }
}

char *vm_g_trace(mg_g *g, const char *state, bool with_goid) {
    vm_textbuf b = {0};
    append_g(&b, g, state, with_goid);
    return b.p;
}

/* ---------- every goroutine (world stopped) ---------- */

typedef struct glist {
    mg_g **g;
    size_t n, cap;
} glist;

static void collect(void *arg, rt_g *rg) {
    glist *l = arg;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        mg_g **np = realloc(l->g, sizeof *np * cap); /* GC pointers: Gs stay on allg */
        if (!np) return;
        l->g = np;
        l->cap = cap;
    }
    l->g[l->n++] = rg->vm_g;
}

static int by_goid(const void *a, const void *b) {
    int64_t x = (*(mg_g *const *)a)->id, y = (*(mg_g *const *)b)->id;
    return x < y ? -1 : x > y;
}

/* The live goroutines in goid order, without the main goroutine after its Goexit and
 * without the finalizer goroutine while it waits (Go's system goroutines). */
static glist live_gs(mg_vm *vm) {
    glist l = {0};
    rt_for_each_g(vm->sched, collect, &l);
    size_t k = 0;
    for (size_t i = 0; i < l.n; i++)
        if (!(l.g[i]->is_main && vm->main_goexit) && !vm_fin_is_idle_g(vm, l.g[i]))
            l.g[k++] = l.g[i];
    l.n = k;
    if (l.n > 1) qsort(l.g, l.n, sizeof *l.g, by_goid);
    return l;
}

static void emit(mg_vm *vm, vm_textbuf *b) {
    vm_flush(vm);
    if (!vm->call_quiet) vm_write_final(vm, 2, b->p ? b->p : "", b->len); /* mg_call: mg_error */
    vm_set_error(vm, b->p ? b->p : "", b->len);
    free(b->p);
}

void vm_deadlock_report(mg_vm *vm) {
    glist l = live_gs(vm);
    vm_textbuf b = {0};
    if (l.n == 0) {
        vm_tb_printf(&b, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    } else {
        vm_tb_printf(&b, "fatal error: all goroutines are asleep - deadlock!\n");
        for (size_t i = 0; i < l.n; i++) {
            vm_tb_printf(&b, "\n");
            append_g(&b, l.g[i], vm_g_state(l.g[i]), false);
        }
    }
    free(l.g);
    if (vm_begin_die(vm)) {
        emit(vm, &b);
        vm->exit_code = 2;
        vm->exiting = true;
        vm_close_output(vm);
    } else {
        free(b.p);
    }
}

int vm_leak_report(mg_vm *vm) {
    glist l = live_gs(vm);
    int n = (int)l.n;
    if (n > 0) {
        vm_textbuf b = {0};
        vm_tb_printf(&b, "minigo: %d goroutine%s still alive when main returned:\n", n,
                     n == 1 ? "" : "s");
        for (size_t i = 0; i < l.n; i++) {
            vm_tb_printf(&b, "\n");
            append_g(&b, l.g[i], vm_g_state(l.g[i]), true);
        }
        emit(vm, &b);
    }
    free(l.g);
    return n;
}

void vm_quit_dump(mg_vm *vm) {
    vm_all_dump(vm, "SIGQUIT: quit\nPC=0x0 m=0 sigcode=0\n");
}

void vm_all_dump(mg_vm *vm, const char *header) {
    glist l = live_gs(vm);
    vm_textbuf b = {0};
    vm_tb_puts(&b, header);
    for (size_t i = 0; i < l.n; i++) {
        vm_tb_printf(&b, "\n");
        append_g(&b, l.g[i], vm_g_state(l.g[i]), false);
    }
    free(l.g);
    emit(vm, &b);
}
