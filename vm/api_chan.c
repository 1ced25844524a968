/* api_chan.c - channels across the embedding boundary (include/minigo.h: mg_new_chan,
 * mg_chan_*): host threads sending, receiving and closing on minigo channels, and what
 * the scheduler's deadlock check asks of the host side (vm_chan_host_may_wake).
 *
 * A host operation is the goroutine's operation with a pseudo-G (runtime/chan.h,
 * rt_hwaiter) on the host thread's stack: it is queued on the channel like a parked G,
 * and whoever completes it wakes the thread through the record's futex word. So a
 * blocked host thread holds no M and no P, and goroutines, closes and other host
 * threads complete host operations by the very code that completes goroutines'.
 *
 * Invariants:
 *   - the non-blocking part of an operation runs under vm->ctl_lock and takes the
 *     scheduler from there (vm->sched while sched_live, else NULL); the end of a run
 *     drops its goroutines from every wait queue under the same lock
 *     (rt_sched_drop_waiters), so an operation never readies a goroutine of a
 *     finished run, and with no run live only host waiters can be queued;
 *   - a blocked waiter is on vm->hc_waiters (under hc_lock) from before it is queued
 *     until after it is done, so mg_vm_stop, the time limit and mg_vm_free can kick
 *     every one of them; a waiter linked after such a kick sees the flag it set
 *     (hc_end, hc_closing: set before the kick takes hc_lock) and kicks itself;
 *   - vm->hc_ops counts the operations in flight (atomic); mg_vm_free sets
 *     hc_closing and waits for 0;
 *   - vm->hc_active counts the operations that are acting, i.e. in flight and not
 *     parked on a channel: from op_begin to op_end, less the time parked; whoever
 *     readies a parked host waiter counts it back in before waking it (chan.c). Its
 *     gen counts every start of acting. When n drops to 0 after the deadlock check
 *     passed on it (hc_veto_act), the check runs again;
 *   - the calling thread is registered with the GC for the operation (vm_thread_enter):
 *     the value words on its stack, and a waiter's, must be seen by the collector.
 *
 * Deadlock (vm_chan_host_may_wake, called by the last M to go idle when nothing is
 * runnable and no timer is pending): the host can still wake a goroutine only if some
 * goroutine is parked on a channel (or in a select with a channel) that a live handle
 * reaches, or a host operation is acting (it may be readying a goroutine, which is then
 * on no queue for a moment, or hold a channel value in transit on its stack). A host
 * function running keeps its M busy, so it never gets here. What the host can reach
 * only shrinks while every goroutine sleeps: new handles come from live ones (mg_field,
 * mg_retain, ...) or from an acting operation, so the answer stands until a handle is
 * released or an operation ends, and both run the check again (when the answer rested
 * on them: hc_veto_reach, hc_veto_act). The walk reads values no goroutine is changing;
 * a host operation acting when the check begins, or one that starts during it (gen
 * changes), makes the answer "may wake" even if it ends before the walk is over (the
 * handle it made may be one the walk had passed), and its end runs the check again.
 */
#include "gc_glue.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"
#include "object.h"
#include "proto.h"
#include "rtype.h"
#include "runtime/chan.h"
#include "vm.h"

/* ---------- lifetime ---------- */

void vm_chan_init(mg_vm *vm) {
    pthread_mutex_init(&vm->hc_lock, NULL);
    pthread_mutex_init(&vm->hc_hlock, NULL);
    pthread_cond_init(&vm->hc_idle, NULL);
    vm->hc_active = calloc(1, sizeof *vm->hc_active);
    if (!vm->hc_active) abort();
}

/* Wakes every blocked host waiter: its call returns status (caller holds hc_lock). */
static void kick_locked(mg_vm *vm, int status) {
    for (rt_hwaiter *w = vm->hc_waiters; w; w = w->next) {
        w->kick_status = status;
        rt_hwaiter_kick(w);
    }
}

void vm_chan_kick_all(mg_vm *vm, int status) {
    pthread_mutex_lock(&vm->hc_lock);
    kick_locked(vm, status);
    pthread_mutex_unlock(&vm->hc_lock);
}

/* An operation is over: the last one out wakes a waiting mg_vm_free (under hc_lock,
 * which it holds while it checks the count, so the wake-up is not lost). */
static void op_done(mg_vm *vm) {
    if (atomic_fetch_sub(&vm->hc_ops, 1) == 1 && atomic_load(&vm->hc_closing)) {
        pthread_mutex_lock(&vm->hc_lock);
        pthread_cond_broadcast(&vm->hc_idle);
        pthread_mutex_unlock(&vm->hc_lock);
    }
}

void vm_chan_free(mg_vm *vm) {
    atomic_store(&vm->hc_closing, true);
    pthread_mutex_lock(&vm->hc_lock);
    kick_locked(vm, MG_STOPPED);
    while (atomic_load(&vm->hc_ops) > 0)
        pthread_cond_wait(&vm->hc_idle, &vm->hc_lock);
    pthread_mutex_unlock(&vm->hc_lock);
    vm_values_detach(vm);
    pthread_cond_destroy(&vm->hc_idle);
    pthread_mutex_destroy(&vm->hc_lock);
    pthread_mutex_destroy(&vm->hc_hlock);
    free(vm->hc_active);
    GC_FREE(vm->hc_types);
}

/* Makes the scheduler run its deadlock check again if every M is idle. */
static void recheck(mg_vm *vm) {
    pthread_mutex_lock(&vm->ctl_lock);
    if (vm->sched_live) rt_sched_recheck_dead(vm->sched);
    pthread_mutex_unlock(&vm->ctl_lock);
}

/* Only when the last check passed on a reachable channel: a release cannot matter
 * otherwise (and a handle-heavy host pays nothing). */
void vm_chan_released(mg_vm *vm) {
    if (atomic_exchange(&vm->hc_veto_reach, false)) recheck(vm);
}

/* Counting an operation in and out of acting (see the invariants). */
static void act_begin(mg_vm *vm) {
    atomic_fetch_add(&vm->hc_active->gen, 1);
    atomic_fetch_add(&vm->hc_active->n, 1);
}

static void act_end(mg_vm *vm) {
    if (atomic_fetch_sub(&vm->hc_active->n, 1) == 1 && atomic_exchange(&vm->hc_veto_act, false))
        recheck(vm);
}

/* ---------- deadlock: what the host can still reach ---------- */

/* May a value of type t hold a channel (directly or through pointers, elements, an
 * interface's dynamic value, a closure's captures)? path: the types being looked at
 * (a recursive type adds nothing by coming back to itself). */
static bool type_listed(const mg_rtype *t, const mg_rtype **path, int depth) {
    if (!t) return false;
    if (depth == 16) return true; /* deep enough: say yes */
    for (int i = 0; i < depth; i++)
        if (path[i] == t) return false;
    path[depth] = t;
    switch (t->kind) {
    case MK_CHAN:
    case MK_INTERFACE:
    case MK_FUNC:
    case MK_UNSAFEPTR: return true;
    case MK_POINTER:
    case MK_SLICE:
    case MK_ARRAY: return type_listed(t->elem, path, depth + 1);
    case MK_MAP:
        return type_listed(t->key, path, depth + 1) || type_listed(t->elem, path, depth + 1);
    case MK_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (type_listed(t->fields[i].type, path, depth + 1)) return true;
        return false;
    default: return false;
    }
}

bool vm_chan_type_listed(const mg_rtype *t) {
    switch (t->kind) { /* the common answers, without the walk */
    case MK_CHAN:
    case MK_INTERFACE: return true;
    case MK_STRUCT:
    case MK_POINTER:
    case MK_SLICE:
    case MK_ARRAY:
    case MK_MAP:
    case MK_FUNC:
    case MK_UNSAFEPTR: break;
    default: return false;
    }
    const mg_rtype *path[16];
    return type_listed(t, path, 0);
}

/* A value still to look into: one of an indirect kind (its words copied, so a slot the
 * host changes meanwhile is never read twice), or (boxed) the value a pointer points
 * at. */
typedef struct reach_item {
    const mg_rtype *t;
    bool boxed; /* w[0] points at a value of type t */
    mg_word w[3];
} reach_item;

typedef struct reach {
    rt_chan **blocked; /* the channels goroutines are parked on */
    int nblocked;
    uintptr_t *seen; /* open addressing, 0 free */
    size_t nseen, capseen;
    reach_item *work;
    size_t nwork, capwork;
    bool hit; /* a blocked channel is reachable, or something we cannot look into is */
} reach;

/* true the first time key is seen. */
static bool reach_mark(reach *r, uintptr_t key) {
    if (2 * (r->nseen + 1) > r->capseen) {
        size_t cap = r->capseen ? 2 * r->capseen : 256;
        uintptr_t *t = calloc(cap, sizeof *t);
        if (!t) abort();
        for (size_t i = 0; i < r->capseen; i++) {
            uintptr_t k = r->seen[i];
            if (!k) continue;
            size_t j = (k * 0x9E3779B97F4A7C15ULL >> 7) & (cap - 1);
            while (t[j])
                j = (j + 1) & (cap - 1);
            t[j] = k;
        }
        free(r->seen);
        r->seen = t;
        r->capseen = cap;
    }
    size_t j = (key * 0x9E3779B97F4A7C15ULL >> 7) & (r->capseen - 1);
    while (r->seen[j]) {
        if (r->seen[j] == key) return false;
        j = (j + 1) & (r->capseen - 1);
    }
    r->seen[j] = key;
    r->nseen++;
    return true;
}

static void reach_push(reach *r, const mg_rtype *t, bool boxed, const mg_word *w, int nw) {
    if (r->nwork == r->capwork) {
        r->capwork = r->capwork ? 2 * r->capwork : 64;
        r->work = realloc(r->work, sizeof *r->work * r->capwork);
        if (!r->work) abort();
    }
    reach_item *it = &r->work[r->nwork++];
    it->t = t;
    it->boxed = boxed;
    memcpy(it->w, w, sizeof(mg_word) * (size_t)nw);
}

/* The value of type t at w: inline parts now, indirect ones onto the work list. */
static void reach_value(reach *r, const mg_rtype *t, const mg_word *w) {
    if (r->hit || !t || !vm_chan_type_listed(t)) return;
    switch (t->kind) {
    case MK_CHAN: {
        rt_chan *c = w[0].p;
        if (!c) return;
        for (int i = 0; i < r->nblocked; i++)
            if (r->blocked[i] == c) {
                r->hit = true;
                return;
            }
        if (vm_chan_type_listed(t->elem) && reach_mark(r, (uintptr_t)c))
            reach_push(r, t, false, w, 1);
        return;
    }
    case MK_POINTER:
        if (w[0].p && reach_mark(r, (uintptr_t)w[0].p)) reach_push(r, t->elem, true, w, 1);
        return;
    case MK_SLICE:
        if (w[0].p && w[1].i > 0 && reach_mark(r, (uintptr_t)w[0].p ^ ((uintptr_t)w[1].i << 48)))
            reach_push(r, t, false, w, 3);
        return;
    case MK_MAP:
        if (w[0].p && reach_mark(r, (uintptr_t)w[0].p)) reach_push(r, t, false, w, 1);
        return;
    case MK_INTERFACE: {
        const mg_itab *tab = w[0].p;
        if (!tab) return;
        const mg_rtype *dt = tab->type;
        if (dt->words <= 1)
            reach_value(r, dt, w + 1);
        else if (w[1].p && reach_mark(r, (uintptr_t)w[1].p))
            reach_push(r, dt, true, w + 1, 1);
        return;
    }
    case MK_STRUCT:
        for (int i = 0; i < t->nfields && !r->hit; i++)
            reach_value(r, t->fields[i].type, w + t->fields[i].offset);
        return;
    case MK_ARRAY:
        if (mg_packed_size(t->elem->kind)) return; /* packed kinds hold no channel */
        for (int64_t i = 0; i < t->len && !r->hit; i++)
            reach_value(r, t->elem, w + i * t->elem->words);
        return;
    case MK_FUNC: {
        const mg_closure *cl = w[0].p;
        if (cl && cl->ncaptured > 0) r->hit = true; /* captures carry no types: assume so */
        return;
    }
    case MK_UNSAFEPTR:
        if (w[0].p) r->hit = true;
        return;
    default: return;
    }
}

typedef struct reach_buf {
    reach *r;
    const mg_rtype *elem;
} reach_buf;

static void reach_buffered(void *arg, const uint64_t *elem) {
    reach_buf *b = arg;
    reach_value(b->r, b->elem, (const mg_word *)elem);
}

static void reach_item_expand(reach *r, reach_item it) {
    const mg_rtype *t = it.t;
    if (it.boxed) {
        reach_value(r, t, it.w[0].p);
        return;
    }
    switch (t->kind) {
    case MK_CHAN: {
        reach_buf b = {r, t->elem};
        rt_chan_each_buffered(it.w[0].p, reach_buffered, &b);
        return;
    }
    case MK_SLICE: {
        mg_word tmp;
        for (int64_t i = 0; i < it.w[1].i && !r->hit; i++)
            reach_value(r, t->elem, mg_elem_at(t->elem, it.w[0].p, i, &tmp));
        return;
    }
    case MK_MAP: {
        mg_map_iter mi;
        mg_map_iter_init(&mi, it.w[0].p, 0);
        mg_word *k, *v;
        while (!r->hit && mg_map_iter_next(&mi, &k, &v)) {
            reach_value(r, t->key, k);
            reach_value(r, t->elem, v);
        }
        return;
    }
    default: return;
    }
}

static bool reach_handle(void *arg, const mg_rtype *t, const mg_word *w) {
    reach *r = arg;
    reach_value(r, t, w);
    while (!r->hit && r->nwork > 0)
        reach_item_expand(r, r->work[--r->nwork]);
    return r->hit;
}

/* The flags are raised before what they guard is read (seq_cst): an operation whose
 * end, or a release whose unlisting, comes too late for this check sees its flag, and
 * runs the check again. A pass on a reachable channel needs no rerun when an operation
 * ends (operations only add to what the host reaches), so the common case (a worker
 * waiting on a channel the host feeds) costs no extra wake-up per operation. */
bool vm_chan_host_may_wake(void *user, rt_sched *s) {
    mg_vm *vm = user;
    rt_hwactive *a = vm->hc_active;
    atomic_store(&vm->hc_veto_act, true);
    uint64_t gen = atomic_load(&a->gen);
    /* before the walk: an operation that ends during it may have made, after the walk
     * passed, the very handle the walk looked for */
    bool acting = atomic_load(&a->n) > 0;
    reach r = {0};
    bool reached = false;
    /* no handle that may reach a channel (the CLI, most hosts): no walk over the Gs */
    pthread_mutex_lock(&vm->hc_hlock);
    bool handles = vm->hc_handles != NULL;
    pthread_mutex_unlock(&vm->hc_hlock);
    if (handles) r.blocked = rt_blocked_chans(s, &r.nblocked);
    if (r.nblocked > 0) {
        atomic_store(&vm->hc_veto_reach, true);
        reached = vm_values_any_listed(vm, reach_handle, &r);
    }
    free(r.blocked);
    free(r.seen);
    free(r.work);
    if (reached) {
        atomic_store(&vm->hc_veto_act, false);
        return true;
    }
    /* an operation acting, or one that began meanwhile: it may be readying a goroutine
     * (runnable, on no queue yet: counted as neither blocked nor runnable), or hold or
     * have moved a channel value the walk looked for; its end checks again */
    return acting || atomic_load(&a->n) > 0 || atomic_load(&a->gen) != gen;
}

/* ---------- the element type ---------- */

/* The rtypes the loaded program can hand a host channel to: its named types, the
 * signatures of package main's functions and of the host functions, and every type
 * those mention, searched breadth first for `name`. */
typedef struct tsearch {
    const mg_rtype **seen;
    int n, cap;
} tsearch;

static void ts_add(tsearch *ts, const mg_rtype *t) {
    if (!t) return;
    for (int i = 0; i < ts->n; i++)
        if (ts->seen[i] == t) return;
    if (ts->n == ts->cap) {
        ts->cap = ts->cap ? 2 * ts->cap : 256;
        ts->seen = realloc(ts->seen, sizeof *ts->seen * (size_t)ts->cap);
        if (!ts->seen) abort();
    }
    ts->seen[ts->n++] = t;
}

static const mg_rtype *find_rtype(mg_vm *vm, const char *name) {
    const mg_program *p = vm->prog;
    tsearch ts = {0};
    for (int i = 0; i < p->nrtypes; i++)
        ts_add(&ts, p->rtypes[i]);
    for (int i = 0; i < p->nfuncs; i++)
        ts_add(&ts, p->funcs[i]->type);
    for (int i = 0; i < vm->nhosts; i++)
        ts_add(&ts, vm_host_type(vm, i));
    const mg_rtype *found = NULL;
    for (int i = 0; i < ts.n && !found; i++) {
        const mg_rtype *t = ts.seen[i];
        if (strcmp(t->name, name) == 0) {
            found = t;
            break;
        }
        ts_add(&ts, t->elem);
        ts_add(&ts, t->key);
        ts_add(&ts, t->ptr_to);
        for (int k = 0; k < t->nfields; k++)
            ts_add(&ts, t->fields[k].type);
        for (int k = 0; k < t->nparams; k++)
            ts_add(&ts, t->params[k]);
        for (int k = 0; k < t->nresults; k++)
            ts_add(&ts, t->results[k]);
        for (int k = 0; k < t->nimethods; k++)
            ts_add(&ts, t->imethods[k].mtype);
        for (int k = 0; k < t->nmethods; k++)
            ts_add(&ts, t->methods[k].mtype);
    }
    free(ts.seen);
    return found;
}

/* `chan elem`: the program's own descriptor when it has one (the compiler lists every
 * chan type the program mentions, so a host channel's dynamic type is the very rtype a
 * `x.(chan T)` or a type switch compares with), else one made once per VM for that name
 * (no code of the program can name the type then; the handles keep it alive). */
static const mg_rtype *chan_type(mg_vm *vm, const char *elem_name) {
    if (strcmp(elem_name, "any") == 0) elem_name = "interface {}"; /* the alias's type */
    size_t len = strlen(elem_name);
    char *name = mg_alloc_atomic(len + 6);
    memcpy(name, "chan ", 5);
    memcpy(name + 5, elem_name, len + 1);
    const mg_rtype *ct = find_rtype(vm, name);
    if (ct && ct->kind == MK_CHAN && ct->chan_dir == CHAN_BOTH) return ct;
    pthread_mutex_lock(&vm->hc_hlock);
    for (int i = 0; i < vm->hc_ntypes; i++)
        if (strcmp(vm->hc_types[i]->name, name) == 0) {
            ct = vm->hc_types[i];
            pthread_mutex_unlock(&vm->hc_hlock);
            return ct;
        }
    const mg_rtype *elem = find_rtype(vm, elem_name);
    mg_rtype *r = NULL;
    if (elem) {
        /* the array is uncollectable GC memory, so the collector sees the types through
         * it; once the VM frees it, a type lives as long as a handle or value uses it */
        size_t size = sizeof *vm->hc_types * (size_t)(vm->hc_ntypes + 1);
        const mg_rtype **types = vm->hc_types ? GC_REALLOC(vm->hc_types, size) /* kind kept */
                                              : GC_MALLOC_UNCOLLECTABLE(size);
        if (!types) abort();
        vm->hc_types = types;
        r = mg_alloc(sizeof *r);
        r->kind = MK_CHAN;
        r->words = 1;
        r->name = name;
        r->pkgpath = "";
        r->comparable = true;
        r->pointers = true;
        r->elem = elem;
        r->chan_dir = CHAN_BOTH;
        r->self_itab.type = r;
        vm->hc_types[vm->hc_ntypes++] = r;
    }
    pthread_mutex_unlock(&vm->hc_hlock);
    return r;
}

static void chan_error(mg_vm *vm, const char *fmt, const char *arg) {
    char buf[512];
    int n = snprintf(buf, sizeof buf, fmt, arg);
    vm_set_error(vm, buf, n < 0 ? 0 : (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

mg_value *mg_new_chan(mg_vm *vm, const char *elem_type, size_t cap) {
    if (!vm) return NULL;
    if (!vm->prog) {
        chan_error(vm, "minigo: mg_new_chan: no program loaded%s\n", "");
        return NULL;
    }
    if (cap > (size_t)1 << 40) {
        chan_error(vm, "minigo: mg_new_chan: capacity out of range%s\n", "");
        return NULL;
    }
    bool reg = vm_thread_enter();
    mg_value *v = NULL;
    const mg_rtype *ct = elem_type ? chan_type(vm, elem_type) : NULL;
    if (!ct) {
        chan_error(vm, "minigo: mg_new_chan: the program has no type %s\n",
                   elem_type ? elem_type : "(NULL)");
    } else {
        mg_word w = {.p = rt_chan_new(ct->elem->words, (int64_t)cap, ct->elem->pointers)};
        v = vm_value_typed(vm, ct, &w);
    }
    vm_thread_leave(reg);
    return v;
}

/* ---------- operations ---------- */

typedef enum { OP_BLOCK, OP_TRY, OP_TIMEOUT } op_mode;

/* The channel of handle ch for a send (or receive, or close), or NULL after setting
 * mg_error. */
static rt_chan *op_chan(mg_vm *vm, mg_value *ch, int dir_forbidden, const char *what,
                        const mg_rtype **t) {
    *t = NULL;
    rt_chan *c = ch ? vm_value_chan(ch, t) : NULL;
    if (!c) {
        chan_error(vm, *t ? "minigo: %s: nil channel\n" : "minigo: %s: not a channel\n", what);
        return NULL;
    }
    if ((*t)->chan_dir == dir_forbidden) {
        chan_error(vm, "minigo: %s: wrong direction for the channel\n", what);
        return NULL;
    }
    return c;
}

/* Counts an operation in: MG_OK, or the status it fails with at once (MG_STOPPED once
 * mg_vm_free began; hc_end after a stop or the time limit). Atomics, not hc_lock: the
 * count is raised before closing is read, and mg_vm_free sets closing before it reads
 * the count, so one of them sees the other. */
static mg_status op_begin(mg_vm *vm) {
    atomic_fetch_add(&vm->hc_ops, 1);
    int end = atomic_load(&vm->hc_end);
    if (atomic_load(&vm->hc_closing) || end) {
        op_done(vm);
        return end ? (mg_status)end : MG_STOPPED;
    }
    act_begin(vm);
    return MG_OK;
}

static void op_end(mg_vm *vm) {
    act_end(vm);
    op_done(vm);
}

static void waiter_link(mg_vm *vm, rt_hwaiter *w) {
    pthread_mutex_lock(&vm->hc_lock);
    w->prev = NULL;
    w->next = vm->hc_waiters;
    if (w->next) w->next->prev = w;
    vm->hc_waiters = w;
    /* mg_vm_free, mg_vm_stop and the time limit set closing or hc_end before they kick
     * the list under this lock: a waiter linked after that kick must not sleep */
    int end = atomic_load(&vm->hc_end);
    if (atomic_load(&vm->hc_closing) || end) {
        w->kick_status = end ? end : MG_STOPPED;
        rt_hwaiter_kick(w);
    }
    pthread_mutex_unlock(&vm->hc_lock);
}

static void waiter_unlink(mg_vm *vm, rt_hwaiter *w) {
    pthread_mutex_lock(&vm->hc_lock);
    if (w->prev)
        w->prev->next = w->next;
    else
        vm->hc_waiters = w->next;
    if (w->next) w->next->prev = w->prev;
    pthread_mutex_unlock(&vm->hc_lock);
}

static int64_t deadline_of(op_mode mode, long long timeout_ns) {
    if (mode != OP_TIMEOUT) return 0;
    int64_t d = rt_nanotime() + (timeout_ns > 0 ? timeout_ns : 0);
    return d ? d : 1;
}

/* The scheduler to ready goroutines with: the running one, or NULL (caller holds
 * ctl_lock). */
static rt_sched *live_sched(mg_vm *vm) {
    return vm->sched_live ? vm->sched : NULL;
}

/* Blocks on the queued waiter; the mg_status of how it ended. Parked, it is not acting
 * (the deadlock check may pass); whoever completes it counts it back in (chan.c), and
 * so does the thread itself when a timeout or a kick ends the wait. */
static mg_status op_wait(mg_vm *vm, rt_chan *c, rt_hwaiter *w, int64_t deadline) {
    act_end(vm);
    rt_hw_result r = rt_hwaiter_wait(c, w, deadline);
    if (r != RT_HW_DONE) act_begin(vm);
    waiter_unlink(vm, w);
    if (r == RT_HW_DONE) return MG_OK;
    if (r == RT_HW_TIMEOUT) return MG_TIMEOUT;
    return w->kick_status ? (mg_status)w->kick_status : MG_STOPPED;
}

static mg_status chan_send(mg_vm *vm, mg_value *ch, const mg_value *v, op_mode mode,
                           long long timeout_ns) {
    if (!vm) return MG_ERR_STATE;
    const mg_rtype *t;
    rt_chan *c = op_chan(vm, ch, CHAN_RECV, "send", &t);
    if (!c) return MG_ERR_STATE;
    mg_status st0 = op_begin(vm);
    if (st0 != MG_OK) return st0;
    bool reg = vm_thread_enter();
    int ew = t->elem->words;
    mg_word elem[ew ? ew : 1]; /* on a registered stack: the collector sees it */
    char err[256];
    mg_status st = MG_OK;
    if (!vm_value_to_words(vm, t->elem, v, elem, err, sizeof err)) {
        char msg[320];
        snprintf(msg, sizeof msg, "minigo: send: %s\n", err);
        vm_set_error(vm, msg, strlen(msg));
        st = MG_ERR_STATE;
        goto out;
    }
    if (mode == OP_TRY || (mode == OP_TIMEOUT && timeout_ns <= 0)) {
        rt_status rs = RT_DONE;
        pthread_mutex_lock(&vm->ctl_lock);
        bool done = rt_chan_try_send(live_sched(vm), c, (uint64_t *)elem, &rs);
        pthread_mutex_unlock(&vm->ctl_lock);
        st = rs == RT_CLOSED  ? MG_CLOSED
             : done           ? MG_OK
             : mode == OP_TRY ? MG_WOULDBLOCK
                              : MG_TIMEOUT;
        goto out;
    }
    rt_hwaiter w;
    rt_hwaiter_init(&w);
    w.active = vm->hc_active;
    waiter_link(vm, &w);
    pthread_mutex_lock(&vm->ctl_lock);
    rt_status rs = rt_chan_host_send(live_sched(vm), c, &w, (uint64_t *)elem);
    pthread_mutex_unlock(&vm->ctl_lock);
    if (rs == RT_PARK) {
        st = op_wait(vm, c, &w, deadline_of(mode, timeout_ns));
        if (st == MG_OK && !w.g.park_ok) st = MG_CLOSED; /* closed while we waited */
    } else {
        waiter_unlink(vm, &w);
        st = rs == RT_CLOSED ? MG_CLOSED : MG_OK;
    }
out:
    vm_thread_leave(reg);
    op_end(vm);
    return st;
}

static mg_status chan_recv(mg_vm *vm, mg_value *ch, mg_value **out, int *ok, op_mode mode,
                           long long timeout_ns) {
    if (out) *out = NULL;
    if (ok) *ok = 0;
    if (!vm) return MG_ERR_STATE;
    const mg_rtype *t;
    rt_chan *c = op_chan(vm, ch, CHAN_SEND, "receive", &t);
    if (!c) return MG_ERR_STATE;
    mg_status st0 = op_begin(vm);
    if (st0 != MG_OK) return st0;
    bool reg = vm_thread_enter();
    int ew = t->elem->words;
    mg_word elem[ew ? ew : 1];
    memset(elem, 0, sizeof elem);
    bool got = false;
    mg_status st;
    if (mode == OP_TRY || (mode == OP_TIMEOUT && timeout_ns <= 0)) {
        pthread_mutex_lock(&vm->ctl_lock);
        bool done = rt_chan_try_recv(live_sched(vm), c, (uint64_t *)elem, &got);
        pthread_mutex_unlock(&vm->ctl_lock);
        st = done ? MG_OK : mode == OP_TRY ? MG_WOULDBLOCK : MG_TIMEOUT;
    } else {
        rt_hwaiter w;
        rt_hwaiter_init(&w);
        w.active = vm->hc_active;
        waiter_link(vm, &w);
        pthread_mutex_lock(&vm->ctl_lock);
        rt_status rs = rt_chan_host_recv(live_sched(vm), c, &w, (uint64_t *)elem, &got);
        pthread_mutex_unlock(&vm->ctl_lock);
        if (rs == RT_PARK) {
            st = op_wait(vm, c, &w, deadline_of(mode, timeout_ns));
            got = w.g.park_ok;
        } else {
            waiter_unlink(vm, &w);
            st = MG_OK;
        }
    }
    if (st == MG_OK) {
        if (ok) *ok = got;
        if (out) *out = vm_value_typed(vm, t->elem, elem);
    }
    vm_thread_leave(reg);
    op_end(vm);
    return st;
}

mg_status mg_chan_send(mg_vm *vm, mg_value *ch, const mg_value *v) {
    return chan_send(vm, ch, v, OP_BLOCK, 0);
}

mg_status mg_chan_try_send(mg_vm *vm, mg_value *ch, const mg_value *v) {
    return chan_send(vm, ch, v, OP_TRY, 0);
}

mg_status mg_chan_send_timeout(mg_vm *vm, mg_value *ch, const mg_value *v, long long timeout_ns) {
    return chan_send(vm, ch, v, OP_TIMEOUT, timeout_ns);
}

mg_status mg_chan_recv(mg_vm *vm, mg_value *ch, mg_value **out, int *ok) {
    return chan_recv(vm, ch, out, ok, OP_BLOCK, 0);
}

mg_status mg_chan_try_recv(mg_vm *vm, mg_value *ch, mg_value **out, int *ok) {
    return chan_recv(vm, ch, out, ok, OP_TRY, 0);
}

mg_status mg_chan_recv_timeout(mg_vm *vm, mg_value *ch, mg_value **out, int *ok,
                               long long timeout_ns) {
    return chan_recv(vm, ch, out, ok, OP_TIMEOUT, timeout_ns);
}

mg_status mg_chan_close(mg_vm *vm, mg_value *ch) {
    if (!vm) return MG_ERR_STATE;
    const mg_rtype *t;
    rt_chan *c = op_chan(vm, ch, CHAN_RECV, "close", &t);
    if (!c) return MG_ERR_STATE;
    mg_status st0 = op_begin(vm);
    if (st0 != MG_OK) return st0;
    pthread_mutex_lock(&vm->ctl_lock);
    rt_status rs = rt_chan_close(live_sched(vm), c);
    pthread_mutex_unlock(&vm->ctl_lock);
    op_end(vm);
    return rs == RT_CLOSED ? MG_CLOSED : MG_OK;
}

/* Go's len and cap of a nil channel are 0; -1 is left for a handle that is no channel. */
long long mg_chan_len(mg_value *ch) {
    const mg_rtype *t = NULL;
    rt_chan *c = ch ? vm_value_chan(ch, &t) : NULL;
    return t ? rt_chan_len(c) : -1;
}

long long mg_chan_cap(mg_value *ch) {
    const mg_rtype *t = NULL;
    rt_chan *c = ch ? vm_value_chan(ch, &t) : NULL;
    return t ? rt_chan_cap(c) : -1;
}
