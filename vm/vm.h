/* vm.h - the inside of an mg_vm (include/minigo.h keeps it opaque).
 *
 * One mg_vm owns everything a program needs: its options, its compiled
 * program, its globals, its output streams, its exit state and error text.
 * Nothing here is shared between VMs (DESIGN §2). The struct is allocated
 * uncollectable from the GC so that everything it points to (globals, the
 * main G) stays alive and is scanned.
 *
 * Output: stdout is buffered per VM (flushed when full, at exit, and before
 * anything is written to stderr, so the two interleave as the program wrote
 * them); stderr is unbuffered. out_lock serialises both: every M writes.
 * Once the program is over (main returned, a fatal error or os.Exit),
 * out_closed drops what the goroutines still running write, as Go's exit
 * would; the VM's own final reports use vm_write_final.
 *
 * Threads: Ms run goroutines concurrently. Fields written while goroutines
 * run are atomic (rand_state, dying, out_closed) or under a lock; the rest is
 * set before the scheduler starts.
 */
#ifndef MG_VM_H
#define MG_VM_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "minigo.h"
#include "value.h"

typedef struct mg_program mg_program;

#define VM_OUTBUF_SIZE (64 * 1024)

/* Dead goroutines are reused (Go's gfree): each M keeps a small free list, found by its
 * rt_m pointer (slot.m); a G that exited waits in its M's slot until that M's next run
 * (the scheduler touches it until run returns). Overflow goes to the shared list. */
#define VM_MSLOTS           64
#define VM_GFREE_MAX        64   /* per-M free list; beyond, it goes to the shared list */
#define VM_GFREE_SHARED_MAX 8192 /* beyond, dead Gs are left to the GC */
typedef struct vm_mslot {
    void *_Atomic m; /* the rt_m owning the slot; only its thread uses the rest */
    mg_g *dead;
    mg_g *free, *last; /* local free list (last: its oldest entry) */
    int32_t nfree;
} vm_mslot;

struct mg_vm {
    mg_options opt;
    mg_program *prog; /* NULL until a load succeeds */
    struct mg_arena *arena; /* the build's memory, which prog lives in (lang/arena.h) */
    mg_word *globals; /* the program's package-level variables, zeroed */

    /* output */
    pthread_mutex_t out_lock;
    char *outbuf; /* malloc'd, VM_OUTBUF_SIZE bytes: never holds GC pointers */
    size_t outlen;
    bool out_closed; /* under out_lock: drop goroutines' writes (the program is over) */

    /* exit state: set by os.Exit, fatal errors and unrecovered panics */
    bool exiting;
    int exit_code;
    bool ran;              /* mg_run_main was called */
    bool entered;          /* a run (main or mg_call) started: the next one resets state */
    bool inited;           /* package initialisation has run */
    bool call_quiet;       /* mg_call: reports go to mg_error only, not to stderr */
    const mg_func *entry;  /* what goroutine 1 runs after initialisation, and its args */
    const mg_word *entry_args;
    int entry_nargs;
    _Atomic bool dying;    /* the first fatal report won (vm_begin_die) */
    _Atomic bool quit_req; /* SIGQUIT arrived: dump and exit 2 */
    bool main_goexit;      /* the main goroutine called runtime.Goexit */
    bool main_done;        /* main.main returned (the program ended normally) */
    int64_t leak_deadline; /* -leaks: main returned, others may finish until then (ns) */

    char *error; /* malloc'd text for mg_error, or NULL */

    _Atomic uint64_t rand_state; /* random source (map iteration order) */
    bool det; /* -seed: deterministic scheduling (runtime/det.c); set before run */
    struct vm_race *race; /* -race: the detector (vm/race.c); NULL otherwise */
    mg_g *main_g;
    struct rt_sched *sched; /* while mg_run_main runs */
    struct vm_quit_watch *quit_watch; /* while a run runs (quit.c) */
    vm_mslot mslots[VM_MSLOTS];
    pthread_mutex_t gfree_lock;
    mg_g *gfree, *gfree_last; /* shared free Gs (and the oldest), under gfree_lock */
    _Atomic int32_t ngfree;   /* read without the lock as a hint */

    /* rtypes the VM builds values of (from the program, cached at load) */
    const mg_rtype *rt_string;
    const mg_rtype *rt_error[4]; /* indexed by RT_ERRSTR, RT_PLAIN, RT_BOUNDS, RT_ASSERT */
    int gomaxprocs;
    size_t max_stack_bytes;

    /* embedding: how the run ended, mg_vm_stop and the sandbox limits (limits.c) */
    _Atomic int end_status;       /* the mg_status of the report that won vm_begin_die, 0: none */
    pthread_mutex_t ctl_lock;     /* sched's lifetime against mg_vm_stop from other threads */
    bool stop_req;                /* under ctl_lock: mg_vm_stop was called */
    bool sched_live;              /* under ctl_lock: sched is running (may be stopped) */
    bool timeout_fired;           /* the wall-clock watcher ended the run: dump after it */
    _Atomic uint64_t ticks;       /* interpreter ticks spent (only with max_instructions) */
    pthread_mutex_t heap_lock;    /* one heap recount at a time */
    _Atomic size_t heap_since;    /* bytes allocated since the last recount */
    _Atomic size_t heap_live;     /* live bytes at the last recount (an estimate) */
    size_t heap_base;             /* process heap in use when the run started */
    _Atomic uint64_t gc_warnings; /* Boehm warnings swallowed while this VM ran */

    /* runtime.ReadMemStats (stdlib/runtime.c): what this VM allocated (folded in from each
     * escape's counts when it pops, limits.c), its runtime.GC calls, and the Boehm cycle
     * number and malloc count right after the last of them */
    _Atomic uint64_t mallocs, malloc_bytes;
    _Atomic uint64_t forced_gcs;
    _Atomic uint64_t forced_gc_no, forced_gc_mallocs;
    /* the heap's objects that are not this program's: what a collection marked when the
     * run began (vm_memstats_begin), under heap_lock; ms_based once set */
    bool ms_based;
    uint64_t ms_base_marked, ms_base_mallocs, ms_base_gc_no;
    /* runtime.SetFinalizer (stdlib/runtime_fin.c): NULL until the first one */
    struct vm_fin *fin;
    struct deadline_watch *deadline; /* the wall-clock watcher of the current run */

    /* host packages (api_host.c): set before the load, read-only after it */
    struct vm_host *hosts; /* by trampoline index */
    int nhosts;
    struct mg_host_source *host_srcs; /* their generated sources (lang/loader.h) */
    int nhost_srcs;

    /* mg_call's fast path (api_call.c) */
    struct vm_call_cache *calls; /* names looked up, and whether they may run directly */
    mg_g *call_g;                /* goroutine 1 of direct calls, kept from call to call */
    _Atomic bool stop_pending;   /* mg_vm_stop was called: a hint read without ctl_lock,
                                    cleared with stop_req */
    /* channels across the boundary (api_chan.c) */
    struct rt_hwactive *hc_active; /* host channel operations acting (not parked): while
                                      any is, no deadlock is reported (api_chan.c) */
    pthread_mutex_t hc_lock;      /* the host waiters below */
    pthread_cond_t hc_idle;       /* signalled when hc_ops drops to 0 (mg_vm_free waits) */
    struct rt_hwaiter *hc_waiters; /* host threads blocked in a channel op (their stacks) */
    _Atomic int32_t hc_ops;       /* host channel operations in flight */
    _Atomic bool hc_closing;      /* mg_vm_free began: new operations fail */
    _Atomic int hc_end;           /* MG_STOPPED / MG_ERR_TIMEOUT once mg_vm_stop or the time
                                     limit ended a run: channel calls fail with it until the
                                     next run begins (0: none); set under ctl_lock */
    _Atomic bool hc_veto_act;     /* the deadlock check passed on an acting host operation:
                                     the end of one runs it again */
    _Atomic bool hc_veto_reach;   /* it passed on a reachable channel: a release reruns it */
    pthread_mutex_t hc_hlock;     /* hc_handles, hc_types */
    mg_value *hc_handles;         /* live handles whose value may hold a channel */
    const mg_rtype **hc_types;    /* chan types made for mg_new_chan (the program had none) */
    int hc_ntypes;
};

/* ---- limits.c ---- */
/* The innermost place a goroutine of some VM runs on this thread (run_g, a host call):
 * an allocation failure or a heap limit ends the run and longjmps back there. */
#include <setjmp.h>
typedef struct vm_escape {
    mg_g *g;
    struct vm_escape *prev;
    bool in_oom;
    uint64_t mallocs, bytes; /* allocations on this thread since the push (MemStats) */
    void *spare;             /* a released one-word handle's block (api_value.c), freed by
                                the pop: a host function's mg_new_int + mg_release make
                                no malloc/free pair per call */
    jmp_buf jb;
} vm_escape;
void vm_escape_push(vm_escape *e, mg_g *g);
void vm_escape_pop(vm_escape *e);
/* The innermost escape's spare block (NULL: none, or no escape on this thread); a block
 * kept for it (false: no escape, or it has one). */
void *vm_escape_spare_take(void);
bool vm_escape_spare_keep(void *p);
/* What vm allocated so far (objects, bytes), its escapes on this thread included. */
void vm_alloc_counts(mg_vm *vm, uint64_t *mallocs, uint64_t *bytes);
void vm_limits_init(mg_vm *vm);
void vm_limits_free(mg_vm *vm);
/* Process-wide GC set-up that routes the collector's warnings to the running VM. */
void vm_gc_quiet(void);
/* Once per process, before GC_INIT: where the main thread's stack ends (alloc.c). */
void vm_gc_main_stack(void);
/* SIGQUIT during a run (quit.c): started before the scheduler (blocks the signal),
 * armed from any M once the run takes a while (starts the watcher thread), stopped
 * after the scheduler returned. */
typedef struct vm_quit_watch vm_quit_watch;
vm_quit_watch *vm_quit_watch_start(mg_vm *vm);
void vm_quit_watch_arm(vm_quit_watch *w);
void vm_quit_watch_stop(vm_quit_watch *w);
/* Before the scheduler starts / after it stopped: baseline of the heap limit and the
 * wall-clock watcher thread (joined by vm_run_end). */
void vm_run_begin(mg_vm *vm);
void vm_run_end(mg_vm *vm);
/* Ends the run for a host-side reason (MG_STOPPED, MG_ERR_TIMEOUT) from any thread:
 * true if it won vm_begin_die. Takes ctl_lock. */
bool vm_end_from_host(mg_vm *vm, int status);
/* Runs entry (main.main, or a function mg_call names, with its argument words) as
 * goroutine 1 on a fresh scheduler, after package initialisation if that has not run;
 * returns how the run ended and *exit_status as mg_run. Its results are left at the
 * bottom of vm->main_g's stack. */
mg_status vm_run_entry(mg_vm *vm, const struct mg_func *entry, const mg_word *args, int nargs,
                       int *exit_status);
/* api_call.c: mg_call's cached lookup of package main's function `name` (*direct: it
 * cannot block, see there, and the VM's options allow a direct run; one also needs
 * vm->inited), and the direct run itself on the calling thread (results at the bottom
 * of vm->main_g's stack, as after vm_run_entry). */
const struct mg_func *vm_call_lookup(mg_vm *vm, const char *name, bool *direct);
mg_status vm_call_direct(mg_vm *vm, const struct mg_func *fn, const mg_word *args, int nargs);
/* api_value.c: fn run as mg_call runs it, directly (vm_call_direct) or on a scheduler,
 * its reports to mg_error only; args must be GC-visible (uncollectable when !direct). */
mg_status vm_call_run(mg_vm *vm, const struct mg_func *fn, const mg_word *args, bool direct);
void vm_calls_free(mg_vm *vm);
/* api_host.c: after a load, each host function learns its types; mg_vm_free frees them */
typedef struct vm_host vm_host;
void vm_hosts_bind(mg_vm *vm);
void vm_hosts_free(mg_vm *vm);
/* fn is the bodyless mg_hostcall_K of a host function not flagged MG_HOST_BLOCKING: it
 * returns without parking and needs no scheduler (mg_call may run its callers directly) */
bool vm_host_never_blocks(const mg_vm *vm, const struct mg_func *fn);
/* api_value.c: a thread about to run VM code or touch the heap is registered with the
 * collector if it is not (true: it was, by this call; vm_thread_leave(true) undoes it).
 * The answer is cached per thread, so a known thread pays nothing. */
bool vm_thread_enter(void);
void vm_thread_leave(bool registered);
/* api_value.c, for host calls: a handle holding a copy of the value of type t at w, and
 * the conversion of a handle to t's words (false: err says why). */
mg_value *vm_value_typed(mg_vm *vm, const mg_rtype *t, const mg_word *w);
/* The same in buf (VM_VALUE_INLINE bytes, suitably aligned, on the caller's stack, which
 * the collector scans) when it fits, else as vm_value_typed; mg_release frees what it
 * must and never buf. */
#define VM_VALUE_INLINE 112
mg_value *vm_value_typed_in(mg_vm *vm, const mg_rtype *t, const mg_word *w, void *buf);
bool vm_value_to_words(mg_vm *vm, const mg_rtype *t, const mg_value *v, mg_word *dst, char *err,
                       size_t errlen);
/* The conversions that are a copy of one word (a host int for an int or int64, a
 * one-word value of type t itself) into *dst, without the general machinery; false:
 * use vm_value_to_words. */
bool vm_value_word(const mg_rtype *t, const mg_value *v, mg_word *dst);
/* The channel a handle holds (NULL: not a non-nil channel) and its chan type (*type
 * set when the handle holds a channel, nil included, else left alone). */
struct rt_chan *vm_value_chan(const mg_value *v, const mg_rtype **type);
/* api_host.c: host function i's func type (NULL before a load); i < vm->nhosts. */
const mg_rtype *vm_host_type(mg_vm *vm, int i);
/* api_value.c: the VM's list of live handles whose type may hold a channel (what the
 * deadlock check walks): fn(arg, type, words) for each, under hc_hlock, until fn returns
 * true (then true); mg_vm_free's detaching of them (their mg_release stays valid). */
bool vm_values_any_listed(mg_vm *vm, bool (*fn)(void *arg, const mg_rtype *t, const mg_word *w),
                          void *arg);
void vm_values_detach(mg_vm *vm);
/* api_chan.c: the lifetime of the host channel state; a listed handle released (the
 * deadlock check runs again); mg_vm_stop's and the time limit's wake-up of blocked host
 * threads (they return status); the scheduler's deadlock veto (rt_callbacks). */
void vm_chan_init(mg_vm *vm);
void vm_chan_free(mg_vm *vm); /* wakes the blocked host threads, waits for them to leave */
bool vm_chan_type_listed(const mg_rtype *t); /* may a value of t hold a channel? */
void vm_chan_released(mg_vm *vm);            /* a listed handle was released */
void vm_chan_kick_all(mg_vm *vm, int status);
bool vm_chan_host_may_wake(void *user, struct rt_sched *s);
/* interp: a goroutine used `used` ticks; true when the budget is spent (the fatal
 * report is made and GSIG_DIE set). */
bool vm_tick_limit(mg_g *g, int64_t used);

/* Concurrent map access detection (map.c): the writing flag (Go's hashWriting). */
struct mg_map;
bool mg_map_begin_write(struct mg_map *m);
bool mg_map_end_write(struct mg_map *m); /* false: another write ended it */
bool mg_map_writing(struct mg_map *m); /* false for nil */

/* Output (vm.c). fd is 1 or 2. */
void vm_write(mg_vm *vm, int fd, const void *buf, size_t len);
void vm_flush(mg_vm *vm);
/* Stop accepting goroutines' output (after a flush); vm_write_final still writes. */
void vm_close_output(mg_vm *vm);
void vm_write_final(mg_vm *vm, int fd, const void *buf, size_t len);
/* ---- stdlib/runtime.c: a program that reads MemStats gets its baseline (a collection)
 * when its run begins (vm_run_begin) ---- */
void vm_memstats_begin(mg_vm *vm);

/* ---- stdlib/runtime_fin.c: finalizers ---- */
/* Hands the finalizers the collector found ready (any VM's) to their finalizer
 * goroutines. Call with no lock held, on a thread registered with the GC. */
void vm_fin_poll(void);
/* The run's scheduler is gone (after rt_sched_run_main): the next run starts a new
 * finalizer goroutine; vm_fin_free (mg_vm_free): finalizers that fire later are dropped. */
void vm_fin_run_end(mg_vm *vm);
void vm_fin_free(mg_vm *vm);
/* Whether g is the finalizer goroutine waiting for work (Go counts it as a system
 * goroutine then: not in NumGoroutine, dumps or the deadlock report). */
bool vm_fin_is_idle_g(mg_vm *vm, const mg_g *g);
/* How many goroutines NumGoroutine leaves out for it (0 or 1). */
int vm_fin_hidden(mg_vm *vm);

/* True for the first caller only: that one prints the fatal report. */
bool vm_begin_die(mg_vm *vm);
/* Replace the VM's error text (a copy is kept). */
void vm_set_error(mg_vm *vm, const char *text, size_t len);
/* Next value of the VM's random source. */
uint64_t vm_rand(mg_vm *vm);

#endif
