/* api_chan.c - channels across the embedding boundary (include/minigo.h: mg_new_chan,
 * mg_chan_*): host threads sending, receiving and closing on minigo channels.
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
 *     until after it is done, so mg_vm_stop / mg_vm_free can kick every one of them;
 *   - vm->hc_ops counts the operations in flight (atomic); mg_vm_free sets
 *     hc_closing and waits for 0;
 *   - vm->host_live counts channel handles plus operations in flight: while > 0 the
 *     scheduler reports no deadlock (the host may still act); when it drops to 0 the
 *     scheduler looks again (rt_sched_recheck_dead);
 *   - the calling thread is registered with the GC for the operation (vm_thread_enter):
 *     the value words on its stack, and a waiter's, must be seen by the collector.
 */
#include "gc_glue.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "proto.h"
#include "rtype.h"
#include "runtime/chan.h"
#include "vm.h"

/* ---------- lifetime ---------- */

void vm_chan_init(mg_vm *vm) {
    pthread_mutex_init(&vm->hc_lock, NULL);
    pthread_cond_init(&vm->hc_idle, NULL);
}

void vm_chan_kick_all(mg_vm *vm) {
    pthread_mutex_lock(&vm->hc_lock);
    for (rt_hwaiter *w = vm->hc_waiters; w; w = w->next)
        rt_hwaiter_kick(w);
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
    for (rt_hwaiter *w = vm->hc_waiters; w; w = w->next)
        rt_hwaiter_kick(w);
    while (atomic_load(&vm->hc_ops) > 0)
        pthread_cond_wait(&vm->hc_idle, &vm->hc_lock);
    pthread_mutex_unlock(&vm->hc_lock);
    pthread_cond_destroy(&vm->hc_idle);
    pthread_mutex_destroy(&vm->hc_lock);
}

void vm_chan_live(mg_vm *vm, int delta) {
    if (atomic_fetch_add(&vm->host_live, delta) + delta != 0 || delta > 0) return;
    pthread_mutex_lock(&vm->ctl_lock);
    if (vm->sched_live) rt_sched_recheck_dead(vm->sched);
    pthread_mutex_unlock(&vm->ctl_lock);
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

/* `chan elem`: the program's own descriptor when it has one, else a new one (the
 * handle keeps it alive; conversions compare channel types by name). */
static const mg_rtype *chan_type(mg_vm *vm, const char *elem_name) {
    size_t len = strlen(elem_name);
    char *name = mg_alloc_atomic(len + 6);
    memcpy(name, "chan ", 5);
    memcpy(name + 5, elem_name, len + 1);
    const mg_rtype *ct = find_rtype(vm, name);
    if (ct && ct->kind == MK_CHAN) return ct;
    const mg_rtype *elem = find_rtype(vm, elem_name);
    if (!elem) return NULL;
    mg_rtype *r = mg_alloc(sizeof *r);
    r->kind = MK_CHAN;
    r->words = 1;
    r->name = name;
    r->pkgpath = "";
    r->comparable = true;
    r->pointers = true;
    r->elem = elem;
    r->chan_dir = CHAN_BOTH;
    r->self_itab.type = r;
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
    rt_chan *c = ch ? vm_value_chan(ch, t) : NULL;
    if (!c) {
        chan_error(vm, "minigo: %s: not a non-nil channel\n", what);
        return NULL;
    }
    if ((*t)->chan_dir == dir_forbidden) {
        chan_error(vm, "minigo: %s: wrong direction for the channel\n", what);
        return NULL;
    }
    return c;
}

/* Counts an operation in; false (MG_STOPPED) once mg_vm_free began. Atomics, not
 * hc_lock: the count is raised before closing is read, and mg_vm_free sets closing
 * before it reads the count, so one of them sees the other. */
static bool op_begin(mg_vm *vm) {
    atomic_fetch_add(&vm->hc_ops, 1);
    if (atomic_load(&vm->hc_closing)) {
        op_done(vm);
        return false;
    }
    atomic_fetch_add(&vm->host_live, 1);
    return true;
}

static void op_end(mg_vm *vm) {
    vm_chan_live(vm, -1);
    op_done(vm);
}

static void waiter_link(mg_vm *vm, rt_hwaiter *w) {
    pthread_mutex_lock(&vm->hc_lock);
    w->prev = NULL;
    w->next = vm->hc_waiters;
    if (w->next) w->next->prev = w;
    vm->hc_waiters = w;
    /* mg_vm_free sets closing before it kicks the list under this lock: a waiter linked
     * after that kick must not sleep (free waits for it) */
    if (atomic_load(&vm->hc_closing)) rt_hwaiter_kick(w);
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

/* Blocks on the queued waiter; the mg_status of how it ended. */
static mg_status op_wait(mg_vm *vm, rt_chan *c, rt_hwaiter *w, int64_t deadline) {
    rt_hw_result r = rt_hwaiter_wait(c, w, deadline);
    waiter_unlink(vm, w);
    return r == RT_HW_DONE ? MG_OK : r == RT_HW_TIMEOUT ? MG_TIMEOUT : MG_STOPPED;
}

static mg_status chan_send(mg_vm *vm, mg_value *ch, const mg_value *v, op_mode mode,
                           long long timeout_ns) {
    if (!vm) return MG_ERR_STATE;
    const mg_rtype *t;
    rt_chan *c = op_chan(vm, ch, CHAN_RECV, "send", &t);
    if (!c) return MG_ERR_STATE;
    if (!op_begin(vm)) return MG_STOPPED;
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
    if (!op_begin(vm)) return MG_STOPPED;
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
    if (!op_begin(vm)) return MG_STOPPED;
    pthread_mutex_lock(&vm->ctl_lock);
    rt_status rs = rt_chan_close(live_sched(vm), c);
    pthread_mutex_unlock(&vm->ctl_lock);
    op_end(vm);
    return rs == RT_CLOSED ? MG_CLOSED : MG_OK;
}

long long mg_chan_len(mg_value *ch) {
    const mg_rtype *t;
    rt_chan *c = ch ? vm_value_chan(ch, &t) : NULL;
    return c ? rt_chan_len(c) : -1;
}

long long mg_chan_cap(mg_value *ch) {
    const mg_rtype *t;
    rt_chan *c = ch ? vm_value_chan(ch, &t) : NULL;
    return c ? rt_chan_cap(c) : -1;
}
