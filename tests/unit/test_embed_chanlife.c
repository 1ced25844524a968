/* test_embed_chanlife.c - host channels and the ends of a run (include/minigo.h,
 * "Deadlock" and "Stop, time limit and free"): the precise deadlock rule (a script
 * stuck on channels the host cannot reach is reported although the host holds other
 * channels; one waiting on a channel a live handle reaches, directly or through a
 * struct, a slice, an interface, is not; a channel in transit through a host receive
 * is not lost), mg_vm_stop, the wall-clock limit and mg_vm_free waking host threads
 * blocked in every form of send and receive (and later calls failing until the next
 * run), host-made channels under the script's type assertions and type switches (one
 * runtime type per `chan T`), len/cap of a nil channel, and the closed-channel
 * statuses of the send forms. Each scenario runs under GOMAXPROCS 1 and 2; the races
 * (a host send right as the script blocks, a stop right as a host thread blocks, a
 * channel handed to the host and waited on at once) are repeated.
 *
 * Where a test must know that a thread or goroutine is blocked on a channel before it
 * acts, it looks at the channel's wait queues (runtime internals) rather than sleeping.
 */
#include "vm/gc_glue.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed_test.h"
#include "minigo.h"
#include "runtime/rt_internal.h"
#include "unit_check.h"
#include "embed_chan_test.h"
#include "vm/vm.h"

/* No `chan T` in any signature: the host's channels meet the script's chan types only
 * in assertions and switches (and in Box's field, for the reach tests). */
static const char prog[] =
    "package main\n"
    "import (\"fmt\"; \"game/host\")\n"
    "type Point struct { X, Y int }\n"
    "type Box struct { Name string; C chan int }\n"
    "func main() {}\n"
    "func Kind(x any) string {\n"
    "\tswitch x.(type) {\n"
    "\tcase chan int: return \"chan int\"\n"
    "\tcase <-chan int: return \"<-chan int\"\n"
    "\tcase chan<- int: return \"chan<- int\"\n"
    "\tcase chan int8: return \"chan int8\"\n"
    "\tcase chan uint64: return \"chan uint64\"\n"
    "\tcase chan float64: return \"chan float64\"\n"
    "\tcase chan bool: return \"chan bool\"\n"
    "\tcase chan string: return \"chan string\"\n"
    "\tcase chan []int: return \"chan []int\"\n"
    "\tcase chan map[string]int: return \"chan map[string]int\"\n"
    "\tcase chan Point: return \"chan main.Point\"\n"
    "\tcase chan *Point: return \"chan *main.Point\"\n"
    "\tcase chan error: return \"chan error\"\n"
    "\tcase chan struct{}: return \"chan struct {}\"\n"
    "\t}\n"
    "\treturn fmt.Sprintf(\"other %T\", x)\n"
    "}\n"
    "func IsChanInt(x any) bool { _, ok := x.(chan int); return ok }\n"
    "func IsRecvInt(x any) bool { _, ok := x.(<-chan int); return ok }\n"
    "func Dirs(x any) int {\n"
    "\tc := x.(chan int)\n"
    "\tvar r <-chan int = c\n"
    "\tvar s chan<- int = c\n"
    "\tgo func() { s <- 40 }()\n"
    "\tv := <-r\n"
    "\tvar y any = r\n"
    "\tif _, ok := y.(<-chan int); ok { v++ }\n"
    "\tif _, ok := y.(chan int); !ok { v++ }\n"
    "\treturn v\n"
    "}\n"
    "func Same(a, b any) bool { return a == b }\n"
    "func Nil() any { var c chan int; return c }\n"
    "func Stuck(x any) int {\n"
    "\tc := make(chan int)\n"
    "\td := make(chan string)\n"
    "\tgo func() { select { case <-c: case <-d: } }()\n"
    "\tselect { case v := <-c: return v; case <-x.(chan int): return -1 }\n"
    "}\n"
    "func StuckAlone() int { c := make(chan int); go func() { <-c }(); return <-c }\n"
    "func WaitAny(x any) int {\n"
    "\tinner := make(chan int)\n"
    "\tselect { case v := <-x.(chan int): return v; case v := <-inner: return v }\n"
    "}\n"
    "func NewBox() Box { return Box{\"b\", make(chan int)} }\n"
    "func NewList() []any { return []any{1, \"x\", &Box{C: make(chan int)}} }\n"
    "func WaitBox(b Box) int { return <-b.C }\n"
    "func WaitList(l []any) int { return <-l[2].(*Box).C }\n"
    "func Pass(x any) int { in := x.(chan any); c := make(chan int); in <- c; return <-c }\n"
    "func Slow() int {\n"
    "\tc := make(chan int)\n"
    "\tgo func() { c <- host.Slow() }()\n"
    "\treturn <-c\n"
    "}\n"
    "func Forever(x any) { <-x.(chan int) }\n"
    "func Drain(x any) int { s := 0; for v := range x.(chan int) { s += v }; return s }\n"
    "func Spin(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }\n";

static void h_slow(mg_hostcall *c) {
    sleep_ms(30);
    mg_host_return_int(c, 0, 3);
}

static const mg_host_entry entries[] = {
    {"Slow", "func() int", h_slow, NULL, MG_HOST_BLOCKING},
};

/* ---------- helpers ---------- */

static mg_vm *load_opt(capture *cap, mg_options *opt) {
    mg_vm *vm = new_vm(cap, opt);
    CHECK(mg_register_package(vm, "game/host", entries, 1) == MG_OK, "register");
    mg_status st = mg_load_string(vm, "life.mg", prog, strlen(prog));
    CHECK(st == MG_OK, "load: %s", mg_error(vm));
    return vm;
}

static mg_vm *load(capture *cap, int procs) {
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = procs;
    return load_opt(cap, &opt);
}

static const char *call_str(mg_vm *vm, const char *fn, mg_value *x, char *buf, size_t n) {
    mg_value *r = NULL;
    mg_status st = mg_call(vm, fn, 1, &x, 1, &r);
    const char *s = st == MG_OK ? mg_to_string(r, NULL) : NULL;
    snprintf(buf, n, "%s", s ? s : mg_error(vm));
    mg_release(r);
    return buf;
}

static bool call_bool(mg_vm *vm, const char *fn, int nargs, mg_value **args) {
    mg_value *r = NULL;
    mg_status st = mg_call(vm, fn, nargs, args, 1, &r);
    CHECK(st == MG_OK, "%s: %s", fn, mg_error(vm));
    bool b = mg_to_bool(r);
    mg_release(r);
    return b;
}

static bool is_deadlock(mg_vm *vm, mg_status st) {
    return st == MG_ERR_RUNTIME && strstr(mg_error(vm), "all goroutines are asleep - deadlock!");
}

/* ---------- host channels under the script's types ---------- */

static void test_types(int procs) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    static const char *const elems[] = {"int",        "int8",        "uint64", "float64",
                                        "bool",       "string",      "[]int",  "map[string]int",
                                        "main.Point", "*main.Point", "error",  "struct {}"};
    char buf[256], want[64];
    for (int i = 0; i < (int)(sizeof elems / sizeof *elems); i++) {
        mg_value *c = mg_new_chan(vm, elems[i], 1);
        CHECK(c != NULL, "mg_new_chan(%s): %s", elems[i], mg_error(vm));
        if (!c) continue;
        snprintf(want, sizeof want, "chan %s", elems[i]);
        CHECK(strcmp(mg_type_name(c), want) == 0, "type name %s", mg_type_name(c));
        call_str(vm, "Kind", c, buf, sizeof buf);
        CHECK(strcmp(buf, want) == 0, "type switch on a host %s: %s", want, buf);
        mg_release(c);
    }
    mg_value *c = mg_new_chan(vm, "int", 0), *c2 = mg_new_chan(vm, "int", 0);
    CHECK(call_bool(vm, "IsChanInt", 1, &c), "x.(chan int) of a host chan int");
    CHECK(!call_bool(vm, "IsRecvInt", 1, &c), "x.(<-chan int) of a chan int must fail");
    mg_value *pair[2] = {c, c};
    CHECK(call_bool(vm, "Same", 2, pair), "a host channel equals itself through any");
    pair[1] = c2;
    CHECK(!call_bool(vm, "Same", 2, pair), "two host channels differ");
    mg_value *r = NULL;
    CHECK(mg_call(vm, "Dirs", 1, &c, 1, &r) == MG_OK && mg_to_int(r) == 42,
          "directional conversions of a host channel: %s %lld", mg_error(vm), mg_to_int(r));
    mg_release(r);
    mg_release(c);
    mg_release(c2);

    /* len and cap: 0 for a nil channel (as Go's), -1 for no channel at all */
    mg_value *nil = NULL;
    CHECK(mg_call(vm, "Nil", 0, NULL, 1, &nil) == MG_OK, "Nil");
    CHECK(mg_kind_of(nil) == MG_NIL, "a nil chan in an any: kind %d", mg_kind_of(nil));
    CHECK(mg_chan_len(nil) == 0 && mg_chan_cap(nil) == 0, "len/cap of a nil channel: %lld %lld",
          mg_chan_len(nil), mg_chan_cap(nil));
    mg_value *one = mg_new_int(vm, 1);
    CHECK(mg_chan_len(one) == -1 && mg_chan_cap(one) == -1, "len/cap of an int");
    CHECK(mg_chan_len(NULL) == -1 && mg_chan_cap(NULL) == -1, "len/cap of NULL");
    CHECK(mg_chan_send(vm, nil, one) == MG_ERR_STATE && strstr(mg_error(vm), "nil channel"),
          "send on a nil channel: %s", mg_error(vm));
    CHECK(mg_chan_close(vm, nil) == MG_ERR_STATE, "close of a nil channel");
    CHECK(mg_chan_send(vm, one, one) == MG_ERR_STATE && strstr(mg_error(vm), "not a channel"),
          "send on an int: %s", mg_error(vm));
    mg_value *b = mg_new_chan(vm, "int", 2);
    CHECK(mg_chan_len(b) == 0 && mg_chan_cap(b) == 2, "len/cap of a new buffered channel");
    mg_chan_send(vm, b, one);
    CHECK(mg_chan_len(b) == 1, "len after a send");

    /* closed: every send form says MG_CLOSED, a second close too; nothing is sent */
    CHECK(mg_chan_close(vm, b) == MG_OK, "close");
    CHECK(mg_chan_close(vm, b) == MG_CLOSED, "close of a closed channel");
    CHECK(mg_chan_send(vm, b, one) == MG_CLOSED, "send on a closed channel");
    CHECK(mg_chan_try_send(vm, b, one) == MG_CLOSED, "try_send on a closed channel");
    CHECK(mg_chan_send_timeout(vm, b, one, 1000000) == MG_CLOSED, "send_timeout on closed");
    CHECK(mg_chan_send_timeout(vm, b, one, 0) == MG_CLOSED, "send_timeout 0 on closed");
    CHECK(mg_chan_len(b) == 1, "len after the refused sends: %lld", mg_chan_len(b));
    mg_release(b);
    mg_release(one);
    mg_release(nil);
    mg_vm_free(vm);
}

/* ---------- the deadlock rule ---------- */

typedef struct host_op {
    mg_vm *vm;
    mg_value *ch;
    int kind; /* 0 recv, 1 send, 2 recv_timeout (10 s), 3 send_timeout (10 s) */
    _Atomic int done;
    mg_status st;
    pthread_t th;
} host_op;

static void *host_op_main(void *arg) {
    host_op *o = arg;
    mg_value *v = NULL, *x = mg_new_int(o->vm, 7);
    int ok;
    switch (o->kind) {
    case 0: o->st = mg_chan_recv(o->vm, o->ch, &v, &ok); break;
    case 1: o->st = mg_chan_send(o->vm, o->ch, x); break;
    case 2: o->st = mg_chan_recv_timeout(o->vm, o->ch, &v, &ok, 10000000000LL); break;
    default: o->st = mg_chan_send_timeout(o->vm, o->ch, x, 10000000000LL); break;
    }
    mg_release(v);
    mg_release(x);
    atomic_store(&o->done, 1);
    return NULL;
}

static void host_op_start(host_op *o, mg_vm *vm, mg_value *ch, int kind) {
    o->vm = vm;
    o->ch = ch;
    o->kind = kind;
    atomic_store(&o->done, 0);
    o->st = MG_OK;
    pthread_create(&o->th, NULL, host_op_main, o);
}

/* Joins o if it ends within ms; false (and o detached, leaking) if it hangs. */
static bool host_op_join(host_op *o, double ms) {
    double until = now_ms() + ms;
    while (!atomic_load(&o->done) && now_ms() < until)
        sleep_ms(1);
    if (!atomic_load(&o->done)) {
        pthread_detach(o->th);
        return false;
    }
    pthread_join(o->th, NULL);
    return true;
}

static void test_deadlock(int procs) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    /* stuck on the script's own channels while the host holds (and even waits on)
     * another channel: reported */
    mg_value *other = mg_new_chan(vm, "int", 0), *unused = mg_new_chan(vm, "string", 4);
    mg_value *r = NULL;
    mg_status st = mg_call(vm, "StuckAlone", 0, NULL, 1, &r);
    CHECK(is_deadlock(vm, st), "stuck while the host holds channels: %d %s", st, mg_error(vm));
    host_op w;
    host_op_start(&w, vm, other, 0); /* a host thread parked on `other` changes nothing */
    wait_queued(other, true);
    st = mg_call(vm, "StuckAlone", 0, NULL, 1, &r);
    CHECK(is_deadlock(vm, st), "stuck while a host thread waits elsewhere: %d", st);
    CHECK(send_int(vm, other, 1) == MG_OK && host_op_join(&w, 10000) && w.st == MG_OK,
          "host to host after the deadlock");

    /* a select on the script's channels and on one the host holds: not a deadlock
     * until the host lets go of it */
    call_job j = {.vm = vm, .name = "Stuck", .nargs = 1, .args = {other}, .nres = 1};
    call_start(&j);
    wait_queued(other, true);
    sleep_ms(30); /* time for a wrong report */
    CHECK(send_int(vm, other, 5) == MG_OK, "send to the selecting goroutine");
    CHECK(call_join(&j) == MG_OK && mg_to_int(j.res) == -1, "Stuck: %s", mg_error(vm));
    mg_release(j.res);
    mg_value *mine = mg_new_chan(vm, "int", 0);
    call_job k = {.vm = vm, .name = "Stuck", .nargs = 1, .args = {mine}, .nres = 1};
    call_start(&k);
    wait_queued(mine, true);
    mg_release(mine); /* the script's goroutines now wait on what no one can reach */
    CHECK(is_deadlock(vm, call_join(&k)), "after the release: %s", mg_error(vm));

    /* reached through a struct and through a slice of any (pointer, interface): the
     * host holds only the container */
    mg_value *box = NULL, *list = NULL;
    CHECK(mg_call(vm, "NewBox", 0, NULL, 1, &box) == MG_OK, "NewBox");
    CHECK(mg_call(vm, "NewList", 0, NULL, 1, &list) == MG_OK, "NewList");
    call_job b = {.vm = vm, .name = "WaitBox", .nargs = 1, .args = {box}, .nres = 1};
    call_start(&b);
    mg_value *bc = mg_field(box, "C");
    wait_queued(bc, true);
    mg_release(bc); /* only the struct handle is left */
    sleep_ms(30);
    bc = mg_field(box, "C");
    CHECK(send_int(vm, bc, 11) == MG_OK, "send through the box's channel");
    CHECK(call_join(&b) == MG_OK && mg_to_int(b.res) == 11, "WaitBox: %s", mg_error(vm));
    mg_release(b.res);
    mg_release(bc);
    call_job l = {.vm = vm, .name = "WaitList", .nargs = 1, .args = {list}, .nres = 1};
    call_start(&l);
    mg_value *e2 = mg_index(list, 2), *lc = mg_field(e2, "C");
    mg_release(e2);
    wait_queued(lc, true);
    mg_release(lc);
    sleep_ms(30);
    e2 = mg_index(list, 2);
    lc = mg_field(e2, "C");
    CHECK(send_int(vm, lc, 12) == MG_OK, "send through the list's channel");
    CHECK(call_join(&l) == MG_OK && mg_to_int(l.res) == 12, "WaitList: %s", mg_error(vm));
    mg_release(l.res);
    mg_release(lc);
    mg_release(e2);
    /* and once the container goes, the wait is a deadlock */
    call_job b2 = {.vm = vm, .name = "WaitBox", .nargs = 1, .args = {box}, .nres = 1};
    call_start(&b2);
    bc = mg_field(box, "C");
    wait_queued(bc, true);
    mg_release(bc);
    mg_release(box);
    CHECK(is_deadlock(vm, call_join(&b2)), "after releasing the box: %s", mg_error(vm));
    mg_release(list);

    /* a blocking host function running keeps the VM alive */
    CHECK(mg_call(vm, "Slow", 0, NULL, 1, &r) == MG_OK && mg_to_int(r) == 3, "Slow: %s",
          mg_error(vm));
    mg_release(r);
    mg_release(other);
    mg_release(unused);
    mg_vm_free(vm);
}

/* The races: the host sends the moment the script blocks (the detector must see the
 * handle); a channel handed to the host through a channel while the script waits on
 * it at once (in transit on the host's stack: the acting host receive counts). */
typedef struct passer {
    mg_vm *vm;
    mg_value *in;
    int n, bad;
} passer;

static void *pass_main(void *arg) {
    passer *p = arg;
    for (int i = 0; i < p->n; i++) {
        mg_value *c = NULL;
        int ok = 0;
        if (mg_chan_recv(p->vm, p->in, &c, &ok) != MG_OK || !ok) {
            p->bad++;
            continue;
        }
        if (send_int(p->vm, c, 9) != MG_OK) p->bad++;
        mg_release(c);
    }
    return NULL;
}

static void test_races(int procs, int rounds) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    int bad = 0;
    for (int i = 0; i < rounds; i++) {
        mg_value *c = mg_new_chan(vm, "int", i % 2);
        call_job j = {.vm = vm, .name = "WaitAny", .nargs = 1, .args = {c}, .nres = 1};
        call_start(&j);
        if (i % 3 == 0) sleep_ms(0.2 * (i % 7));
        if (send_int(vm, c, i) != MG_OK) bad++;
        if (call_join(&j) != MG_OK || mg_to_int(j.res) != i) {
            if (bad++ < 3) printf("round %d: %s\n", i, mg_error(vm));
        }
        mg_release(j.res);
        mg_release(c);
    }
    CHECK(bad == 0, "host send vs deadlock check: %d bad rounds", bad);

    /* a stream: each host send readies the ranging goroutine from the host thread,
     * which is on no run queue for a moment while the last M goes idle */
    bad = 0;
    for (int i = 0; i < rounds; i++) {
        mg_value *c = mg_new_chan(vm, "int", 0);
        call_job j = {.vm = vm, .name = "Drain", .nargs = 1, .args = {c}, .nres = 1};
        call_start(&j);
        for (int k = 1; k <= 100; k++) {
            mg_value *v = mg_new_int(vm, k);
            mg_status st = mg_chan_send_timeout(vm, c, v, 5000000000LL);
            mg_release(v);
            if (st != MG_OK) break;
        }
        mg_chan_close(vm, c);
        if (call_join(&j) != MG_OK || mg_to_int(j.res) != 5050) {
            if (bad++ < 3) printf("stream round %d: %s\n", i, mg_error(vm));
        }
        mg_release(j.res);
        mg_release(c);
    }
    CHECK(bad == 0, "a stream of host sends: %d bad rounds", bad);

    mg_value *in = mg_new_chan(vm, "any", 0);
    CHECK(in && strcmp(mg_type_name(in), "chan interface {}") == 0, "chan any: %s", mg_error(vm));
    passer p = {vm, in, rounds, 0};
    pthread_t th;
    pthread_create(&th, NULL, pass_main, &p);
    bad = 0;
    for (int i = 0; i < rounds; i++) {
        mg_value *r = NULL;
        mg_status st = mg_call(vm, "Pass", 1, &in, 1, &r);
        if (st != MG_OK || mg_to_int(r) != 9) {
            if (bad++ < 3) printf("Pass round %d: %d %s\n", i, st, mg_error(vm));
        }
        mg_release(r);
    }
    pthread_join(th, NULL);
    CHECK(bad == 0 && p.bad == 0, "a channel in transit: %d bad rounds, host %d", bad, p.bad);
    mg_release(in);
    mg_vm_free(vm);
}

/* ---------- stop, the time limit, free ---------- */

/* Starts a blocked host thread of each kind on channels no one else uses. */
static void block_all(mg_vm *vm, host_op ops[4], mg_value *ch[4]) {
    for (int k = 0; k < 4; k++) {
        ch[k] = mg_new_chan(vm, "int", 0);
        host_op_start(&ops[k], vm, ch[k], k);
        wait_queued(ch[k], k % 2 == 0);
    }
}

static void check_woken(host_op ops[4], mg_status want, const char *what) {
    for (int k = 0; k < 4; k++) {
        bool ended = host_op_join(&ops[k], 5000);
        CHECK(ended, "%s: host op %d still blocked", what, k);
        CHECK(!ended || ops[k].st == want, "%s: host op %d returned %d, not %d", what, k, ops[k].st,
              want);
    }
}

static void test_ends(int procs) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    host_op ops[4];
    mg_value *ch[4];
    mg_value *hold = mg_new_chan(vm, "int", 0);
    mg_value *one = mg_new_int(vm, 1);

    /* mg_vm_stop during a run */
    block_all(vm, ops, ch);
    call_job j = {.vm = vm, .name = "Forever", .nargs = 1, .args = {hold}};
    call_start(&j);
    wait_queued(hold, true);
    mg_vm_stop(vm);
    check_woken(ops, MG_STOPPED, "mg_vm_stop");
    CHECK(call_join(&j) == MG_STOPPED, "the stopped run");
    /* a thread that blocks after the stop returns at once too */
    host_op late;
    host_op_start(&late, vm, ch[0], 0);
    CHECK(host_op_join(&late, 5000) && late.st == MG_STOPPED, "recv after the stop: %d", late.st);
    CHECK(mg_chan_try_recv(vm, ch[0], NULL, NULL) == MG_STOPPED, "try_recv after the stop");
    mg_value *r = NULL;
    CHECK(mg_call(vm, "Spin", 1, &one, 1, &r) == MG_OK, "a run after the stop");
    mg_release(r);
    CHECK(mg_chan_try_recv(vm, ch[0], NULL, NULL) == MG_WOULDBLOCK, "try_recv after a new run");
    for (int k = 0; k < 4; k++)
        mg_release(ch[k]);

    /* mg_vm_stop with no run: host-to-host waiters are woken as well */
    block_all(vm, ops, ch);
    mg_vm_stop(vm);
    check_woken(ops, MG_STOPPED, "mg_vm_stop between runs");
    CHECK(mg_call(vm, "Spin", 1, &one, 1, &r) == MG_STOPPED, "the run a stop was waiting for");
    CHECK(mg_chan_try_send(vm, ch[1], one) == MG_STOPPED, "still stopped");
    CHECK(mg_call(vm, "Spin", 1, &one, 1, &r) == MG_OK, "the next run");
    mg_release(r);
    CHECK(mg_chan_try_send(vm, ch[1], one) == MG_WOULDBLOCK, "channels work again");
    for (int k = 0; k < 4; k++)
        mg_release(ch[k]);

    /* a stop racing with host threads about to block: none is left blocked */
    int hung = 0, wrong = 0;
    for (int i = 0; i < 40; i++) {
        mg_value *c = mg_new_chan(vm, "int", 0);
        host_op o;
        host_op_start(&o, vm, c, i % 4);
        if (i % 2) sleep_ms(0.1 * (i % 5));
        mg_vm_stop(vm);
        if (!host_op_join(&o, 5000))
            hung++;
        else if (o.st != MG_STOPPED)
            wrong++;
        mg_call(vm, "Spin", 1, &one, 1, &r); /* stopped at once: clears nothing */
        mg_call(vm, "Spin", 1, &one, 1, &r);
        mg_release(r);
        r = NULL;
        mg_release(c);
    }
    CHECK(hung == 0 && wrong == 0, "stop vs blocking host threads: %d hung, %d wrong", hung, wrong);
    mg_release(hold);
    mg_release(one);

    /* mg_vm_free: woken, and the handles can still be released afterwards */
    block_all(vm, ops, ch);
    mg_vm_free(vm);
    check_woken(ops, MG_STOPPED, "mg_vm_free");
    for (int k = 0; k < 4; k++)
        mg_release(ch[k]);

    /* the wall-clock limit: its status, for the run and the host threads */
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = procs;
    opt.time_limit_ms = 150;
    vm = load_opt(&cap, &opt);
    hold = mg_new_chan(vm, "int", 0);
    block_all(vm, ops, ch);
    call_job t = {.vm = vm, .name = "Forever", .nargs = 1, .args = {hold}};
    double t0 = now_ms();
    call_start(&t);
    CHECK(call_join(&t) == MG_ERR_TIMEOUT, "the run under a time limit: %d", t.st);
    check_woken(ops, MG_ERR_TIMEOUT, "time limit");
    CHECK(now_ms() - t0 < 4000, "woken late: %.0f ms", now_ms() - t0);
    one = mg_new_int(vm, 1);
    CHECK(mg_chan_try_send(vm, ch[1], one) == MG_ERR_TIMEOUT, "after the time limit");
    CHECK(mg_call(vm, "Spin", 1, &one, 1, &r) == MG_OK, "a run after the time limit: %s",
          mg_error(vm));
    mg_release(r);
    CHECK(mg_chan_try_send(vm, ch[1], one) == MG_WOULDBLOCK, "channels work again");
    for (int k = 0; k < 4; k++)
        mg_release(ch[k]);
    mg_release(one);
    mg_release(hold);
    mg_vm_free(vm);
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int rounds = argc > 1 ? atoi(argv[1]) : 100;
    for (int procs = 1; procs <= 2; procs++) {
        test_types(procs);
        test_deadlock(procs);
        test_races(procs, rounds);
        test_ends(procs);
    }
    if (failures == 0) printf("ok\n");
    return failures != 0;
}
