/* api.c - the embedding API (include/minigo.h) and the services natives may
 * call (value.h): creating VMs and goroutines, loading, running main, and
 * calling back into bytecode from a native.
 *
 * GC_INIT runs once per process (pthread_once); everything else is per VM.
 * mg_run_main creates the GMP scheduler (runtime/sched.h) with GOMAXPROCS Ps
 * and runs the main goroutine on it: package initialisation, then main.main.
 * The scheduler calls run_g (an M, any thread) for every G it schedules; it
 * maps why the interpreter stopped to the scheduler's result. The program
 * ends when main returns (other goroutines are dropped), on os.Exit, on a
 * fatal report, on deadlock (deadlock_cb prints Go's report) or on SIGQUIT (a
 * watcher thread stops the scheduler; the dump is printed once every M has
 * stopped).
 *
 * Goroutines are cheap: a G is two GC blocks sized to fit the GC's size
 * classes (G + first frame records; first stack), and dead Gs are reused
 * through per-M free lists (vm.h), so `go f()` usually allocates nothing.
 */
#include "gc_glue.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "g.h"
#include "lang/loader.h"
#include "object.h"
#include "proto.h"
#include "runtime/chan.h"
#include "runtime/sched.h"
#include "race.h"
#include "vm.h"

#define DEFAULT_STACK_BYTES ((size_t)1000000000)

static pthread_once_t gc_once = PTHREAD_ONCE_INIT;

static void gc_init_once(void) {
    /* no collection inside GC_INIT: there is nothing to collect yet, and it would scan
     * every root of the process for a fifth of what initialising costs */
    GC_set_dont_precollect(1);
    vm_gc_main_stack();
    GC_INIT();
    GC_allow_register_threads();
    vm_gc_quiet();
    /* Boehm calls finalizers only when asked (vm_fin_poll): never inside an allocation,
     * where the allocating thread may hold any lock */
    GC_set_finalize_on_demand(1);
    /* Boehm starts with a 64 KiB heap and, until its first collection has set the
     * collection threshold, collects whenever the heap is full; later it grows the heap
     * by a share of its size. A hello world (whose build is in its own arena, lang/arena.h)
     * paid for one collection while parsing, and with a heap that small the growth steps
     * of a program making big slices overshot: sieve's 2 MB arrays took the heap 2.3 ->
     * 5 -> 8.6 -> 13.5 MiB and peak RSS to 19.5 MiB in most runs (Go: 8.4). A 4 MiB
     * start: no collection in a small run, sieve at 11.5 MiB in every run, hello
     * unchanged. (GC_INITIAL_HEAP_SIZE, when set, is on top.) Only address space until
     * used. */
    GC_expand_hp(((size_t)4 << 20) - ((size_t)64 << 10));
    /* Boehm collects once the bytes allocated since the last collection reach a share of
     * what it must scan; with the build's scratch out of the heap (lang/arena.h) a small
     * program's live heap is a few hundred KiB, and a channel-heavy one then collected
     * every ~200 KiB (fanin: 469 collections, +22% cpu). At least 1 MiB between
     * collections, the spirit of Go's 4 MB minimum heap goal (fanin back to 128). */
    GC_set_min_bytes_allocd((size_t)1 << 20);
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
    pthread_mutex_init(&vm->gfree_lock, NULL);
    vm_limits_init(vm);
    vm_chan_init(vm);
    /* the default is found when a run first needs it: the CPU count is a sysfs read,
     * most of what creating a VM would cost */
    vm->gomaxprocs = vm->opt.gomaxprocs > 0 ? vm->opt.gomaxprocs : 0;
    vm->max_stack_bytes = vm->opt.max_stack_bytes ? vm->opt.max_stack_bytes : DEFAULT_STACK_BYTES;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    vm->rand_state = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)(uintptr_t)vm;
    return vm;
}

void mg_vm_free(mg_vm *vm) {
    if (!vm) return;
    vm_chan_free(vm); /* first: host threads blocked on its channels leave */
    vm_flush(vm);
    free(vm->outbuf);
    free(vm->error);
    pthread_mutex_destroy(&vm->out_lock);
    pthread_mutex_destroy(&vm->gfree_lock);
    vm_limits_free(vm);
    vm_hosts_free(vm);
    vm_calls_free(vm);
    vm_fin_free(vm);
    ar_free(vm->arena); /* the program's code and types: nothing runs it any more */
    GC_FREE(vm);
}

const char *mg_error(mg_vm *vm) {
    return vm && vm->error ? vm->error : "";
}

static void set_error_text(mg_vm *vm, const char *s) {
    vm_set_error(vm, s, strlen(s));
}

/* Caches the program's rtypes the VM builds values of. */
/* minigo run -d: the bytecode of package main's functions (methods, literals and
 * wrappers included), in program order, on stderr. */
static void disasm_main_package(const mg_program *prog) {
    for (int i = 0; i < prog->nfuncs; i++) {
        const mg_func *fn = prog->funcs[i];
        const char *n = fn->name;
        if (n && strncmp(n, "main.", 5) == 0) vm_disasm(stderr, fn);
    }
}

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
    char *findings = NULL;
    mg_build_opts bo = {.loopvar = vm->opt.loopvar != 0,
                        .vet_findings = vm->opt.vet ? &findings : NULL,
                        .allow = vm->opt.allow_packages,
                        .deny = vm->opt.deny_packages,
                        .hosts = vm->host_srcs,
                        .nhosts = vm->nhost_srcs};
    bo.arena = vm->arena = ar_new(); /* NULL: the build uses the GC heap */
    mg_program *prog = mg_build_program(name, src, len, &bo, &d);
    if (!prog) {
        char *text = diag_text(&d);
        set_error_text(vm, text && *text ? text : "minigo: compilation failed\n");
        ar_free(vm->arena);
        vm->arena = NULL;
        return MG_ERR_COMPILE;
    }
    bind_program(vm, prog);
    vm_hosts_bind(vm);
    if (findings) set_error_text(vm, findings);
    if (vm->opt.disasm) disasm_main_package(prog);
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

mg_g *vm_g_new(mg_vm *vm, int64_t stack_words) {
    /* two blocks: the G with its first frame records, and its first stack. (One block would
     * save an allocation but, measured, costs more memory per parked goroutine.) */
    int nf = stack_words >= 1024 ? 64 : G_FRAMES0;
    mg_g *g = mg_alloc(sizeof(mg_g) + sizeof(vm_frame) * (size_t)nf);
    g->stack = mg_alloc(sizeof(mg_word) * (size_t)stack_words);
    /* the GC rounds a block up to its size class (less the byte it adds for interior
     * pointers): what is left is free stack */
    size_t usable = (GC_size(g->stack) - 1) / sizeof(mg_word);
    if ((int64_t)usable > stack_words) stack_words = (int64_t)usable;
    g->rt.vm_g = g;
    g->vm = vm;
    g->frames_cap = nf;
    g->frames = g->frames0;
    g->stack_words = stack_words;
    /* Our frames are smaller than Go's: count the limit against an eighth of the bytes, and
     * cap the frame count (2.5 million for Go's 1 GB: a 1e6-deep recursion still fits), so
     * that runaway recursion ends quickly in a bounded heap. */
    size_t limit = vm->max_stack_bytes;
    int64_t sl = (int64_t)(limit / sizeof(mg_word) / 8);
    if (sl < 4096) sl = 4096;
    if (sl > INT32_MAX / 2) sl = INT32_MAX / 2; /* frame bases are int32 */
    g->stack_limit = (int32_t)sl;
    int64_t fl = (int64_t)(limit / 400);
    if (fl > (1 << 30)) fl = 1 << 30;
    if (fl < 64) fl = 64;
    g->frames_limit = (int32_t)fl;
    g->budget = VM_BUDGET;
    g->nc.vm = vm;
    g->nc.g = g;
    return g;
}

/* Go's goroutine ids: 2, 3 and 4 belong to Go's own background goroutines, so the first
 * goroutine a program starts is number 5 there; keep the traces alike. */
#define GOID_OFFSET 3

/* ---------- reusing dead goroutines ---------- */

#define G_REUSE_MAX_STACK 256 /* words: a G whose stack grew beyond is not kept */

/* The calling M's slot (m: the rt_m running the caller's G), NULL if the table is full. */
static vm_mslot *mslot(mg_vm *vm, void *m) {
    if (!m) return NULL;
    uint64_t h = ((uint64_t)(uintptr_t)m >> 4) * 0x9E3779B97F4A7C15ULL >> 58;
    for (unsigned k = 0; k < VM_MSLOTS; k++) {
        vm_mslot *sl = &vm->mslots[(h + k) % VM_MSLOTS];
        void *cur = atomic_load_explicit(&sl->m, memory_order_acquire);
        if (cur == m) return sl;
        if (cur == NULL) {
            if (atomic_compare_exchange_strong(&sl->m, &cur, m) || cur == m) return sl;
        }
    }
    return NULL;
}

typedef struct vm_old_stack {
    struct vm_old_stack *next;
    mg_word *block;
    int64_t words;
} vm_old_stack;

void vm_g_old_stack(mg_g *g, mg_word *block, int64_t words) {
    vm_old_stack *o = mg_alloc(sizeof *o);
    o->next = g->old_stacks;
    o->block = block;
    o->words = words;
    g->old_stacks = o;
}

void vm_g_old_stacks_clear(mg_g *g) {
    for (vm_old_stack *o = g->old_stacks; o; o = o->next)
        memset(o->block, 0, sizeof(mg_word) * (size_t)o->words);
    g->old_stacks = NULL;
}

/* A G that just ended drops what it references at once (its stack, frame records, defers),
 * not when its M next runs and frees it (g_free): until then stale pointers in it would
 * keep dead objects alive, and their finalizers waiting. */
static void g_scrub(mg_g *g) {
    if (g->stack_words > G_REUSE_MAX_STACK || g->frames != g->frames0) {
        g->stack = NULL; /* not reused (g_free): nothing reads the stack again */
        g->frames = NULL;
    } else {
        memset(g->stack, 0, sizeof(mg_word) * (size_t)g->stack_words);
        memset(g->frames0, 0, sizeof(vm_frame) * (size_t)g->frames_cap);
    }
    vm_g_old_stacks_clear(g);
    g->nframes = 0;
    g->defers = NULL;
    g->panic = NULL;
    g->pending_panic = (mg_iface){0};
}

/* Clears a dead G for reuse (nothing else references it any more; g_scrub already cleared
 * its stack) and frees it into sl. */
static void g_free(mg_vm *vm, vm_mslot *sl, mg_g *g) {
    if (g->stack_words > G_REUSE_MAX_STACK || g->frames != g->frames0) {
        rt_g_release(vm->sched, &g->rt); /* let the GC have it */
        return;
    }
    /* clear the scheduler's part, except the all-Gs links (other Ms update them under
     * the list's lock) and the list flags */
    uint8_t flags = g->rt.allg_flags;
    /* status stays RT_G_DEAD (read concurrently by rt_for_each_g: dumps skip the G) */
    memset(&g->rt.wait_reason, 0, offsetof(rt_g, allnext) - offsetof(rt_g, wait_reason));
    memset(&g->rt.sudog, 0, sizeof g->rt - offsetof(rt_g, sudog));
    g->rt.allg_flags = flags;
    g->rt.vm_g = g;
    g->budget = VM_BUDGET;
    g->signals = 0;
    g->native_depth = g->native_floor = g->ntop = 0;
    g->created_by = NULL;
    g->sig = false;
    g->resume = RESUME_NONE;
    g->free_link = sl->free;
    sl->free = g;
    if (sl->nfree++ == 0) sl->last = g;
    if (sl->nfree >= VM_GFREE_MAX) {
        /* hand the whole local list to the shared one (its tail is known: no walk) */
        pthread_mutex_lock(&vm->gfree_lock);
        bool keep = vm->ngfree < VM_GFREE_SHARED_MAX;
        if (keep) {
            sl->last->free_link = vm->gfree;
            if (!vm->gfree) vm->gfree_last = sl->last;
            vm->gfree = sl->free;
            vm->ngfree += sl->nfree;
        }
        pthread_mutex_unlock(&vm->gfree_lock);
        for (mg_g *d = keep ? NULL : sl->free; d; d = d->free_link)
            rt_g_release(vm->sched, &d->rt); /* enough kept: let the GC have them */
        sl->free = sl->last = NULL;
        sl->nfree = 0;
    }
}

/* A cleared G from the calling M's free list (refilled from the shared one), or NULL. */
static mg_g *g_get(mg_vm *vm, vm_mslot *sl) {
    if (!sl) return NULL;
    if (!sl->free && vm->ngfree > 0) {
        /* take the whole shared list: O(1), no walk over cold Gs under the lock */
        pthread_mutex_lock(&vm->gfree_lock);
        sl->free = vm->gfree;
        sl->last = vm->gfree_last;
        sl->nfree = vm->ngfree;
        vm->gfree = vm->gfree_last = NULL;
        vm->ngfree = 0;
        pthread_mutex_unlock(&vm->gfree_lock);
    }
    mg_g *g = sl->free;
    if (g) {
        sl->free = g->free_link;
        sl->nfree--;
        g->free_link = NULL;
    }
    return g;
}

void vm_go(mg_g *parent, mg_closure *cl, const mg_word *args, int nargs) {
    mg_vm *vm = parent->vm;
    const mg_func *fn = cl->fn;
    int64_t words = fn->native ? nargs + fn->result_words : fn->proto->nregs;
    if (words < nargs) words = nargs;
    words += 8; /* room for a leaf call (vm_g_new adds what its size class leaves free) */
    mg_g *g = g_get(vm, mslot(vm, parent->rt.m));
    if (!g) {
        g = vm_g_new(vm, words);
        g->rt.allg_flags = RT_ALLG_KEEP; /* reused when dead: it stays on the all-Gs list */
    }
    const vm_frame *pf = &parent->frames[parent->nframes - 1];
    g->created_by = pf->proto;
    g->created_line = vm_frame_line(pf);
    g->created_goid = (int32_t)parent->id;
    if (fn->native) {
        g->entry_native = cl;
        if (nargs) memcpy(g->stack, args, sizeof(mg_word) * (size_t)nargs);
    } else if (!vm_push_frame(g, fn, cl, 0, args, nargs, FR_BOTTOM)) {
        vm_stack_overflow(parent);
        return;
    }
    if (parent->rt.race) vm_race_go(parent, g); /* -race: before the child can run */
    rt_spawn(vm->sched, &g->rt);
    g->id = g->rt.goid + GOID_OFFSET;
    if (g->rt.race) vm_race_spawned(g);
}

/* main.main returned: the program ends now, whatever the other goroutines do. */
static void main_returned(mg_vm *vm) {
    if (vm_begin_die(vm)) {
        vm->main_done = true;
        vm_close_output(vm);
    }
}

/* -leaks: how long goroutines that are still runnable or sleeping get to finish after main
 * returned (goleak's retry), polled every millisecond by the main G. */
#define LEAK_SETTLE_NS 500000000LL
#define LEAK_POLL_NS   1000000LL

static void count_unsettled(void *arg, rt_g *rg) {
    mg_g *g = rg->vm_g;
    if (g->is_main) return;
    uint32_t st = atomic_load(&rg->status);
    bool blocked = (st == RT_G_WAITING || st == RT_G_PARKING) && rg->wait_reason != RT_WAIT_SLEEP;
    if (!blocked) ++*(int *)arg;
}

/* The main G after main.main returned under -leaks: true when every other goroutine is
 * blocked (or has ended) or the time is up; else the main G sleeps a little (RT_PARK). */
static bool leaks_settled(mg_vm *vm, mg_g *g, rt_status *st) {
    *st = RT_DONE;
    int unsettled = 0;
    rt_for_each_g(vm->sched, count_unsettled, &unsettled);
    if (unsettled == 0 || rt_now(vm->sched) >= vm->leak_deadline) return true;
    *st = rt_sleep(vm->sched, &g->rt, LEAK_POLL_NS);
    return false;
}

static rt_run_result run_g_inner(mg_vm *vm, mg_g *g);

/* Records a runtime failure as the run's end unless another reason came first. */
static void end_runtime_error(mg_vm *vm) {
    int none = 0;
    atomic_compare_exchange_strong(&vm->end_status, &none, MG_ERR_RUNTIME);
}

/* The scheduler's run callback (sched.h): runs g on the calling M until it parks, yields
 * or exits. */
static rt_run_result run_g(void *user, rt_g *rg) {
    mg_vm *vm = user;
    mg_g *g = rg->vm_g;
    vm_mslot *sl = mslot(vm, rg->m);
    if (sl && sl->dead) {
        /* the G this M ran last ended; the scheduler is done with it by now */
        g_free(vm, sl, sl->dead);
        sl->dead = NULL;
    }
    vm_escape esc;
    vm_escape_push(&esc, g);
    if (setjmp(esc.jb)) {
        /* out of memory (limits.c): the report is made, the G never resumes */
        vm_escape_pop(&esc);
        rt_sched_stop(vm->sched);
        return RT_RUN_EXITED;
    }
    rt_run_result r = run_g_inner(vm, g);
    vm_escape_pop(&esc);
    vm_fin_poll(); /* finalizers an automatic collection found */
    if (r == RT_RUN_EXITED && g->rt.race && !g->is_main) vm_race_exit(g);
    if (r == RT_RUN_EXITED && !g->is_main && !atomic_load(&vm->dying)) {
        g_scrub(g);
        if (sl) sl->dead = g;
    }
    return r;
}

static rt_run_result run_g_inner(mg_vm *vm, mg_g *g) {
    rt_g *rg = &g->rt;
    if ((g->resume & ~RESUME_IN_PANIC) == RESUME_RETRY) {
        /* g->retry shares entry_native's word. With frames, interp redoes the call. */
        if (g->nframes > 0) goto interp;
        /* `go nativeFn(args)` parked asking to run again */
        vm_native_retry(g);
        if (g->signals & GSIG_DIE) rt_sched_stop(vm->sched);
        if (g->signals & GSIG_PARK) return RT_RUN_PARKED;
        return RT_RUN_EXITED;
    }
    if (g->entry_native) {
        /* `go nativeFn(args)`: a native is a leaf; run it and end */
        mg_closure *cl = g->entry_native;
        g->entry_native = NULL;
        int pw = cl->fn->param_words;
        g->ntop = pw + cl->fn->result_words;
        cl->fn->native(&g->nc, g->stack, g->stack + pw);
        if (g->signals & GSIG_DIE) rt_sched_stop(vm->sched);
        if (g->signals & GSIG_PARK) return RT_RUN_PARKED; /* resumed with no frames: ends */
        return RT_RUN_EXITED;
    }
    while (g->is_main && vm->leak_deadline) {
        rt_status st;
        if (leaks_settled(vm, g, &st)) return RT_RUN_EXITED;
        if (st == RT_PARK) return RT_RUN_PARKED;
    }
interp:
    for (;;) {
        if (g->nframes == 0) return RT_RUN_EXITED;
        switch (vm_interp(g)) {
        case VM_STOP_YIELD: return RT_RUN_YIELDED; /* Gosched already called rt_gosched */
        case VM_STOP_PARK: return RT_RUN_PARKED;
        case VM_STOP_EXIT:
            if (!g->is_main) return RT_RUN_EXITED;
            if (vm->main_goexit) {
                /* main called Goexit: the others run on; the deadlock check reports "no
                 * goroutines" once they are all gone */
                g->nframes = 0;
                return rt_park_forever(vm->sched, rg, RT_WAIT_NONE) == RT_PARK ? RT_RUN_PARKED
                                                                               : RT_RUN_EXITED;
            }
            if (!g->in_main) {
                g->in_main = true;
                g->nframes = 0;
                vm->inited = true;
                if (vm->entry) {
                    if (!vm_push_frame(g, vm->entry, NULL, 0, vm->entry_args, vm->entry_nargs,
                                       FR_BOTTOM)) {
                        vm_stack_overflow(g);
                        rt_sched_stop(vm->sched);
                        return RT_RUN_EXITED;
                    }
                    continue;
                }
            }
            main_returned(vm);
            if (vm->opt.leaks && vm->main_done) {
                /* let goroutines that are about to finish do so before the report */
                g->nframes = 0;
                vm->leak_deadline = rt_now(vm->sched) + LEAK_SETTLE_NS;
                rt_status st;
                while (!leaks_settled(vm, g, &st))
                    if (st == RT_PARK) return RT_RUN_PARKED;
            }
            return RT_RUN_EXITED;
        default: /* DIE (a stray NATIVE/PANIC cannot happen at the bottom) */
            if (!vm->exiting && vm_begin_die(vm)) {
                vm->exiting = true;
                vm->exit_code = 2;
                end_runtime_error(vm);
            }
            rt_sched_stop(vm->sched);
            return RT_RUN_EXITED;
        }
    }
}

/* The run outlasts its first time slice: now a SIGQUIT watcher is worth its thread. */
static void long_run_cb(void *user) {
    mg_vm *vm = user;
    vm_quit_watch_arm(vm->quit_watch);
}

static void deadlock_cb(void *user) {
    vm_deadlock_report(user);
    end_runtime_error(user);
}

/* -trace: who a G is, for the trace's lane names (runtime/trace.h). */
static void describe_cb(void *user, rt_g *rg, rt_gdesc *d) {
    mg_g *g = rg->vm_g;
    const mg_func *fn = g->entry_native                    ? g->entry_native->fn
                        : g->nframes && g->frames[0].proto ? g->frames[0].proto->fn
                                                           : NULL;
    d->id = g->is_main ? 1 : rg->goid + GOID_OFFSET;
    d->fn = g->is_main ? "main.main" : fn && fn->name ? fn->name : "?";
    d->parent = g->is_main ? 0 : g->created_goid;
    d->file = g->created_by ? g->created_by->file : NULL;
    d->line = g->created_line;
}

int mg_run_main(mg_vm *vm) {
    int status = 2;
    mg_run(vm, &status);
    return status;
}

mg_status mg_vm_status(mg_vm *vm) {
    return vm ? (mg_status)atomic_load(&vm->end_status) : MG_ERR_STATE;
}

void mg_vm_stop(mg_vm *vm) {
    if (!vm) return;
    vm_end_from_host(vm, MG_STOPPED);
    /* after stop_req is set: a direct call that sees the hint finds the request under the
     * lock, and one that clears a stale hint cannot lose a stop still on its way */
    atomic_store(&vm->stop_pending, true);
    vm_chan_kick_all(vm, MG_STOPPED); /* after hc_end is set (in vm_end_from_host) */
}

/* The mg_status a finished run ended with: the one its winning report recorded
 * (panics, fatal errors, limits, stop); else main returned or os.Exit was called, or a
 * report that sets none (deadlock, SIGQUIT) made the exit status 2. */
static mg_status run_end_status(mg_vm *vm) {
    int st = atomic_load(&vm->end_status);
    if (st == 0) st = atomic_load(&vm->quit_req) ? MG_ERR_RUNTIME : MG_OK;
    atomic_store(&vm->end_status, st);
    return (mg_status)st;
}

mg_status mg_run(mg_vm *vm, int *exit_status) {
    int dummy;
    if (!exit_status) exit_status = &dummy;
    *exit_status = 2;
    if (!vm) return MG_ERR_STATE;
    if (!vm->prog) {
        set_error_text(vm, "minigo: no program loaded\n");
        return MG_ERR_STATE;
    }
    if (vm->ran) {
        set_error_text(vm, "minigo: main already ran\n");
        return MG_ERR_STATE;
    }
    vm->ran = true;
    return vm_run_entry(vm, vm->prog->main, NULL, 0, exit_status);
}

/* Clears what a previous run (mg_run or mg_call) left: its end, its limits' counters, and
 * its dead Gs (they belong to the scheduler that ran them). */
static void reset_run_state(mg_vm *vm) {
    atomic_store(&vm->dying, false);
    atomic_store(&vm->quit_req, false);
    atomic_store(&vm->end_status, 0);
    vm->exiting = vm->main_done = vm->main_goexit = vm->timeout_fired = false;
    vm->exit_code = 0;
    vm->leak_deadline = 0;
    vm->out_closed = false;
    atomic_store(&vm->ticks, 0);
    atomic_store(&vm->heap_since, 0);
    atomic_store(&vm->heap_live, 0);
    memset(vm->mslots, 0, sizeof vm->mslots);
    vm->gfree = vm->gfree_last = NULL;
    atomic_store(&vm->ngfree, 0);
}

mg_status vm_run_entry(mg_vm *vm, const mg_func *entry, const mg_word *args, int nargs,
                       int *exit_status) {
    *exit_status = 2;
    if (vm->entered) reset_run_state(vm);
    vm->entered = true;
    pthread_mutex_lock(&vm->ctl_lock);
    bool stopped = vm->stop_req;
    vm->stop_req = false;                       /* a stop applies to one run */
    if (!stopped) atomic_store(&vm->hc_end, 0); /* host channel calls work again */
    pthread_mutex_unlock(&vm->ctl_lock);
    if (stopped) {
        atomic_store(&vm->end_status, MG_STOPPED);
        return MG_STOPPED;
    }
    vm->entry = entry;
    vm->entry_args = args;
    vm->entry_nargs = nargs;
    const mg_func *first = !vm->inited && vm->prog->init ? vm->prog->init : entry;
    if (!first) {
        *exit_status = 0;
        return MG_OK;
    }
    /* the calling thread becomes M0: it must be known to the GC */
    bool registered = vm_thread_enter();

    rt_callbacks cb = {.run = run_g,
                       .deadlock = deadlock_cb,
                       .long_run = long_run_cb,
                       .host_may_wake = vm_chan_host_may_wake};
    vm->det = vm->opt.deterministic != 0;
    if (vm->gomaxprocs <= 0) vm->gomaxprocs = default_gomaxprocs();
    rt_sched *s = rt_sched_new(vm->det ? 1 : vm->gomaxprocs, &cb, vm);
    if (!vm->prog->spawns) rt_sched_set_no_spare(s);
    pthread_mutex_lock(&vm->ctl_lock);
    vm->sched = s;
    vm->sched_live = true; /* from now on mg_vm_stop stops it */
    bool stop_now = vm->stop_req;
    pthread_mutex_unlock(&vm->ctl_lock);
    if (vm->det) {
        rt_sched_set_seed(s, vm->opt.seed);
        atomic_store(&vm->rand_state, rt_sched_rand(s)); /* map iteration order */
    }
    mg_g *g = vm_g_new(vm, 1024);
    g->is_main = true;
    g->id = 1;
    g->in_main = first == entry;
    vm->main_g = g;
    if (vm->opt.race) vm_race_init(vm, g);
    if (vm->opt.trace) rt_trace_start(s, describe_cb);
    int r = 2;
    if (!vm_push_frame(g, first, NULL, 0, first == entry ? args : NULL, first == entry ? nargs : 0,
                       FR_BOTTOM)) {
        vm_stack_overflow(g);
    } else {
        vm_quit_watch *w = vm_quit_watch_start(vm);
        vm->quit_watch = w;
        vm_run_begin(vm);
        if (stop_now) vm_end_from_host(vm, MG_STOPPED);
        r = rt_sched_run_main(s, &g->rt);
        vm_run_end(vm);
        vm->quit_watch = NULL; /* the Ms are gone: nobody arms it any more */
        vm_quit_watch_stop(w);
    }
    if (vm->timeout_fired) vm_all_dump(vm, "fatal error: wall-clock limit exceeded\n");
    pthread_mutex_lock(&vm->ctl_lock);
    /* the run's goroutines are gone: channels the host keeps must not hand them values
     * (host channel operations read sched under ctl_lock, so they see either the live
     * scheduler or no waiting goroutine) */
    rt_sched_drop_waiters(s);
    vm->sched_live = false; /* the reports below still read the stopped scheduler */
    vm->stop_req = false;
    pthread_mutex_unlock(&vm->ctl_lock);
    if (vm->opt.trace && rt_trace_write(s, vm->opt.trace) != 0)
        fprintf(stderr, "minigo: cannot write the trace %s: %s\n", vm->opt.trace, strerror(errno));
    vm_fin_run_end(vm);
    rt_sched_free(s);
    if (atomic_load(&vm->quit_req) && vm_begin_die(vm)) {
        vm_quit_dump(vm);
        vm->exiting = true;
        vm->exit_code = 2;
    }
    vm_flush(vm);
    int status = vm->exiting ? vm->exit_code : r == 1 ? 2 : 0;
    if (vm->race) status = vm_race_finish(vm, status);
    if (vm->main_done && vm->opt.leaks && vm_leak_report(vm) > 0) status = 3;
    vm_flush(vm);
    vm_thread_leave(registered);
    *exit_status = status;
    return run_end_status(vm);
}

/* ---------- services for natives (value.h) ---------- */

mg_vm *mg_ncall_vm(mg_ncall *c) {
    return c->vm;
}

const char *const *mg_vm_environ(mg_vm *vm) {
    return vm->opt.env;
}

int mg_vm_argv(mg_vm *vm, const char *const **argv) {
    *argv = vm->opt.argv;
    return vm->opt.argc;
}

void mg_vm_exit(mg_ncall *c, int code) {
    mg_vm *vm = c->vm;
    if (vm_begin_die(vm)) {
        vm->exit_code = code;
        vm->exiting = true;
        vm_close_output(vm);
    }
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

void mg_native_nil_deref(mg_ncall *c) {
    mg_native_runtime_error(c, "invalid memory address or nil pointer dereference");
    c->g->signals |= GSIG_NIL;
}

bool mg_native_call(mg_ncall *c, mg_closure *fn, const mg_word *args, int nargs, mg_word *res,
                    int nres) {
    if (!fn) {
        mg_native_nil_deref(c);
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
        g->signals &= ~(uint32_t)(GSIG_PANIC | GSIG_NIL);
        return true;
    }
    if (!(g->signals & GSIG_UNWIND) || !g->panic) return false;
    *value = g->panic->value;
    g->panic = g->panic->link;
    while (g->panic && g->panic->aborted)
        g->panic = g->panic->link;
    if (!g->panic) g->sig = false;
    g->signals &= ~(uint32_t)GSIG_UNWIND;
    return true;
}

/* ---------- natives that wait (value.h) ---------- */

struct rt_sched *mg_ncall_sched(mg_ncall *c) {
    return c->vm->sched;
}

struct rt_g *mg_ncall_rtg(mg_ncall *c) {
    return &c->g->rt;
}

void mg_native_park(mg_ncall *c) {
    c->g->signals |= GSIG_PARK;
}

bool mg_native_in_callback(mg_ncall *c) {
    return c->g->native_depth > 0;
}

void mg_native_park_retry(mg_ncall *c, mg_native_fn fn, const mg_word *args, int nargs,
                          int64_t state) {
    mg_g *g = c->g;
    if (nargs > VM_RETRY_MAX_ARGS) {
        mg_native_fatal(c, "runtime: native retry with too many arguments");
        return;
    }
    /* a fresh record each time: the G may be in the middle of the previous one's call */
    vm_retry *r = mg_alloc(sizeof *r);
    r->fn = fn;
    r->state = state;
    r->nargs = nargs;
    memcpy(r->args, args, sizeof(mg_word) * (size_t)nargs);
    g->retry = r;
    g->resume = RESUME_RETRY;
    g->signals |= GSIG_PARK;
}

int64_t mg_native_retry_state(mg_ncall *c) {
    vm_retry *r = c->g->retry;
    return r ? r->state : 0;
}

void vm_native_retry(mg_g *g) {
    vm_retry *r = g->retry;
    g->resume = RESUME_NONE;
    g->signals &= ~(uint32_t)GSIG_PARK; /* left set by a `go nativeFn()` that parked */
    int64_t at = 0;
    if (g->nframes > 0) {
        const vm_frame *top = &g->frames[g->nframes - 1];
        at = top->base + top->proto->nregs;
    }
    if (at + r->nargs > g->stack_words && !vm_g_grow(g, at, r->nargs)) {
        vm_stack_overflow(g);
        return;
    }
    mg_word *a = g->stack + at;
    memcpy(a, r->args, sizeof(mg_word) * (size_t)r->nargs);
    g->ntop = (int32_t)(at + r->nargs);
    r->fn(&g->nc, a, a + r->nargs);
    /* parking again installed a new record; otherwise the wait is over */
    if (g->retry == r) g->retry = NULL;
}

void mg_native_yield(mg_ncall *c) {
    rt_gosched(c->vm->sched, &c->g->rt);
    c->g->signals |= GSIG_YIELD;
}
