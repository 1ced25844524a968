/* test_embed_direct.c - mg_call's direct path (vm/api_call.c): a function that cannot
 * block runs on the calling thread without a scheduler, and must behave exactly as the
 * scheduled call does. Each check runs the same call on a VM that takes the direct path
 * and on one that cannot (a heap limit sends every call through the scheduler) and
 * compares: results, panic reports (the goroutine trace included), stack overflow. Then
 * what only the direct path has to get right on its own: mg_vm_stop from another thread
 * and the instruction budget end a direct call, the next call runs normally, a call that
 * starts goroutines still gets a scheduler, direct calls start no thread; and a host
 * function keeps an argument (held in the trampoline's frame) with mg_retain; and a host
 * thread the collector does not know is registered for each call, every time (the
 * per-thread cache must not take minigo's own registration for a permanent one).
 */
#include "vm/gc_glue.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "embed_test.h"
#include "minigo.h"
#include "unit_check.h"

static mg_value *kept; /* h_keep's retained argument */

static void h_keep(mg_hostcall *c) {
    mg_release(kept);
    kept = mg_retain(mg_host_arg(c, 0));
}

/* Whether the thread running h_seen was registered with the collector, when it is the
 * host thread of test_foreign_thread. */
static pthread_t foreign;
static int seen_calls, seen_registered;

static void h_seen(mg_hostcall *c) {
    mg_value *v = mg_new_string(mg_host_vm(c), "x", 1); /* a nested registration check */
    mg_release(v);
    if (pthread_equal(pthread_self(), foreign)) {
        seen_calls++;
        seen_registered += GC_thread_is_registered() != 0;
    }
}

static const mg_host_entry hosts[] = {{"Keep", "func(string)", h_keep, NULL, 0},
                                      {"Seen", "func()", h_seen, NULL, 0}};

static const char prog[] =
    "package main\n"
    "import \"h\"\n"
    "var total int\n"
    "func Fib(n int) int { if n < 2 { return n }; return Fib(n-1) + Fib(n-2) }\n"
    "func Acc(x int) int { total += x; return total }\n"
    "func Name(s string, n int) string { r := \"\"; for i := 0; i < n; i++ { r += s }; return r }\n"
    "func At(xs []int, i int) int { return xs[i] }\n"
    "func Deep(n int) int { return Deep(n+1) + 1 }\n"
    "func Spin() { for {} }\n"
    "func Spawn(n int) int { ch := make(chan int); for i := 0; i < n; i++ { go func(i int) { ch <- "
    "i }(i) }; s := 0; for i := 0; i < n; i++ { s += <-ch }; return s }\n"
    "func Keep(s string) { h.Keep(s + \"!\") }\n"
    "func Seen() { h.Seen() }\n"
    "func main() {}\n";

static mg_vm *new_prog_vm(capture *cap, size_t heap_limit, unsigned long long budget) {
    mg_options opt;
    mg_options_init(&opt);
    opt.heap_limit = heap_limit;
    opt.max_instructions = budget;
    opt.max_stack_bytes = 1 << 20;
    mg_vm *vm = new_vm(cap, &opt);
    CHECK(mg_register_package(vm, "h", hosts, 2) == MG_OK, "register: %s", mg_error(vm));
    CHECK(mg_load_string(vm, "prog.mg", prog, sizeof prog - 1) == MG_OK, "load: %s", mg_error(vm));
    return vm;
}

static mg_status call1(mg_vm *vm, const char *fn, mg_value *a, mg_value *b, mg_value **res) {
    mg_value *args[2] = {a, b};
    int n = b ? 2 : a ? 1 : 0;
    mg_status st = mg_call(vm, fn, n, args, res ? 1 : 0, res);
    mg_release(a);
    mg_release(b);
    return st;
}

/* The same calls on both paths: the same results and reports. */
static void test_same_both_ways(void) {
    capture cd, cs;
    mg_vm *d = new_prog_vm(&cd, 0, 0), *s = new_prog_vm(&cs, 1 << 30, 0);
    mg_vm *vms[2] = {d, s};
    long long fib[2], acc[2];
    char name[2][64];
    char report[2][2048];
    for (int k = 0; k < 2; k++) {
        mg_vm *vm = vms[k];
        mg_value *r;
        CHECK(call1(vm, "Fib", mg_new_int(vm, 20), NULL, &r) == MG_OK, "Fib %d", k);
        fib[k] = mg_to_int(r);
        mg_release(r);
        for (int i = 1; i <= 3; i++) {
            CHECK(call1(vm, "Acc", mg_new_int(vm, i), NULL, &r) == MG_OK, "Acc %d", k);
            acc[k] = mg_to_int(r);
            mg_release(r);
        }
        CHECK(call1(vm, "Name", mg_new_string(vm, "ab", 2), mg_new_int(vm, 3), &r) == MG_OK,
              "Name %d", k);
        snprintf(name[k], sizeof name[k], "%s", mg_to_string(r, NULL));
        mg_release(r);
        mg_value *items[2] = {mg_new_int(vm, 1), mg_new_int(vm, 2)};
        mg_status st = call1(vm, "At", mg_new_list(vm, 2, items), mg_new_int(vm, 5), &r);
        mg_release(items[0]);
        mg_release(items[1]);
        CHECK(st == MG_ERR_RUNTIME, "At %d: %d", k, st);
        snprintf(report[k], sizeof report[k], "%s", mg_error(vm));
        st = call1(vm, "Deep", mg_new_int(vm, 0), NULL, &r);
        CHECK(st == MG_ERR_RUNTIME && strstr(mg_error(vm), "fatal error: stack overflow"),
              "Deep %d: %d %s", k, st, mg_error(vm));
        CHECK(cd.nerr == 0 && cs.nerr == 0, "reports are not printed: %s%s", cd.err, cs.err);
    }
    CHECK(fib[0] == 6765 && fib[1] == 6765, "fib %lld %lld", fib[0], fib[1]);
    CHECK(acc[0] == 6 && acc[1] == 6, "acc %lld %lld", acc[0], acc[1]);
    CHECK(strcmp(name[0], "ababab") == 0 && strcmp(name[1], "ababab") == 0, "name %s %s", name[0],
          name[1]);
    CHECK(strcmp(report[0], report[1]) == 0, "reports differ:\n%s\n---\n%s", report[0], report[1]);
    CHECK(strncmp(report[0],
                  "panic: runtime error: index out of range [5] with length 2\n\n"
                  "goroutine 1 [running]:\nmain.At(",
                  90) == 0,
          "report %s", report[0]);
    mg_vm_free(d);
    mg_vm_free(s);
}

typedef struct stopper {
    mg_vm *vm;
    double at;
} stopper;

static void *stop_later(void *arg) {
    stopper *s = arg;
    sleep_ms(50);
    s->at = now_ms();
    mg_vm_stop(s->vm);
    return NULL;
}

static void test_stop_budget_threads(void) {
    capture cap;
    mg_vm *vm = new_prog_vm(&cap, 0, 0);
    mg_value *r;
    int threads = count_threads();
    for (int i = 0; i < 1000; i++) {
        CHECK(call1(vm, "Fib", mg_new_int(vm, 5), NULL, &r) == MG_OK, "Fib");
        mg_release(r);
    }
    CHECK(count_threads() == threads, "direct calls started threads: %d -> %d", threads,
          count_threads());

    stopper s = {vm, 0};
    pthread_t th;
    pthread_create(&th, NULL, stop_later, &s);
    mg_status st = call1(vm, "Spin", NULL, NULL, NULL);
    double took = now_ms() - s.at;
    pthread_join(th, NULL);
    CHECK(st == MG_STOPPED && mg_vm_status(vm) == MG_STOPPED, "stop: %d", st);
    CHECK(took < 50, "stop took %.1f ms", took);
    CHECK(call1(vm, "Fib", mg_new_int(vm, 10), NULL, &r) == MG_OK && mg_to_int(r) == 55,
          "after stop: %s", mg_error(vm));
    mg_release(r);

    /* a call that needs the scheduler, then direct ones again */
    CHECK(call1(vm, "Spawn", mg_new_int(vm, 10), NULL, &r) == MG_OK && mg_to_int(r) == 45,
          "Spawn: %s", mg_error(vm));
    mg_release(r);
    CHECK(call1(vm, "Fib", mg_new_int(vm, 11), NULL, &r) == MG_OK && mg_to_int(r) == 89,
          "after Spawn: %s", mg_error(vm));
    mg_release(r);

    /* a host function keeps its argument */
    CHECK(call1(vm, "Keep", mg_new_string(vm, "kept", 4), NULL, NULL) == MG_OK, "Keep: %s",
          mg_error(vm));
    GC_gcollect();
    CHECK(kept && strcmp(mg_to_string(kept, NULL), "kept!") == 0, "kept %s",
          kept ? mg_to_string(kept, NULL) : "(null)");
    mg_release(kept);
    kept = NULL;
    mg_vm_free(vm);

    vm = new_prog_vm(&cap, 0, 1000000);
    st = call1(vm, "Spin", NULL, NULL, NULL);
    CHECK(st == MG_ERR_BUDGET && strstr(mg_error(vm), "fatal error: instruction budget exhausted"),
          "budget: %d %s", st, mg_error(vm));
    CHECK(call1(vm, "Fib", mg_new_int(vm, 12), NULL, &r) == MG_OK && mg_to_int(r) == 144,
          "after budget: %s", mg_error(vm));
    mg_release(r);
    mg_vm_free(vm);
}

static void *foreign_calls(void *arg) {
    mg_vm *vm = arg;
    foreign = pthread_self();
    for (int i = 0; i < 3; i++) {
        CHECK(call1(vm, "Seen", NULL, NULL, NULL) == MG_OK, "Seen: %s", mg_error(vm));
        CHECK(!GC_thread_is_registered(), "call %d left the thread registered", i);
        mg_value *r;
        CHECK(call1(vm, "Name", mg_new_string(vm, "xy", 2), mg_new_int(vm, 2), &r) == MG_OK &&
                  strcmp(mg_to_string(r, NULL), "xyxy") == 0,
              "Name: %s", mg_error(vm));
        mg_release(r);
    }
    return NULL;
}

static void test_foreign_thread(void) {
    capture cap;
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = 1; /* the main goroutine, and so h_seen, runs on the calling thread */
    mg_vm *vm = new_vm(&cap, &opt);
    CHECK(mg_register_package(vm, "h", hosts, 2) == MG_OK, "register: %s", mg_error(vm));
    CHECK(mg_load_string(vm, "prog.mg", prog, sizeof prog - 1) == MG_OK, "load: %s", mg_error(vm));
    pthread_t th;
    /* a plain pthread, not the collector's wrapper: the collector knows nothing of it */
#undef pthread_create
#undef pthread_join
    pthread_create(&th, NULL, foreign_calls, vm);
    pthread_join(th, NULL);
    CHECK(seen_calls == 3 && seen_registered == seen_calls,
          "registered in %d of %d host calls on the host thread", seen_registered, seen_calls);
    mg_vm_free(vm);
}

int main(void) {
    test_same_both_ways();
    test_foreign_thread();
    test_stop_budget_threads();
    if (failures == 0) printf("ok\n");
    return failures != 0;
}
