/* test_embed_chan.c - channels across the embedding boundary (mg_new_chan, mg_chan_*):
 * host threads and goroutines on the same channels, unbuffered and buffered, with Go's
 * semantics: pairs of blocking operations, a select meeting a host sender, closes from
 * either side, send on a closed channel as MG_CLOSED, try and timed forms, element
 * kinds converting both ways, a channel returned by a call, one made and used inside a
 * blocking host function, the deadlock rule (no report while the host holds the channel
 * a goroutine waits on; a report once it lets go), and mg_vm_stop / mg_vm_free waking a
 * blocked host thread (test_embed_chanlife.c has the rest of the deadlock rule and of
 * the ends).
 * Each scenario runs under GOMAXPROCS 1 and 4.
 *
 * Where a test must know that a thread or goroutine is blocked on a channel before it
 * acts, it looks at the channel's wait queues (runtime internals) rather than sleeping.
 */
#include "vm/gc_glue.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "embed_test.h"
#include "minigo.h"
#include "runtime/rt_internal.h"
#include "unit_check.h"
#include "embed_chan_test.h"
#include "vm/vm.h"

static const char prog[] =
    "package main\n"
    "import (\"fmt\"; \"game/host\")\n"
    "type Point struct { X, Y int }\n"
    "func Sum(in <-chan int) int { s := 0; for v := range in { s += v }; return s }\n"
    "func Double(in <-chan int, out chan<- int, n int) {\n"
    "\tfor i := 0; i < n; i++ { out <- 2 * <-in }\n"
    "}\n"
    "func Produce(out chan<- string, n int) {\n"
    "\tfor i := 0; i < n; i++ { out <- fmt.Sprint(\"s\", i) }\n"
    "\tclose(out)\n"
    "}\n"
    "func Wait(in chan int) int { return <-in }\n"
    "func Sel(a, b chan int, quit chan bool) int {\n"
    "\tn := 0\n"
    "\tfor {\n"
    "\t\tselect {\n"
    "\t\tcase v := <-a: n += v\n"
    "\t\tcase v := <-b: n += 1000 * v\n"
    "\t\tcase <-quit: return n\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "func Kinds(a chan int8, b chan uint64, c chan float32, d chan bool, e chan []int,\n"
    "\tf chan map[string]int, g chan Point, h chan string) {\n"
    "\ta <- 2 * <-a; b <- 2 * <-b; c <- 2 * <-c; d <- !<-d\n"
    "\tx := <-e; e <- append(x, len(x))\n"
    "\tm := <-f; m[\"n\"] = len(m); f <- m\n"
    "\tp := <-g; g <- Point{p.Y, p.X}\n"
    "\th <- <-h + \"!\"\n"
    "}\n"
    "func Gen(n int) <-chan int {\n"
    "\tc := make(chan int, n)\n"
    "\tfor i := 0; i < n; i++ { c <- i * i }\n"
    "\tclose(c)\n"
    "\treturn c\n"
    "}\n"
    "func Ask() int {\n"
    "\tc := host.Make()\n"
    "\tgo func() { c <- 7 }()\n"
    "\treturn host.Take(c) + host.Take(c)\n"
    "}\n"
    "func Churn(out chan<- string, in <-chan string, n int) {\n"
    "\tfor i := 0; i < n; i++ {\n"
    "\t\tjunk := make([][]byte, 16)\n"
    "\t\tfor k := range junk { junk[k] = make([]byte, 4096) }\n"
    "\t\tout <- fmt.Sprint(\"value-\", i, \"-\", len(<-in), \"-\", len(junk))\n"
    "\t}\n"
    "\tclose(out)\n"
    "}\n"
    "func main() {}\n"
    "func SendClosed(c chan int) (r string) {\n"
    "\tdefer func() { r = fmt.Sprint(recover()) }()\n"
    "\tc <- 1\n"
    "\treturn \"sent\"\n"
    "}\n";

/* ---------- host functions: a channel made and received from inside the VM ---------- */

static void h_make(mg_hostcall *c) {
    mg_value *ch = mg_new_chan(mg_host_vm(c), "int", 1);
    CHECK(ch != NULL, "mg_new_chan in a host function: %s", mg_error(mg_host_vm(c)));
    mg_value *one = mg_new_int(mg_host_vm(c), 5);
    CHECK(mg_chan_try_send(mg_host_vm(c), ch, one) == MG_OK, "try_send into an empty buffer");
    mg_release(one);
    mg_host_return(c, 0, ch);
    mg_release(ch);
}

/* Blocking (flagged): under GOMAXPROCS=1 the sending goroutine runs only because this
 * host function's M gave its P away. */
static void h_take(mg_hostcall *c) {
    mg_value *v = NULL;
    int ok = 0;
    mg_status st = mg_chan_recv(mg_host_vm(c), mg_host_arg(c, 0), &v, &ok);
    CHECK(st == MG_OK && ok, "recv in a host function: %d", st);
    mg_host_return(c, 0, v);
    mg_release(v);
}

static const mg_host_entry entries[] = {
    {"Make", "func() chan int", h_make, NULL, 0},
    {"Take", "func(chan int) int", h_take, NULL, MG_HOST_BLOCKING},
};

/* ---------- helpers ---------- */

static mg_vm *load(capture *cap, int procs) {
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = procs;
    mg_vm *vm = new_vm(cap, &opt);
    CHECK(mg_register_package(vm, "game/host", entries, 2) == MG_OK, "register");
    mg_status st = mg_load_string(vm, "chan.mg", prog, strlen(prog));
    CHECK(st == MG_OK, "load: %s", mg_error(vm));
    return vm;
}

static long long recv_int(mg_vm *vm, mg_value *ch, int *ok, mg_status *st) {
    mg_value *v = NULL;
    *st = mg_chan_recv(vm, ch, &v, ok);
    long long x = mg_to_int(v);
    mg_release(v);
    return x;
}

/* ---------- scenarios ---------- */

/* Unbuffered pairs: the host sends, a goroutine doubles, the host receives. */
static void test_pairs(int procs) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    mg_value *in = mg_new_chan(vm, "int", 0), *out = mg_new_chan(vm, "int", 0);
    CHECK(in && out, "mg_new_chan: %s", mg_error(vm));
    CHECK(strcmp(mg_type_name(in), "chan int") == 0, "type %s", mg_type_name(in));
    CHECK(mg_kind_of(in) == MG_CHAN, "kind");
    call_job j = {.vm = vm, .name = "Double", .nargs = 3, .args = {in, out, mg_new_int(vm, 2000)}};
    call_start(&j);
    int bad = 0;
    for (int i = 0; i < 2000; i++) {
        int ok;
        mg_status st;
        if (send_int(vm, in, i) != MG_OK) bad++;
        if (recv_int(vm, out, &ok, &st) != 2 * i || st != MG_OK || !ok) bad++;
    }
    CHECK(bad == 0, "%d wrong pairs", bad);
    CHECK(call_join(&j) == MG_OK, "Double: %s", mg_error(vm));
    mg_release(j.args[2]);

    /* the host closes: range in the script ends */
    call_job s = {.vm = vm, .name = "Sum", .nargs = 1, .args = {in}, .nres = 1};
    call_start(&s);
    for (int i = 1; i <= 100; i++)
        send_int(vm, in, i);
    CHECK(mg_chan_close(vm, in) == MG_OK, "close");
    CHECK(call_join(&s) == MG_OK && mg_to_int(s.res) == 5050, "Sum: %lld", mg_to_int(s.res));
    mg_release(s.res);
    CHECK(mg_chan_close(vm, in) == MG_CLOSED, "close of closed channel");
    CHECK(send_int(vm, in, 1) == MG_CLOSED, "send on closed channel");
    mg_value *one = mg_new_int(vm, 1);
    CHECK(mg_chan_try_send(vm, in, one) == MG_CLOSED, "try_send on closed channel");
    mg_release(one);
    int ok = 1;
    mg_status st;
    CHECK(recv_int(vm, in, &ok, &st) == 0 && st == MG_OK && !ok, "recv from closed");

    /* the script's send on a channel the host closed panics as in Go */
    call_job sc = {.vm = vm, .name = "SendClosed", .nargs = 1, .args = {in}, .nres = 1};
    call_start(&sc);
    CHECK(call_join(&sc) == MG_OK, "SendClosed");
    const char *txt = mg_to_string(sc.res, NULL);
    CHECK(txt && strcmp(txt, "send on closed channel") == 0, "recovered %s", txt ? txt : "");
    mg_release(sc.res);
    mg_release(in);
    mg_release(out);
    mg_vm_free(vm);
}

/* The script closes; a host sender blocked meanwhile gets MG_CLOSED. */
static void *blocked_sender(void *arg) {
    void **a = arg;
    mg_status *st = a[2];
    *st = send_int(a[0], a[1], 99);
    return NULL;
}

static void test_script_close(int procs) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    mg_value *out = mg_new_chan(vm, "string", 0);
    call_job j = {.vm = vm, .name = "Produce", .nargs = 2, .args = {out, mg_new_int(vm, 5)}};
    call_start(&j);
    char got[64] = "";
    for (;;) {
        mg_value *v = NULL;
        int ok = 0;
        mg_status st = mg_chan_recv(vm, out, &v, &ok);
        CHECK(st == MG_OK, "recv %d", st);
        if (!ok) {
            CHECK(mg_to_string(v, NULL) && !*mg_to_string(v, NULL), "zero string");
            mg_release(v);
            break;
        }
        strncat(got, mg_to_string(v, NULL), sizeof got - strlen(got) - 1);
        mg_release(v);
    }
    CHECK(strcmp(got, "s0s1s2s3s4") == 0, "got %s", got);
    CHECK(call_join(&j) == MG_OK, "Produce");
    mg_value *x = mg_new_string(vm, "x", 1);
    CHECK(mg_chan_send(vm, out, x) == MG_CLOSED, "send on a channel the script closed");
    CHECK(mg_chan_close(vm, out) == MG_CLOSED, "close after the script's close");
    mg_release(x);
    mg_release(j.args[1]);

    /* a host sender blocked on a channel that the host then closes */
    mg_value *c = mg_new_chan(vm, "int", 0);
    mg_status sst = MG_OK;
    void *a[3] = {vm, c, &sst};
    pthread_t th;
    pthread_create(&th, NULL, blocked_sender, a);
    wait_queued(c, false);
    CHECK(mg_chan_close(vm, c) == MG_OK, "close");
    pthread_join(th, NULL);
    CHECK(sst == MG_CLOSED, "blocked sender after close: %d", sst);
    mg_release(c);
    mg_vm_free(vm);
}

/* Buffered channels between runs, the try and timed forms, host to host. */
static void *host_sender(void *arg) {
    void **a = arg;
    for (int i = 0; i < 1000; i++)
        send_int(a[0], a[1], i);
    return NULL;
}

static void test_buffered(int procs) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    mg_value *c = mg_new_chan(vm, "int", 3);
    CHECK(mg_chan_cap(c) == 3 && mg_chan_len(c) == 0, "cap/len");
    for (int i = 0; i < 3; i++) {
        mg_value *v = mg_new_int(vm, 10 + i);
        CHECK(mg_chan_try_send(vm, c, v) == MG_OK, "try_send %d", i);
        mg_release(v);
    }
    mg_value *v = mg_new_int(vm, 13);
    CHECK(mg_chan_try_send(vm, c, v) == MG_WOULDBLOCK, "try_send on a full buffer");
    double t0 = now_ms();
    CHECK(mg_chan_send_timeout(vm, c, v, 20000000) == MG_TIMEOUT, "send_timeout on full");
    CHECK(now_ms() - t0 >= 19, "send_timeout returned early: %.1f ms", now_ms() - t0);
    CHECK(mg_chan_len(c) == 3, "len %lld", mg_chan_len(c));
    mg_release(v);
    for (int i = 0; i < 3; i++) {
        mg_value *r = NULL;
        int ok = 0;
        CHECK(mg_chan_try_recv(vm, c, &r, &ok) == MG_OK && ok && mg_to_int(r) == 10 + i,
              "try_recv %d", i);
        mg_release(r);
    }
    mg_value *r = (mg_value *)1;
    int ok = 1;
    CHECK(mg_chan_try_recv(vm, c, &r, &ok) == MG_WOULDBLOCK && r == NULL, "try_recv empty");
    t0 = now_ms();
    CHECK(mg_chan_recv_timeout(vm, c, &r, &ok, 20000000) == MG_TIMEOUT && r == NULL,
          "recv_timeout on empty");
    CHECK(now_ms() - t0 >= 19, "recv_timeout returned early");
    CHECK(mg_chan_recv_timeout(vm, c, &r, &ok, 0) == MG_TIMEOUT, "recv_timeout 0");

    /* buffered values made before a run are received by it */
    for (int i = 1; i <= 3; i++)
        send_int(vm, c, i);
    mg_chan_close(vm, c);
    mg_value *res = NULL;
    CHECK(mg_call(vm, "Sum", 1, &c, 1, &res) == MG_OK && mg_to_int(res) == 6, "Sum %lld",
          mg_to_int(res));
    mg_release(res);
    mg_release(c);

    /* two host threads on an unbuffered channel, no run at all; then a timed receive
     * that a sender completes in time */
    mg_value *u = mg_new_chan(vm, "int", 0);
    void *a[2] = {vm, u};
    pthread_t th;
    pthread_create(&th, NULL, host_sender, a);
    long long sum = 0, bad = 0;
    for (int i = 0; i < 1000; i++) {
        mg_value *x = NULL;
        mg_status st = i % 2 ? mg_chan_recv(vm, u, &x, &ok)
                             : mg_chan_recv_timeout(vm, u, &x, &ok, 10000000000LL);
        if (st != MG_OK || !ok) bad++;
        sum += mg_to_int(x);
        mg_release(x);
    }
    pthread_join(th, NULL);
    CHECK(bad == 0 && sum == 999 * 1000 / 2, "host to host: %lld bad, sum %lld", bad, sum);
    mg_release(u);
    mg_vm_free(vm);
}

/* A select in the script meets host senders on two channels. */
static void test_select(int procs) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    mg_value *a = mg_new_chan(vm, "int", 0), *b = mg_new_chan(vm, "int", 0);
    mg_value *quit = mg_new_chan(vm, "bool", 0);
    call_job j = {.vm = vm, .name = "Sel", .nargs = 3, .args = {a, b, quit}, .nres = 1};
    call_start(&j);
    for (int i = 0; i < 500; i++) {
        send_int(vm, a, 1);
        send_int(vm, b, 1);
    }
    mg_value *t = mg_new_bool(vm, 1);
    CHECK(mg_chan_send(vm, quit, t) == MG_OK, "quit");
    mg_release(t);
    CHECK(call_join(&j) == MG_OK && mg_to_int(j.res) == 500 + 500 * 1000, "Sel: %lld",
          mg_to_int(j.res));
    mg_release(j.res);
    mg_release(a);
    mg_release(b);
    mg_release(quit);
    mg_vm_free(vm);
}

/* Every element kind, both ways: the host sends, the script answers on the same
 * buffered channel, the host reads the typed answer. */
static void test_kinds(int procs) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    static const char *const types[] = {"int8",  "uint64",         "float32",    "bool",
                                        "[]int", "map[string]int", "main.Point", "string"};
    mg_value *ch[8];
    for (int i = 0; i < 8; i++) {
        ch[i] = mg_new_chan(vm, types[i], 1);
        CHECK(ch[i] != NULL, "mg_new_chan(%s): %s", types[i], mg_error(vm));
    }
    mg_value *big = mg_new_int(vm, 300);
    CHECK(mg_chan_send(vm, ch[0], big) == MG_ERR_STATE && strstr(mg_error(vm), "overflows"),
          "300 into chan int8: %s", mg_error(vm));
    mg_release(big);
    mg_value *items[3] = {mg_new_int(vm, 4), mg_new_int(vm, 5), NULL};
    mg_value *ks[1] = {mg_new_string(vm, "a", 1)}, *vs[1] = {mg_new_int(vm, 1)};
    mg_value *pk[2] = {mg_new_string(vm, "X", 1), mg_new_string(vm, "Y", 1)};
    mg_value *pv[2] = {mg_new_int(vm, 1), mg_new_int(vm, 2)};
    mg_value *vals[8] = {mg_new_int(vm, -5),         mg_new_uint(vm, 1ULL << 40),
                         mg_new_float(vm, 1.25),     mg_new_bool(vm, 1),
                         mg_new_list(vm, 2, items),  mg_new_dict(vm, 1, ks, vs),
                         mg_new_dict(vm, 2, pk, pv), mg_new_string(vm, "hi", 2)};
    for (int i = 0; i < 8; i++)
        CHECK(mg_chan_send(vm, ch[i], vals[i]) == MG_OK, "send %s: %s", types[i], mg_error(vm));
    CHECK(mg_call(vm, "Kinds", 8, ch, 0, NULL) == MG_OK, "Kinds: %s", mg_error(vm));
    mg_value *got[8];
    for (int i = 0; i < 8; i++) {
        int ok = 0;
        CHECK(mg_chan_recv(vm, ch[i], &got[i], &ok) == MG_OK && ok, "recv %s", types[i]);
    }
    CHECK(mg_to_int(got[0]) == -10 && strcmp(mg_type_name(got[0]), "int8") == 0, "int8");
    CHECK(mg_to_uint(got[1]) == 1ULL << 41, "uint64");
    CHECK(mg_to_float(got[2]) == 2.5 && strcmp(mg_type_name(got[2]), "float32") == 0, "f32");
    CHECK(mg_kind_of(got[3]) == MG_BOOL && !mg_to_bool(got[3]), "bool");
    mg_value *e2 = mg_index(got[4], 2);
    CHECK(mg_len(got[4]) == 3 && mg_to_int(e2) == 2, "[]int");
    mg_release(e2);
    mg_value *key = mg_new_string(vm, "n", 1), *n = mg_lookup(got[5], key);
    CHECK(mg_len(got[5]) == 2 && mg_to_int(n) == 1, "map");
    mg_release(n);
    mg_release(key);
    mg_value *px = mg_field(got[6], "X");
    CHECK(strcmp(mg_type_name(got[6]), "main.Point") == 0 && mg_to_int(px) == 2, "Point");
    mg_release(px);
    CHECK(strcmp(mg_to_string(got[7], NULL), "hi!") == 0, "string");
    for (int i = 0; i < 8; i++) {
        mg_release(got[i]);
        mg_release(vals[i]);
        mg_release(ch[i]);
    }
    for (int i = 0; i < 2; i++) {
        mg_release(items[i]);
        mg_release(pk[i]);
        mg_release(pv[i]);
    }
    mg_release(ks[0]);
    mg_release(vs[0]);
    CHECK(mg_new_chan(vm, "complex64", 0) == NULL && strstr(mg_error(vm), "complex64"),
          "an element type the program lacks: %s", mg_error(vm));

    /* a channel the script made and returned: receive-only, drained after the run */
    mg_value *nn = mg_new_int(vm, 4), *g = NULL;
    CHECK(mg_call(vm, "Gen", 1, &nn, 1, &g) == MG_OK, "Gen");
    CHECK(strcmp(mg_type_name(g), "<-chan int") == 0, "Gen's type %s", mg_type_name(g));
    CHECK(send_int(vm, g, 1) == MG_ERR_STATE, "send on a receive-only channel");
    CHECK(mg_chan_close(vm, g) == MG_ERR_STATE, "close of a receive-only channel");
    long long sum = 0;
    int ok = 1;
    mg_status st;
    for (int i = 0; i < 4; i++)
        sum += recv_int(vm, g, &ok, &st);
    recv_int(vm, g, &ok, &st);
    CHECK(sum == 0 + 1 + 4 + 9 && !ok && st == MG_OK, "Gen drained: %lld", sum);
    mg_release(g);
    mg_release(nn);

    /* a channel made by a host function, received from in a blocking host function */
    mg_value *r = NULL;
    CHECK(mg_call(vm, "Ask", 0, NULL, 1, &r) == MG_OK && mg_to_int(r) == 12, "Ask: %s %lld",
          mg_error(vm), mg_to_int(r));
    mg_release(r);
    mg_vm_free(vm);
}

/* Strings cross both ways while the script makes garbage: the values a blocked host
 * thread holds (on its stack, and being written there by a goroutine) survive the
 * collections that happen meanwhile. */
static void test_gc(int procs) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    mg_value *out = mg_new_chan(vm, "string", 0), *in = mg_new_chan(vm, "string", 0);
    call_job j = {.vm = vm, .name = "Churn", .nargs = 3, .args = {out, in, mg_new_int(vm, 3000)}};
    call_start(&j);
    int bad = 0;
    for (int i = 0; i < 3000; i++) {
        char buf[64];
        int n = snprintf(buf, sizeof buf, "host-%d", i);
        mg_value *v = mg_new_string(vm, buf, (size_t)n);
        if (mg_chan_send(vm, in, v) != MG_OK) bad++;
        mg_release(v);
        mg_value *r = NULL;
        int ok = 0;
        if (mg_chan_recv(vm, out, &r, &ok) != MG_OK || !ok) bad++;
        char want[64];
        snprintf(want, sizeof want, "value-%d-%d-16", i, n);
        const char *got = mg_to_string(r, NULL);
        if (!got || strcmp(got, want) != 0) bad++;
        mg_release(r);
    }
    CHECK(bad == 0, "%d bad strings", bad);
    CHECK(call_join(&j) == MG_OK, "Churn: %s", mg_error(vm));
    mg_release(j.args[2]);
    mg_release(in);
    mg_release(out);
    mg_vm_free(vm);
}

/* The deadlock rule, mg_vm_stop and mg_vm_free. */
static void *blocked_recv(void *arg) {
    void **a = arg;
    int ok;
    mg_status *st = a[2];
    recv_int(a[0], a[1], &ok, st);
    return NULL;
}

static void test_deadlock_and_stop(int procs) {
    capture cap;
    mg_vm *vm = load(&cap, procs);
    mg_value *c = mg_new_chan(vm, "int", 0);
    /* the only goroutine waits for the host: no deadlock while the host holds c */
    call_job j = {.vm = vm, .name = "Wait", .nargs = 1, .args = {c}, .nres = 1};
    call_start(&j);
    wait_queued(c, true);
    sleep_ms(50); /* time for the idle M's deadlock check to (wrongly) fire */
    CHECK(send_int(vm, c, 42) == MG_OK, "send to the waiting goroutine");
    CHECK(call_join(&j) == MG_OK && mg_to_int(j.res) == 42, "Wait: %s", mg_error(vm));
    mg_release(j.res);

    /* ... and once the host lets the channel go, the deadlock is reported */
    call_job d = {.vm = vm, .name = "Wait", .nargs = 1, .args = {c}, .nres = 1};
    call_start(&d);
    wait_queued(c, true);
    mg_release(c);
    CHECK(call_join(&d) == MG_ERR_RUNTIME && strstr(mg_error(vm), "all goroutines are asleep"),
          "deadlock after release: %s", mg_error(vm));

    /* mg_vm_stop wakes a host thread blocked in a receive, and ends the run */
    c = mg_new_chan(vm, "int", 0);
    mg_value *c2 = mg_new_chan(vm, "int", 0);
    call_job w = {.vm = vm, .name = "Wait", .nargs = 1, .args = {c2}, .nres = 1};
    call_start(&w);
    wait_queued(c2, true);
    mg_status hst = MG_OK;
    void *a[3] = {vm, c, &hst};
    pthread_t th;
    pthread_create(&th, NULL, blocked_recv, a);
    wait_queued(c, true);
    mg_vm_stop(vm);
    pthread_join(th, NULL);
    CHECK(hst == MG_STOPPED, "host receive after mg_vm_stop: %d", hst);
    CHECK(call_join(&w) == MG_STOPPED, "the run after mg_vm_stop");
    CHECK(!queued(c, true) && !queued(c2, true), "waiters left queued");
    /* later channel calls fail the same way until the next run begins ... */
    mg_value *one = mg_new_int(vm, 1);
    CHECK(mg_chan_try_send(vm, c2, one) == MG_STOPPED, "try_send after mg_vm_stop");
    CHECK(send_int(vm, c, 1) == MG_STOPPED, "send after mg_vm_stop");
    CHECK(mg_chan_close(vm, c) == MG_STOPPED, "close after mg_vm_stop");
    /* ... and work as usual after it */
    CHECK(mg_call(vm, "main", 0, NULL, 0, NULL) == MG_OK, "a run after the stop: %s", mg_error(vm));
    CHECK(mg_chan_try_send(vm, c2, one) == MG_WOULDBLOCK, "the dropped goroutine is gone");
    mg_release(one);

    /* mg_vm_free wakes a blocked host thread and waits for it */
    hst = MG_OK;
    pthread_create(&th, NULL, blocked_recv, a);
    wait_queued(c, true);
    mg_release(c2);
    mg_release(c); /* the thread keeps using the channel it was given */
    mg_vm_free(vm);
    pthread_join(th, NULL);
    CHECK(hst == MG_STOPPED, "host receive after mg_vm_free: %d", hst);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    for (int procs = 1; procs <= 4; procs += 3) {
        test_pairs(procs);
        test_script_close(procs);
        test_buffered(procs);
        test_select(procs);
        test_kinds(procs);
        test_gc(procs);
        test_deadlock_and_stop(procs);
    }
    if (failures == 0) printf("ok\n");
    return failures != 0;
}
