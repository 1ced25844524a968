/* embed_chan_test.h - helpers of the host-channel unit tests (test_embed_chan.c,
 * test_embed_chanlife.c): whether a thread or goroutine is queued on a channel (the
 * runtime's wait queues, so a test knows who is blocked without sleeping), mg_call on a
 * thread of its own (the calling thread is inside the VM until the call returns), and
 * an int send. Include after unit_check.h. */
#ifndef EMBED_CHAN_TEST_H
#define EMBED_CHAN_TEST_H

#include <pthread.h>
#include <stdbool.h>

#include "embed_test.h"
#include "minigo.h"
#include "runtime/rt_internal.h"
#include "vm/vm.h"

/* Whether some thread or goroutine is queued on ch (receiving: recvq, else sendq). */
static inline bool queued(mg_value *ch, bool recv) {
    const mg_rtype *t;
    rt_chan *c = vm_value_chan(ch, &t);
    rt_lock_acquire(&c->lock);
    bool q = (recv ? c->recvq.first : c->sendq.first) != NULL;
    rt_lock_release(&c->lock);
    return q;
}

static inline void wait_queued(mg_value *ch, bool recv) {
    double until = now_ms() + 10000;
    while (!queued(ch, recv) && now_ms() < until)
        sleep_ms(1);
    CHECK(queued(ch, recv), "nobody queued on the channel after 10 s");
}

typedef struct call_job {
    mg_vm *vm;
    const char *name;
    int nargs;
    mg_value *args[8];
    mg_value *res;
    int nres;
    mg_status st;
    pthread_t th;
} call_job;

static inline void *call_main(void *arg) {
    call_job *j = arg;
    j->st = mg_call(j->vm, j->name, j->nargs, j->args, j->nres, j->nres ? &j->res : NULL);
    return NULL;
}

static inline void call_start(call_job *j) {
    pthread_create(&j->th, NULL, call_main, j);
}

static inline mg_status call_join(call_job *j) {
    pthread_join(j->th, NULL);
    return j->st;
}

static inline mg_status send_int(mg_vm *vm, mg_value *ch, long long x) {
    mg_value *v = mg_new_int(vm, x);
    mg_status st = mg_chan_send(vm, ch, v);
    mg_release(v);
    return st;
}

#endif
