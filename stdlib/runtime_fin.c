/* runtime_fin.c - runtime.SetFinalizer over Boehm's finalizers, run as Go runs them: on
 * one finalizer goroutine per run (Go's fing, runtime.runFinalizers in runtime.mg),
 * one finalizer at a time, never on the collector's thread.
 *
 * Registration: GC_register_finalizer (Boehm's ordered finalization is Go's rule: if A
 * points at B and both are unreachable, A's finalizer runs first, B's after A is
 * collected; a cycle of finalizable objects is never finalized). The client data is a
 * fin_rec (the finalizer closure and how to pass the object to it); it holds no pointer
 * to the object, which Boehm hands to the callback when the object is found unreachable.
 *
 * Firing: Boehm runs its callbacks only when asked (finalize on demand, set once per
 * process where the VM initialises the GC, vm/api.c), never inside an allocation that
 * may hold a lock of ours. vm_fin_poll asks: after runtime.GC's collection and each time
 * a goroutine stops running on an M (vm/api.c), with no lock held. The callback, fin_fired,
 * only queues the record (now holding the object, which is reachable again through the
 * queue until its finalizer has run) on its VM's vm_fin and readies the finalizer
 * goroutine if it waits. Callbacks may be for any VM of the process: each record knows
 * its vm_fin, and a vm_fin whose VM is gone (or between runs) keeps or drops them.
 *
 * Invariants: vm_fin is GC memory reachable from its VM (vm->fin) and from every record
 * registered with Boehm; `lock` guards the queue and the per-run fields; nothing is
 * allocated while it is held (an allocation never runs callbacks, but keep it so).
 */
#include "vm/gc_glue.h"
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "natives.h"
#include "runtime/sched.h"
#include "vm/g.h"
#include "vm/object.h"
#include "vm/proto.h"
#include "vm/rtype.h"
#include "vm/vm.h"

typedef struct fin_rec {
    struct fin_rec *next; /* queue link, once fired */
    struct vm_fin *fin;
    mg_closure *fn;     /* the finalizer */
    const mg_itab *tab; /* the finalizer takes an interface: the object's itab for it */
    void *obj;          /* set when fired */
} fin_rec;

typedef struct vm_fin {
    pthread_mutex_t lock;
    fin_rec *head, *tail; /* fired, waiting for the finalizer goroutine */
    /* the finalizer goroutine: sched is its run's scheduler (NULL: none in this run, so
     * the next SetFinalizer starts one), g the goroutine once it ran (kept after the run
     * for the reports made after it) */
    rt_sched *sched;
    mg_g *g;
    bool spawned;
    bool waiting; /* g is parked in waitFinalizer */
    bool running; /* g is running a finalizer (a user goroutine then, as in Go) */
    bool dead;    /* the VM is freed: drop what fires */
} vm_fin;

static void fin_fired(void *obj, void *cd) {
    fin_rec *r = cd;
    vm_fin *f = r->fin;
    r->obj = obj;
    r->next = NULL;
    pthread_mutex_lock(&f->lock);
    if (!f->dead) {
        if (f->tail)
            f->tail->next = r;
        else
            f->head = r;
        f->tail = r;
        if (f->waiting) {
            f->waiting = false;
            rt_ready(f->sched, &f->g->rt);
        }
    }
    pthread_mutex_unlock(&f->lock);
}

void vm_fin_poll(void) {
    if (GC_should_invoke_finalizers()) (void)GC_invoke_finalizers();
}

void vm_fin_run_end(mg_vm *vm) {
    vm_fin *f = vm->fin;
    if (!f) return;
    pthread_mutex_lock(&f->lock);
    f->sched = NULL; /* about to be freed: nothing readies the goroutine any more */
    f->waiting = false;
    pthread_mutex_unlock(&f->lock);
}

void vm_fin_free(mg_vm *vm) {
    vm_fin *f = vm->fin;
    if (!f) return;
    pthread_mutex_lock(&f->lock);
    f->dead = true;
    f->head = f->tail = NULL;
    pthread_mutex_unlock(&f->lock);
    vm->fin = NULL;
}

bool vm_fin_is_idle_g(mg_vm *vm, const mg_g *g) {
    vm_fin *f = vm->fin;
    if (!f || !f->spawned || f->running) return false;
    /* before its first call into this file the goroutine is known by its entry */
    if (f->g) return f->g == g;
    return g->nframes > 0 && g->frames[0].proto->fn &&
           strcmp(g->frames[0].proto->fn->name, "runtime.runFinalizers") == 0;
}

int vm_fin_hidden(mg_vm *vm) {
    vm_fin *f = vm->fin;
    return f && f->spawned && !f->running ? 1 : 0;
}

/* ---------- natives ---------- */

static void fin_throw(mg_ncall *c, const char *what, const mg_rtype *et, const mg_rtype *ft) {
    char msg[512];
    if (ft)
        snprintf(msg, sizeof msg, "runtime.SetFinalizer: cannot pass %s to finalizer %s%s",
                 et->name, ft->name, what);
    else
        snprintf(msg, sizeof msg, "runtime.SetFinalizer: %s", what);
    mg_native_fatal(c, msg);
}

/* Whether the object type et is assignable to the finalizer's parameter type pt (Go's
 * rule in SetFinalizer), and the itab it is passed with if pt is an interface. */
static bool fin_arg_ok(mg_vm *vm, const mg_rtype *et, const mg_rtype *pt, const mg_itab **tab) {
    *tab = NULL;
    if (pt == et) return true;
    if (pt->kind == MK_POINTER) return (!pt->named || !et->named) && pt->elem == et->elem;
    if (pt->kind != MK_INTERFACE) return false;
    if (pt->nimethods == 0) {
        *tab = &et->self_itab;
        return true;
    }
    *tab = vm_itab_lookup(vm->prog->itabs, et, pt);
    return *tab != NULL;
}

/* setFinalizer(obj, finalizer interface{}) bool: true when the caller must start the
 * finalizer goroutine. */
static void n_setfinalizer(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_vm *vm = mg_ncall_vm(c);
    const mg_itab *otab = args[0].p, *ftab = args[2].p;
    res[0].i = 0;
    if (!otab) return fin_throw(c, "first argument is nil", NULL, NULL);
    const mg_rtype *et = otab->type;
    if (et->kind != MK_POINTER) {
        char what[300];
        snprintf(what, sizeof what, "first argument is %s, not pointer", et->name);
        return fin_throw(c, what, NULL, NULL);
    }
    void *p = args[1].p;
    void *base = p ? GC_base(p) : NULL;
    if (!base) return fin_throw(c, "pointer not in allocated block", NULL, NULL);
    /* Go ignores pointers to package variables (its data segment): never collected */
    if (base == (void *)vm->globals) return;
    if (base != p) return fin_throw(c, "pointer not at beginning of allocated block", NULL, NULL);
    const mg_rtype *ft = ftab ? ftab->type : NULL;
    mg_closure *fn = ftab ? args[3].p : NULL;
    void (*ofn)(void *, void *) = NULL;
    void *ocd = NULL;
    if (!fn) { /* SetFinalizer(obj, nil), or a nil func value */
        GC_register_finalizer(p, NULL, NULL, &ofn, &ocd);
        return;
    }
    if (ft->kind != MK_FUNC) {
        char what[300];
        snprintf(what, sizeof what, "second argument is %s, not a function", ft->name);
        return fin_throw(c, what, NULL, NULL);
    }
    if (ft->variadic) return fin_throw(c, " because dotdotdot", et, ft);
    const mg_itab *tab;
    if (ft->nparams != 1 || !fin_arg_ok(vm, et, ft->params[0], &tab))
        return fin_throw(c, "", et, ft);

    vm_fin *f = __atomic_load_n(&vm->fin, __ATOMIC_ACQUIRE);
    if (!f) { /* the first SetFinalizer of the VM; goroutines on other Ms may race it */
        vm_fin *nf = mg_alloc(sizeof *nf);
        pthread_mutex_init(&nf->lock, NULL);
        f = NULL;
        if (__atomic_compare_exchange_n(&vm->fin, &f, nf, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE))
            f = nf;
    }
    fin_rec *r = mg_alloc(sizeof *r);
    r->fin = f;
    r->fn = fn;
    r->tab = tab;
    GC_register_finalizer(p, fin_fired, r, &ofn, &ocd);
    if (ofn) {
        GC_register_finalizer(p, ofn, ocd, &ofn, &ocd); /* put the old one back */
        return fin_throw(c, "finalizer already set", NULL, NULL);
    }
    pthread_mutex_lock(&f->lock);
    bool start = !f->sched;
    if (start) {
        f->sched = mg_ncall_sched(c);
        f->g = NULL;
        f->spawned = true;
        f->running = false;
    }
    pthread_mutex_unlock(&f->lock);
    res[0].i = start;
}

/* nextFinalizer() (f1 func(uintptr), f2 func(uintptr, uintptr), a0, a1 uintptr, ok bool) */
static void n_nextfinalizer(mg_ncall *c, mg_word *args, mg_word *res) {
    vm_fin *f = mg_ncall_vm(c)->fin;
    memset(res, 0, 5 * sizeof *res);
    pthread_mutex_lock(&f->lock);
    f->g = c->g;
    fin_rec *r = f->head;
    if (r) {
        f->head = r->next;
        if (!f->head) f->tail = NULL;
    }
    f->running = r != NULL;
    pthread_mutex_unlock(&f->lock);
    if (!r) return;
    if (r->tab) {
        res[1].p = r->fn;
        res[2].p = (void *)r->tab;
        res[3].p = r->obj;
    } else {
        res[0].p = r->fn;
        res[2].p = r->obj;
    }
    res[4].i = 1;
}

static void n_waitfinalizer(mg_ncall *c, mg_word *args, mg_word *res) {
    vm_fin *f = mg_ncall_vm(c)->fin;
    pthread_mutex_lock(&f->lock);
    f->running = false;
    if (f->head) {
        pthread_mutex_unlock(&f->lock);
        return;
    }
    f->g = c->g;
    f->waiting = true;
    /* PARKING before the lock is released: a callback that readies it sees that */
    rt_park(mg_ncall_sched(c), mg_ncall_rtg(c), RT_WAIT_FINALIZER);
    pthread_mutex_unlock(&f->lock);
    mg_native_park(c);
}

const mg_native_entry mg_natives_fin[] = {
    {"runtime.setFinalizer", n_setfinalizer},
    {"runtime.nextFinalizer", n_nextfinalizer},
    {"runtime.waitFinalizer", n_waitfinalizer},
    {NULL, NULL},
};
