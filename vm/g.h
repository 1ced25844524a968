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
 * the scheduler's `run` callback (api.c) maps that to an rt_run_result. All
 * interpreter state is here or in the VM: there is no static mutable state,
 * so Ms run different Gs at once.
 *
 * The scheduler's part of a G (runtime/sched.h) is EMBEDDED as the first
 * member `rt` (rt.vm_g points back here): status, wait reason, goid and the
 * outcome of a wait live there. A G parks only through a runtime primitive
 * that returned RT_PARK: the instruction saved its pc (the next one) and, when
 * the wait has an outcome to deliver (RECV2's ok, a send that found the
 * channel closed, the chosen select case), g->resume says which instruction
 * finishes on resumption (it is fr->pc[-1]). Element pointers given to the
 * runtime point into g->stack: it moves only when the G grows it, which a
 * parked G cannot do.
 */
#ifndef MG_G_H
#define MG_G_H

#include <stdbool.h>
#include <stdint.h>

#include "opcodes.h"
#include "runtime/sched.h"
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
    int32_t base;       /* index of R[0] in g->stack (the stack limit is below 2^31 words) */
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

/* What a resumed G must finish (the instruction at fr->pc[-1]). */
enum { RESUME_NONE, RESUME_SEND, RESUME_RECV2, RESUME_SELECT, RESUME_RETRY /* g->retry */ };
/* Or'ed into g->resume: the G parked in a deferred native call run by a panic (or
 * Goexit); once that call is over, the unwinding goes on (vm_panic_resume). */
#define RESUME_IN_PANIC 0x10

/* A native that parked asking to be called again once woken (mg_native_park_retry):
 * the call, redone before the G runs anything else. */
#define VM_RETRY_MAX_ARGS 4
typedef struct vm_retry {
    mg_native_fn fn;
    int64_t state; /* what mg_native_retry_state returns during the re-call */
    int nargs;
    mg_word args[VM_RETRY_MAX_ARGS];
} vm_retry;

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
    GSIG_PARK = 32,   /* mg_native_park: the native queued the G as a waiter */
    GSIG_NIL = 64,    /* with GSIG_PANIC: the pending panic is a nil dereference (Go
                         prints the [signal SIGSEGV ...] line under it) */
};

struct mg_g {
    rt_g rt; /* the scheduler's part; MUST BE FIRST (rt_g* and mg_g* convert) */
    mg_vm *vm;
    int64_t id; /* goroutine id (= rt.goid once spawned): 1 for main */

    /* (fields ordered to pack: a parked goroutine's G block must stay small) */
    mg_word *stack; /* stack_words words */
    int64_t stack_words;
    int32_t stack_limit; /* max words */

    int32_t nframes;  /* frames[0 .. nframes-1], the newest last */
    vm_frame *frames; /* frames_cap records */
    int32_t frames_cap, frames_limit;

    mg_defer *defers; /* newest first */
    mg_panic *panic;  /* newest first */

    int32_t budget;   /* preemption budget left (interp keeps it in a local) */
    uint32_t signals; /* GSIG_* from natives */
    mg_iface pending_panic;
    int32_t native_depth; /* nested mg_native_call levels */
    int32_t native_floor; /* frame index of the innermost mg_native_call frame */
    int32_t ntop;         /* while a native runs: first stack word above its args/results
                             (where mg_native_call puts the callee's frame) */
    int32_t created_line; /* the go statement's line */

    mg_ncall nc; /* passed to natives */

    const struct mg_proto *created_by; /* function that ran the go statement (NULL: main) */
    union {
        mg_closure *entry_native; /* `go nativeFn(args)`: run on first schedule */
        vm_retry *retry;          /* parked in a native that runs again (RESUME_RETRY) or
                                     running that re-call; NULL otherwise */
        mg_g *free_link;          /* dead, on a free list of reusable Gs (api.c) */
    };
    int32_t created_goid; /* goroutine that ran it */
    /* In a VM with finalizers: the stack blocks this G outgrew (vm_g_grow). Stale pointers
     * into them would keep what they hold alive; they are zeroed (vm_g_old_stacks_clear)
     * when the G ends, or at runtime.GC when no native may still read one. */
    struct vm_old_stack *old_stacks;
    bool sig;       /* the newest panic came from a nil dereference (Go prints the
                       [signal SIGSEGV ...] line) */
    uint8_t resume; /* RESUME_*: a parked instruction to finish when resumed */
    bool is_main;   /* the main goroutine (init, then main.main) */
    bool in_main;   /* main goroutine: init is done, main.main runs */

    /* The first G_FRAMES0 frame records live in the G's own block (frames0); the frame
     * array moves out to its own block when it grows. */
    vm_frame frames0[];
};

#define G_FRAMES0 4

#define VM_BUDGET 10000

/* Results of the panic machinery (panic.c) for the interpreter. */
enum {
    VM_STEP_RUN,
    VM_STEP_NATIVE,
    VM_STEP_DIE,
    VM_STEP_EXIT, /* Goexit finished */
    VM_STEP_PARK, /* a deferred native parked: g->resume has RESUME_IN_PANIC */
};

/* Run-time error classes: which runtime.mg type the panic value gets. */
enum { RT_ERRSTR, RT_PLAIN, RT_BOUNDS, RT_ASSERT };

/* Redo the call a native parked on with mg_native_park_retry (g->resume is RESUME_RETRY),
 * with its arguments above the top frame (or at the stack's base if there is none). The
 * native may park again or raise signals; the caller handles g->signals after. */
void vm_native_retry(mg_g *g);
/* A goroutine whose stack starts with stack_words words (grows on demand). */
mg_g *vm_g_new(mg_vm *vm, int64_t stack_words);
/* Natives that must swallow a callee's panic (fmt): see api.c. Not in value.h (yet). */
bool mg_native_recover(mg_ncall *c, mg_iface *value);
/* vm_g_grow moved g's stack (the VM has finalizers): remember the old block (api.c). */
void vm_g_old_stack(mg_g *g, mg_word *block, int64_t words);
void vm_g_old_stacks_clear(mg_g *g);
/* Make room for `words` more words above `top` and one more frame; false: the stack limit
 * was exceeded (the caller raises the stack-overflow fatal error). */
bool vm_g_grow(mg_g *g, int64_t top, int64_t words);

/* Push a frame for fn (closure cl, may be NULL) at stack word base_idx, copying nargs
 * argument words; false when the stack limit is exceeded. */
bool vm_push_frame(mg_g *g, const mg_func *fn, mg_closure *cl, int64_t base_idx,
                   const mg_word *args, int nargs, int kind);
/* The go statement: a new goroutine calling cl with nargs argument words (api.c). */
void vm_go(mg_g *g, mg_closure *cl, const mg_word *args, int nargs);
/* The source line a frame is at (its saved pc's instruction; runtime/dump.c). */
int vm_frame_line(const vm_frame *f);
/* The line of the instruction before pc (a saved or return pc) in p (runtime/dump.c). */
int vm_proto_line(const struct mg_proto *p, const mg_instr *pc);
/* Words per element of a (non-nil) channel (runtime/dump.c). */
int vm_chan_elem_words(const struct rt_chan *c);
/* Run g from its current frame (interp.c). */
vm_stop vm_interp(mg_g *g);

/* panic.c */
void vm_start_panic(mg_g *g, mg_iface v);
void vm_raise(mg_g *g, int cls, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void vm_raise_nil(mg_g *g);
int vm_panic_step(mg_g *g);
int vm_deferred_returned(mg_g *g);
/* The G resumed after parking in a deferred native during a panic: finish that call
 * (redo it if it asked to) and go on unwinding. Returns a VM_STEP_*. */
int vm_panic_resume(mg_g *g);
int vm_run_defers(mg_g *g);
mg_iface vm_recover(mg_g *g, int32_t frame);
void vm_fatal(mg_g *g, const char *msg);
/* vm_fatal that also records why the run ended (an mg_status) when its report wins. */
void vm_fatal_status(mg_g *g, const char *msg, int status);
void vm_stack_overflow(mg_g *g);
/* runtime.Breakpoint: Go's "SIGTRAP: trace trap" report, exit status 2. */
void vm_breakpoint(mg_g *g);
void vm_print_value(mg_g *g, const mg_rtype *t, const mg_word *v);
mg_iface vm_string_iface(mg_vm *vm, const char *s);

/* runtime/dump.c: goroutine traces and reports. vm_g_trace returns malloc'd text:
 * "goroutine N [state]:", a frame pair per active call, and for a spawned goroutine
 * "created by F" + its go statement's file:line (with " in goroutine M" when
 * with_goid, Go 1.21's form). */
char *vm_g_trace(mg_g *g, const char *state, bool with_goid);
/* The wait state of a goroutine as Go prints it ("chan receive", "runnable"). */
const char *vm_g_state(mg_g *g);
/* scheduler callbacks and reports; all print to the VM's stderr */
void vm_deadlock_report(mg_vm *vm);
int vm_leak_report(mg_vm *vm); /* returns the number of goroutines listed */
void vm_quit_dump(mg_vm *vm);  /* SIGQUIT */
/* header, then every live goroutine's trace (the scheduler has stopped) */
void vm_all_dump(mg_vm *vm, const char *header);

#endif
