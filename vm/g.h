/* g.h - a goroutine (G): a resumable coroutine of the interpreter (DESIGN §5).
 *
 * A G owns
 *   - a word stack: every active frame's registers, contiguous, GC-allocated.
 *     It grows by allocating a bigger one and copying; nothing ever holds a
 *     pointer into it across an operation that may grow it (registers hold
 *     no pointers into the stack; the interpreter reloads its frame base
 *     after a call), so moving it is safe;
 *   - frame records (function, closure, saved pc, base), one per active
 *     call, in a growable GC-allocated array: a call allocates nothing;
 *   - a defer chain and a panic chain, newest first, as Go's _defer/_panic;
 *   - its status and wait reason, for the scheduler and the goroutine dumps.
 *
 * interp(g) runs G until it parks, yields or exits and returns the reason;
 * the caller (mg_run_main now, an M's scheduler loop in the next stage)
 * decides what to do next. All interpreter state is here or in the VM: there
 * is no static mutable state, so Ms can run different Gs at once.
 */
#ifndef MG_G_H
#define MG_G_H

#include <stdbool.h>
#include <stdint.h>

#include "opcodes.h"
#include "value.h"

struct mg_proto;

/* What happens when a frame returns (frame kinds). */
enum {
    FR_CALL,        /* ordinary call: results go back to the caller's registers */
    FR_DEFER_RET,   /* deferred call run by a returning frame: the caller re-executes its
                       defer-running instruction (the saved pc points at it) */
    FR_DEFER_PANIC, /* deferred call run by a panic (or Goexit): continue that panic */
    FR_NATIVE,      /* called by mg_native_call: interp returns to the native */
    FR_BOTTOM,      /* the goroutine's entry function: returning ends the goroutine */
};

typedef struct vm_frame {
    const struct mg_proto *proto;
    mg_closure *cl;     /* the running closure (captured variables) */
    const mg_instr *pc; /* saved pc (next instruction) while a callee runs */
    int64_t base;       /* index of R[0] in g->stack */
    int32_t ret;        /* FR_CALL: where results go in the caller, relative to the
                           caller's base */
    uint8_t kind;       /* FR_* */
} vm_frame;

typedef struct mg_panic mg_panic;

/* A pending deferred call (Go's _defer). */
typedef struct mg_defer {
    struct mg_defer *link; /* older */
    mg_closure *fn;
    int32_t frame;   /* index of the frame that deferred it */
    bool started;    /* already called (by a return, a panic or Goexit) */
    mg_panic *panic; /* the panic that started it, if any */
    int nargs;       /* argument words */
    mg_word args[];
} mg_defer;

/* An active panic (Go's _panic). */
struct mg_panic {
    mg_panic *link;      /* older */
    mg_iface value;      /* the panic value (an empty interface) */
    int32_t defer_frame; /* frame index of the deferred call this panic is running; recover()
                            works only when called by exactly that frame */
    bool recovered;
    bool aborted; /* a newer panic ran over the deferred call it was running */
    bool goexit;  /* runtime.Goexit, not a panic */
};

typedef enum mg_gstatus { G_IDLE, G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD } mg_gstatus;

/* Why interp returned. */
typedef enum vm_stop {
    VM_STOP_EXIT,   /* the goroutine ended (its entry function returned, or Goexit) */
    VM_STOP_YIELD,  /* budget spent or Gosched: runnable, re-enter interp later */
    VM_STOP_PARK,   /* waiting (channel, lock, ...): re-enter when readied */
    VM_STOP_NATIVE, /* the frame started by mg_native_call returned */
    VM_STOP_PANIC,  /* a panic unwound to the frame of an mg_native_call: propagate */
    VM_STOP_DIE,    /* the program ends: os.Exit, a fatal error or an unrecovered panic
                       (vm->exiting and vm->exit_code say how) */
} vm_stop;

/* The context a native gets (value.h): the goroutine that calls it. */
struct mg_ncall {
    mg_vm *vm;
    mg_g *g;
};

/* Pending requests from natives, checked after each native call. */
enum {
    GSIG_PANIC = 1,   /* g->pending_panic holds a value to panic with */
    GSIG_YIELD = 2,   /* runtime.Gosched */
    GSIG_GOEXIT = 4,  /* runtime.Goexit */
    GSIG_DIE = 8,     /* os.Exit or a fatal error: vm->exiting is set */
    GSIG_UNWIND = 16, /* a panic came back out of an mg_native_call: keep unwinding */
};

struct mg_g {
    mg_vm *vm;
    int64_t id;
    mg_gstatus status;
    const char *wait_reason; /* "chan receive", ... while G_WAITING */

    mg_word *stack; /* stack_words words */
    int64_t stack_words;
    int64_t stack_limit; /* max words */

    vm_frame *frames; /* frames[0 .. nframes-1], the newest last */
    int32_t nframes, frames_cap, frames_limit;

    mg_defer *defers; /* newest first */
    mg_panic *panic;  /* newest first */

    int32_t budget;   /* preemption budget left (interp keeps it in a local) */
    uint32_t signals; /* GSIG_* from natives */
    mg_iface pending_panic;
    int32_t native_depth; /* nested mg_native_call levels */
    int32_t native_floor; /* frame index of the innermost mg_native_call frame */
    int64_t ntop;         /* while a native runs: first stack word above its args/results
                             (where mg_native_call puts the callee's frame) */
    bool sig;             /* the newest panic came from a nil dereference (Go prints the
                             [signal SIGSEGV ...] line) */

    mg_ncall nc; /* passed to natives */
};

#define VM_BUDGET 10000

/* Results of the panic machinery (panic.c) for the interpreter. */
enum { VM_STEP_RUN, VM_STEP_NATIVE, VM_STEP_DIE };

/* Run-time error classes: which runtime.mg type the panic value gets. */
enum { RT_ERRSTR, RT_PLAIN, RT_BOUNDS, RT_ASSERT };

mg_g *vm_g_new(mg_vm *vm);
/* Natives that must swallow a callee's panic (fmt): see api.c. Not in value.h (yet). */
bool mg_native_recover(mg_ncall *c, mg_iface *value);
/* Make room for `words` more words above `top` and one more frame; false: the stack limit
 * was exceeded (the caller raises the stack-overflow fatal error). */
bool vm_g_grow(mg_g *g, int64_t top, int64_t words);

/* Push a frame for fn (closure cl, may be NULL) at stack word base_idx, copying nargs
 * argument words; false when the stack limit is exceeded. */
bool vm_push_frame(mg_g *g, const mg_func *fn, mg_closure *cl, int64_t base_idx,
                   const mg_word *args, int nargs, int kind);
/* Run g from its current frame (interp.c). */
vm_stop vm_interp(mg_g *g);

/* panic.c */
void vm_start_panic(mg_g *g, mg_iface v);
void vm_raise(mg_g *g, int cls, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void vm_raise_nil(mg_g *g);
int vm_panic_step(mg_g *g);
int vm_deferred_returned(mg_g *g);
int vm_run_defers(mg_g *g);
mg_iface vm_recover(mg_g *g, int32_t frame);
void vm_fatal(mg_g *g, const char *msg);
void vm_stack_overflow(mg_g *g);
void vm_print_value(mg_g *g, const mg_rtype *t, const mg_word *v);
mg_iface vm_string_iface(mg_vm *vm, const char *s);

#endif
