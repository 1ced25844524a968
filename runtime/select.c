/* select.c - Go's select: random poll order, channels locked in address order,
 * enqueue on every case when none is ready, dequeue from the others on wake-up.
 *
 * Invariants:
 *   - all the case channels are locked (each once, in increasing address order)
 *     while the cases are polled and while the G's sudogs are enqueued, so no case
 *     can become ready unseen between the poll and the enqueue;
 *   - the first waker to CAS self->select_done 0 -> 1 owns the G: it completes its
 *     case, stores the sudog in self->param and readies the G; every other sudog
 *     of the G is dead and is skipped by dequeues;
 *   - before the G runs again the scheduler calls rt_select_finish, which unlinks
 *     the dead sudogs (under the channel locks) and publishes select_index and
 *     park_ok, so a later select of the same G never meets a stale sudog.
 */
#include <stdio.h>
#include <stdlib.h>

#include "rt_internal.h"
#include "chan.h"

#define SELECT_STACK_CASES 16

/* Sort channel pointers ascending (insertion sort: selects are small). */
static void sort_chans(rt_chan **a, int n) {
    for (int i = 1; i < n; i++) {
        rt_chan *c = a[i];
        int j = i - 1;
        while (j >= 0 && (uintptr_t)a[j] > (uintptr_t)c) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = c;
    }
}

static void lock_all(rt_chan **sorted, int n) {
    for (int i = 0; i < n; i++)
        if (i == 0 || sorted[i] != sorted[i - 1]) rt_lock_acquire(&sorted[i]->lock);
}

static void unlock_all(rt_chan **sorted, int n) {
    for (int i = n - 1; i >= 0; i--)
        if (i == 0 || sorted[i] != sorted[i - 1]) rt_lock_release(&sorted[i]->lock);
}

/* Try case i with every channel locked. Returns true if it completed; *wake is the
 * G to ready after unlocking. */
static bool try_case(const rt_scase *cs, rt_g *self, bool *recv_ok, rt_status *st, rt_g **wake) {
    rt_chan *c = cs->c;
    rt_sudog *sg;
    if (cs->is_send) {
        if (c->closed) {
            *st = RT_CLOSED;
            return true;
        }
        if ((sg = rt_waitq_dequeue(&c->recvq))) {
            rt_chan_send_to_waiter(c, sg, cs->elem, self);
            *wake = sg->g;
            return true;
        }
        if (c->qcount < c->cap) {
            rt_chan_buf_put(c, cs->elem, self);
            return true;
        }
        return false;
    }
    if ((sg = rt_waitq_dequeue(&c->sendq))) {
        rt_chan_recv_from_waiter(c, sg, cs->elem, self);
        *wake = sg->g;
        *recv_ok = true;
        return true;
    }
    if (c->qcount > 0) {
        rt_chan_buf_take(c, cs->elem, self);
        *recv_ok = true;
        return true;
    }
    if (c->closed) {
        rt_chan_recv_closed(c, cs->elem, self);
        *recv_ok = false;
        return true;
    }
    return false;
}

rt_status rt_select(rt_sched *s, rt_g *self, const rt_scase *cases, int ncases, bool block,
                    int *chosen, bool *recv_ok) {
    *chosen = -1;
    if (recv_ok) *recv_ok = false;
    RT_TRACE(s, RT_TEV_SELECT, self, ncases, 0);
    int order_stack[SELECT_STACK_CASES];
    rt_chan *locks_stack[SELECT_STACK_CASES];
    int *order = order_stack;
    rt_chan **locks = locks_stack;
    if (ncases > SELECT_STACK_CASES) {
        /* malloc is fine: the channels stay referenced by `cases` */
        order = malloc(sizeof(int) * (size_t)ncases);
        locks = malloc(sizeof(rt_chan *) * (size_t)ncases);
        if (!order || !locks) abort();
    }
    /* poll order: a random permutation of the non-nil cases */
    int n = 0;
    rt_m *m = self->m;
    for (int i = 0; i < ncases; i++) {
        if (!cases[i].c) continue;
        int j = m ? (int)(rt_fastrand(m) % (uint32_t)(n + 1)) : n;
        order[n] = order[j];
        order[j] = i;
        locks[n] = cases[i].c;
        n++;
    }
    rt_status result;
    if (n == 0) {
        if (block)
            result =
                rt_park_forever(s, self, ncases == 0 ? RT_WAIT_SELECT_NO_CASES : RT_WAIT_SELECT);
        else
            result = RT_DONE; /* default */
        goto out;
    }
    sort_chans(locks, n);
    lock_all(locks, n);
    for (int k = 0; k < n; k++) {
        int i = order[k];
        bool ok = false;
        rt_status st = RT_DONE;
        rt_g *wake = NULL;
        if (try_case(&cases[i], self, &ok, &st, &wake)) {
            RT_TRACE(s, cases[i].is_send ? RT_TEV_SEND : RT_TEV_RECV, self, (intptr_t)cases[i].c,
                     1);
            unlock_all(locks, n);
            if (wake) rt_ready(s, wake);
            *chosen = i;
            if (recv_ok) *recv_ok = ok;
            result = st;
            goto out;
        }
    }
    if (!block) {
        unlock_all(locks, n);
        result = RT_DONE;
        goto out;
    }
    /* park on every case */
    rt_sudog *sgs = rt_alloc(sizeof(rt_sudog) * (size_t)n);
    atomic_store(&self->select_done, 0);
    atomic_store(&self->param, NULL);
    for (int k = 0; k < n; k++) {
        int i = order[k];
        rt_sudog *sg = &sgs[k];
        sg->g = self;
        sg->elem = cases[i].elem;
        sg->c = cases[i].c;
        sg->case_index = i;
        sg->is_select = true;
        sg->is_send = cases[i].is_send;
        rt_waitq_enqueue(sg->is_send ? &sg->c->sendq : &sg->c->recvq, sg);
    }
    self->sel_sudogs = sgs;
    self->sel_n = n;
    rt_set_parking(self, RT_WAIT_SELECT);
    unlock_all(locks, n);
    result = RT_PARK;
out:
    if (order != order_stack) {
        free(order);
        free(locks);
    }
    return result;
}

void rt_select_finish(rt_sched *s, rt_g *g) {
    rt_sudog *sgs = g->sel_sudogs;
    int n = g->sel_n;
    rt_sudog *win = atomic_load(&g->param);
    if (!win) {
        fputs("fatal error: runtime: select resumed without a winner\n", stderr);
        abort();
    }
    rt_chan *locks_stack[SELECT_STACK_CASES];
    rt_chan **locks = n > SELECT_STACK_CASES ? malloc(sizeof(rt_chan *) * (size_t)n) : locks_stack;
    if (!locks) abort();
    for (int k = 0; k < n; k++)
        locks[k] = sgs[k].c;
    sort_chans(locks, n);
    lock_all(locks, n);
    for (int k = 0; k < n; k++) {
        rt_sudog *sg = &sgs[k];
        if (sg != win) rt_waitq_remove(sg->is_send ? &sg->c->sendq : &sg->c->recvq, sg);
    }
    unlock_all(locks, n);
    if (locks != locks_stack) free(locks);
    g->select_index = win->case_index;
    g->park_ok = win->success;
    g->sel_sudogs = NULL;
    g->sel_n = 0;
    atomic_store(&g->param, NULL);
}
