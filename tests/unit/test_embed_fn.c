/* test_embed_fn.c - prepared calls (mg_fn_get, mg_fn_arg*, mg_fn_call, mg_fn_result*):
 * they must give what mg_call gives, on the direct path and on the scheduled one (a VM
 * with a wall-clock limit, and functions that call fmt), for the typed accessors' fast
 * cases (int, float64, bool, string) and the rest (sized and interface types, range
 * errors, indexes out of range), keep arguments from call to call (zero values until
 * set), keep string arguments and results alive across collections, report panics and
 * refused arguments as mg_call does, and work from a thread the collector does not know.
 * A host function called from parallel goroutines makes, releases and keeps one-word
 * handles in every order (the released block a goroutine's escape reuses, vm/limits.c),
 * one kept across calls and released on another thread. A function that calls a host
 * function not flagged MG_HOST_BLOCKING runs directly (no thread started during the
 * call), one flagged blocking does not, and a host panic on the direct path reads as on
 * the scheduled one.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "embed_test.h"
#include "minigo.h"
#include "unit_check.h"

static const char prog[] =
    "package main\n"
    "import (\n\t\"fmt\"\n\t\"h\"\n\t\"strings\"\n\t\"sync\"\n)\n"
    "var counter int\n"
    "func Add(a, b int) int { return a + b }\n"
    "func Next() int { counter++; return counter }\n"
    "func Scalars(i int, f float64, b bool, s string) (int, float64, bool, string) {\n"
    "\treturn 2 * i, 2 * f, !b, s + s\n"
    "}\n"
    "func Sized(a int8, u uint, f float32, x any) (int8, uint, float32, any) {\n"
    "\treturn a - 1, u + 1, f / 2, x\n"
    "}\n"
    "func Div(a, b int) int { return a / b }\n"
    "func Greet(name string, n int) (string, error) {\n"
    "\tif n < 0 { return \"\", fmt.Errorf(\"bad n %d\", n) }\n"
    "\treturn fmt.Sprintf(\"hello %s x%d\", name, n), nil\n"
    "}\n"
    "func Rep(s string, n int) string { return strings.Repeat(s, n) }\n"
    "func Churn(s string, n int) string {\n"
    "\tt := 0\n"
    "\tfor i := 0; i < n; i++ { b := make([]byte, 4096); b[0] = 1; t += int(b[0]) }\n"
    "\tif t != n { return \"\" }\n"
    "\treturn s\n"
    "}\n"
    "func Join(parts []string) string { return strings.Join(parts, \"+\") }\n"
    "func T() int { return h.Threads() }\n"
    "func TB() int { return h.ThreadsB() }\n"
    "func Boom(n int) int { return h.Boom(n) + 1 }\n"
    "func Par(g, n int) int {\n"
    "\tvar wg sync.WaitGroup\n"
    "\tsums := make([]int, g)\n"
    "\tfor k := 0; k < g; k++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func(k int) {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\tfor i := 0; i < n; i++ { sums[k] += h.Mix(i) }\n"
    "\t\t}(k)\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tt := 0\n"
    "\tfor _, s := range sums { t += s }\n"
    "\treturn t\n"
    "}\n"
    "func main() {}\n";

static void check_add(mg_vm *vm, const char *cfg) {
    mg_fn *add = mg_fn_get(vm, "Add");
    CHECK(add, "%s: Add: %s", cfg, mg_error(vm));
    if (!add) return;
    /* no call yet: no results */
    CHECK(mg_fn_result(add, 0) == NULL && mg_fn_result_int(add, 0) == 0, "%s: no results yet", cfg);
    /* unset arguments are zero values */
    CHECK(mg_fn_call(add) == MG_OK && mg_fn_result_int(add, 0) == 0, "%s: zero args", cfg);
    CHECK(mg_fn_arg_int(add, 0, 20) == MG_OK && mg_fn_arg_int(add, 1, 22) == MG_OK, "%s: set", cfg);
    CHECK(mg_fn_call(add) == MG_OK && mg_fn_result_int(add, 0) == 42, "%s: 42", cfg);
    /* arguments stay set; one changed */
    CHECK(mg_fn_arg_int(add, 1, -2) == MG_OK, "%s: set again", cfg);
    CHECK(mg_fn_call(add) == MG_OK && mg_fn_result_int(add, 0) == 18, "%s: 18", cfg);
    /* results as handles and through the other getters */
    mg_value *r = mg_fn_result(add, 0);
    CHECK(r && mg_kind_of(r) == MG_INT && mg_to_int(r) == 18 && strcmp(mg_type_name(r), "int") == 0,
          "%s: result handle", cfg);
    mg_release(r);
    CHECK(mg_fn_result_float(add, 0) == 18.0 && mg_fn_result_bool(add, 0) == 0 &&
              mg_fn_result_string(add, 0, NULL) == NULL,
          "%s: int through the other getters", cfg);
    CHECK(mg_fn_result(add, 1) == NULL && mg_fn_result_int(add, -1) == 0, "%s: result range", cfg);
    /* a handle argument, and refused ones: the argument keeps its value */
    mg_value *v = mg_new_int(vm, 100);
    CHECK(mg_fn_arg(add, 0, v) == MG_OK, "%s: handle arg", cfg);
    mg_release(v);
    v = mg_new_string(vm, "x", 1);
    CHECK(mg_fn_arg(add, 1, v) == MG_ERR_STATE && strstr(mg_error(vm), "argument 2"),
          "%s: string for int: %s", cfg, mg_error(vm));
    mg_release(v);
    CHECK(mg_fn_arg_string(add, 1, "x", 1) == MG_ERR_STATE, "%s: typed string for int", cfg);
    CHECK(mg_fn_arg_bool(add, 1, 1) == MG_ERR_STATE, "%s: bool for int", cfg);
    CHECK(mg_fn_arg_int(add, 2, 1) == MG_ERR_STATE && mg_fn_arg_int(add, -1, 1) == MG_ERR_STATE,
          "%s: arg range", cfg);
    CHECK(mg_fn_arg_float(add, 1, 2.0) == MG_ERR_STATE, "%s: a float for an int", cfg);
    CHECK(mg_fn_arg_int(add, 1, 2) == MG_OK, "%s: set 2", cfg);
    CHECK(mg_fn_call(add) == MG_OK && mg_fn_result_int(add, 0) == 102, "%s: 102", cfg);
    /* the same answer as mg_call's */
    mg_value *args[2] = {mg_new_int(vm, 100), mg_new_int(vm, 2)}, *res = NULL;
    CHECK(mg_call(vm, "Add", 2, args, 1, &res) == MG_OK && mg_to_int(res) == 102,
          "%s: mg_call agrees", cfg);
    mg_release(res);
    mg_release(args[0]);
    mg_release(args[1]);
    mg_fn_free(add);

    /* package state is shared with mg_call */
    mg_fn *next = mg_fn_get(vm, "Next");
    CHECK(next && mg_fn_call(next) == MG_OK, "%s: Next", cfg);
    long long a = mg_fn_result_int(next, 0);
    CHECK(mg_call(vm, "Next", 0, NULL, 1, &res) == MG_OK && mg_to_int(res) == a + 1,
          "%s: Next via mg_call", cfg);
    mg_release(res);
    CHECK(mg_fn_call(next) == MG_OK && mg_fn_result_int(next, 0) == a + 2, "%s: Next again", cfg);
    /* not freed: mg_vm_free frees it */
}

static void check_scalars(mg_vm *vm, const char *cfg) {
    mg_fn *f = mg_fn_get(vm, "Scalars");
    CHECK(f, "%s: Scalars", cfg);
    if (!f) return;
    CHECK(mg_fn_arg_int(f, 0, 21) == MG_OK && mg_fn_arg_float(f, 1, 1.25) == MG_OK &&
              mg_fn_arg_bool(f, 2, 0) == MG_OK && mg_fn_arg_string(f, 3, "abc", 2) == MG_OK,
          "%s: set", cfg);
    CHECK(mg_fn_call(f) == MG_OK, "%s: call: %s", cfg, mg_error(vm));
    size_t n = 99;
    const char *s = mg_fn_result_string(f, 3, &n);
    CHECK(mg_fn_result_int(f, 0) == 42 && mg_fn_result_float(f, 1) == 2.5 &&
              mg_fn_result_bool(f, 2) == 1 && s && n == 4 && memcmp(s, "abab", 4) == 0,
          "%s: results", cfg);
    mg_value *r = mg_fn_result(f, 3);
    CHECK(r && strcmp(mg_to_string(r, NULL), "abab") == 0, "%s: string handle", cfg);
    mg_release(r);
    /* an empty string */
    CHECK(mg_fn_arg_string(f, 3, "", 0) == MG_OK && mg_fn_call(f) == MG_OK, "%s: empty", cfg);
    s = mg_fn_result_string(f, 3, &n);
    CHECK(s && n == 0, "%s: empty result", cfg);
    CHECK(mg_fn_result_string(f, 0, &n) == NULL, "%s: an int is not a string", cfg);
    /* not freed: mg_vm_free frees it */
}

static void check_sized(mg_vm *vm, const char *cfg) {
    mg_fn *f = mg_fn_get(vm, "Sized");
    CHECK(f, "%s: Sized", cfg);
    if (!f) return;
    CHECK(mg_fn_arg_int(f, 0, 300) == MG_ERR_STATE, "%s: 300 overflows int8", cfg);
    CHECK(mg_fn_arg_int(f, 1, -1) == MG_ERR_STATE, "%s: -1 overflows uint", cfg);
    CHECK(mg_fn_arg_int(f, 0, -8) == MG_OK && mg_fn_arg_int(f, 1, 65535) == MG_OK &&
              mg_fn_arg_float(f, 2, 3) == MG_OK && mg_fn_arg_string(f, 3, "dyn", 3) == MG_OK,
          "%s: set: %s", cfg, mg_error(vm));
    CHECK(mg_fn_call(f) == MG_OK, "%s: call: %s", cfg, mg_error(vm));
    size_t n = 0;
    const char *s = mg_fn_result_string(f, 3, &n); /* an any holding a string */
    CHECK(mg_fn_result_int(f, 0) == -9 && mg_fn_result_int(f, 1) == 65536 &&
              mg_fn_result_float(f, 2) == 1.5 && s && n == 3 && memcmp(s, "dyn", 3) == 0,
          "%s: results", cfg);
    mg_value *r = mg_fn_result(f, 0);
    CHECK(r && strcmp(mg_type_name(r), "int8") == 0, "%s: int8 result", cfg);
    mg_release(r);
    /* an any holding an int */
    CHECK(mg_fn_arg_int(f, 3, 7) == MG_OK && mg_fn_call(f) == MG_OK &&
              mg_fn_result_int(f, 3) == 7 && mg_fn_result_string(f, 3, NULL) == NULL,
          "%s: any int", cfg);
    mg_fn_free(f);
}

static void check_errors(mg_vm *vm, const char *cfg) {
    CHECK(mg_fn_get(vm, "Nope") == NULL && strstr(mg_error(vm), "no function main.Nope"),
          "%s: unknown: %s", cfg, mg_error(vm));
    mg_fn *f = mg_fn_get(vm, "Div");
    CHECK(f, "%s: Div", cfg);
    if (!f) return;
    mg_fn_arg_int(f, 0, 7);
    mg_fn_arg_int(f, 1, 2);
    CHECK(mg_fn_call(f) == MG_OK && mg_fn_result_int(f, 0) == 3, "%s: 7/2", cfg);
    mg_fn_arg_int(f, 1, 0);
    CHECK(mg_fn_call(f) == MG_ERR_RUNTIME &&
              strstr(mg_error(vm), "runtime error: integer divide by zero") &&
              strstr(mg_error(vm), "main.Div"),
          "%s: divide by zero: %s", cfg, mg_error(vm));
    CHECK(mg_fn_result(f, 0) == NULL && mg_fn_result_int(f, 0) == 0, "%s: no results", cfg);
    /* the VM goes on */
    mg_fn_arg_int(f, 1, 7);
    CHECK(mg_fn_call(f) == MG_OK && mg_fn_result_int(f, 0) == 1, "%s: after panic", cfg);
    mg_fn_free(f);
}

/* fmt: the scheduled path whatever the options; an error result */
static void check_greet(mg_vm *vm, const char *cfg) {
    mg_fn *f = mg_fn_get(vm, "Greet");
    CHECK(f, "%s: Greet", cfg);
    if (!f) return;
    mg_fn_arg_string(f, 0, "bob", 3);
    mg_fn_arg_int(f, 1, 3);
    CHECK(mg_fn_call(f) == MG_OK, "%s: call: %s", cfg, mg_error(vm));
    size_t n = 0;
    const char *s = mg_fn_result_string(f, 0, &n);
    CHECK(s && n == 12 && memcmp(s, "hello bob x3", 12) == 0, "%s: greeting", cfg);
    mg_value *e = mg_fn_result(f, 1);
    CHECK(e && mg_kind_of(e) == MG_NIL, "%s: nil error", cfg);
    mg_release(e);
    mg_fn_arg_int(f, 1, -1);
    CHECK(mg_fn_call(f) == MG_OK, "%s: call 2", cfg);
    e = mg_fn_result(f, 1);
    CHECK(e && mg_kind_of(e) == MG_ERROR && strcmp(mg_error_text(e), "bad n -1") == 0, "%s: error",
          cfg);
    mg_release(e);
    mg_fn_free(f);
}

/* a string argument set once and the results of many calls survive collections */
static void check_gc(mg_vm *vm, const char *cfg) {
    mg_fn *churn = mg_fn_get(vm, "Churn"), *rep = mg_fn_get(vm, "Rep");
    CHECK(churn && rep, "%s: Churn, Rep", cfg);
    if (!churn || !rep) return;
    char want[64];
    snprintf(want, sizeof want, "kept across collections (%s)", cfg);
    CHECK(mg_fn_arg_string(churn, 0, want, strlen(want)) == MG_OK, "%s: set", cfg);
    mg_fn_arg_int(churn, 1, 2000); /* 8 MB of garbage a call */
    mg_fn_arg_string(rep, 0, "ab", 2);
    for (int i = 0; i < 40; i++) {
        mg_fn_arg_int(rep, 1, i);
        CHECK(mg_fn_call(rep) == MG_OK, "%s: Rep", cfg);
        size_t rn = 0;
        const char *rs = mg_fn_result_string(rep, 0, &rn);
        CHECK(mg_fn_call(churn) == MG_OK, "%s: Churn %d: %s", cfg, i, mg_error(vm));
        size_t n = 0;
        const char *s = mg_fn_result_string(churn, 0, &n);
        CHECK(s && n == strlen(want) && memcmp(s, want, n) == 0, "%s: round %d", cfg, i);
        /* rep's result lived through churn's collections */
        CHECK(rn == (size_t)(2 * i), "%s: Rep len %d", cfg, i);
        for (size_t k = 0; k < rn; k++)
            if (rs[k] != "ab"[k % 2]) {
                CHECK(0, "%s: Rep byte %zu of round %d", cfg, k, i);
                break;
            }
    }
    mg_fn_free(churn);
    mg_fn_free(rep);
}

static void check_list(mg_vm *vm, const char *cfg) {
    mg_fn *f = mg_fn_get(vm, "Join");
    CHECK(f, "%s: Join", cfg);
    if (!f) return;
    mg_value *items[3] = {mg_new_string(vm, "a", 1), mg_new_string(vm, "bc", 2),
                          mg_new_string(vm, "d", 1)};
    mg_value *list = mg_new_list(vm, 3, items);
    for (int i = 0; i < 3; i++)
        mg_release(items[i]);
    CHECK(mg_fn_arg(f, 0, list) == MG_OK, "%s: list arg: %s", cfg, mg_error(vm));
    mg_release(list);
    CHECK(mg_fn_call(f) == MG_OK, "%s: call", cfg);
    size_t n = 0;
    const char *s = mg_fn_result_string(f, 0, &n);
    CHECK(s && n == 6 && memcmp(s, "a+bc+d", 6) == 0, "%s: joined", cfg);
    mg_fn_free(f);
}

/* Mix(i) int: 3*i + 1 through handles made, released and kept in every order */
static void h_mix(mg_hostcall *c) {
    mg_value **slot = mg_host_user(c);
    mg_vm *vm = mg_host_vm(c);
    mg_value *a = mg_new_int(vm, mg_to_int(mg_host_arg(c, 0)));
    mg_value *b = mg_new_float(vm, 0.5);
    mg_release(a);                                           /* kept for the next one-word handle */
    mg_value *d = mg_new_int(vm, 2 * mg_host_arg_int(c, 0)); /* ... which reuses it */
    mg_value *e = mg_new_int(vm, 1);
    long long x = mg_to_int(d) + mg_to_int(e) + mg_host_arg_int(c, 0);
    mg_release(e);
    mg_release(b);
    /* d outlives the call: swapped into the slot, the previous one released here (made
     * by another goroutine, maybe on another thread) */
    mg_value *old = __atomic_exchange_n(slot, d, __ATOMIC_ACQ_REL);
    CHECK(!old || mg_kind_of(old) == MG_INT, "a kept handle intact");
    mg_release(old);
    mg_value *r = mg_new_int(vm, x);
    mg_host_return(c, 0, r);
    mg_release(r);
}

/* Threads() int, ThreadsB() int (flagged blocking): the process's thread count now */
static void h_threads(mg_hostcall *c) {
    mg_host_return_int(c, 0, count_threads());
}

/* Boom(int) int: panics */
static void h_boom(mg_hostcall *c) {
    mg_host_panic(c, "boom");
}

static char boom_report[4096]; /* the direct path's, for the scheduled one's */

static void check_host_direct(mg_vm *vm, const char *cfg, bool direct) {
    mg_fn *t = mg_fn_get(vm, "T"), *tb = mg_fn_get(vm, "TB"), *boom = mg_fn_get(vm, "Boom");
    CHECK(t && tb && boom, "%s: T, TB, Boom", cfg);
    if (!t || !tb || !boom) return;
    CHECK(mg_fn_call(t) == MG_OK, "%s: T", cfg); /* package initialisation done */
    int before = count_threads();
    CHECK(mg_fn_call(t) == MG_OK && mg_fn_call(tb) == MG_OK, "%s: calls", cfg);
    int in_t = (int)mg_fn_result_int(t, 0), in_tb = (int)mg_fn_result_int(tb, 0);
    if (direct)
        CHECK(in_t == before, "%s: a call of a host function started threads: %d -> %d", cfg,
              before, in_t);
    else
        CHECK(in_t > before, "%s: scheduled, yet no thread: %d -> %d", cfg, before, in_t);
    CHECK(in_tb > before, "%s: a blocking host function without a scheduler: %d -> %d", cfg, before,
          in_tb);
    mg_fn_arg_int(boom, 0, 1);
    CHECK(mg_fn_call(boom) == MG_ERR_RUNTIME && strstr(mg_error(vm), "panic: boom") &&
              strstr(mg_error(vm), "h.Boom") && strstr(mg_error(vm), "main.Boom"),
          "%s: host panic: %s", cfg, mg_error(vm));
    if (direct)
        snprintf(boom_report, sizeof boom_report, "%s", mg_error(vm));
    else
        CHECK(strcmp(boom_report, mg_error(vm)) == 0, "%s: host panic reports differ:\n%s\n%s", cfg,
              boom_report, mg_error(vm));
    CHECK(mg_fn_call(t) == MG_OK, "%s: T after the panic", cfg);
    mg_fn_free(t);
    mg_fn_free(tb);
    mg_fn_free(boom);
}

static void check_host_handles(mg_vm *vm, const char *cfg) {
    mg_fn *f = mg_fn_get(vm, "Par");
    CHECK(f, "%s: Par", cfg);
    if (!f) return;
    mg_fn_arg_int(f, 0, 4);
    mg_fn_arg_int(f, 1, 2000);
    CHECK(mg_fn_call(f) == MG_OK, "%s: Par: %s", cfg, mg_error(vm));
    /* 4 * sum(3i + 1) for i < 2000 */
    CHECK(mg_fn_result_int(f, 0) == 4LL * (3LL * 1999 * 2000 / 2 + 2000), "%s: Par = %lld", cfg,
          mg_fn_result_int(f, 0));
    mg_fn_free(f);
}

typedef struct job {
    mg_vm *vm;
    int ok;
} job;

/* a thread of its own, unknown to the collector */
static void *on_thread(void *arg) {
    job *j = arg;
    mg_fn *f = mg_fn_get(j->vm, "Rep");
    if (!f) return NULL;
    mg_fn_arg_string(f, 0, "xy", 2);
    mg_fn_arg_int(f, 1, 3);
    size_t n = 0;
    const char *s = mg_fn_call(f) == MG_OK ? mg_fn_result_string(f, 0, &n) : NULL;
    j->ok = s && n == 6 && memcmp(s, "xyxyxy", 6) == 0;
    mg_fn_free(f);
    return NULL;
}

int main(void) {
    CHECK(mg_fn_get(NULL, "Add") == NULL && mg_fn_call(NULL) == MG_ERR_STATE &&
              mg_fn_arg_int(NULL, 0, 1) == MG_ERR_STATE && mg_fn_result(NULL, 0) == NULL,
          "NULL handles");
    mg_fn_free(NULL);
    for (int cfg = 0; cfg < 3; cfg++) {
        /* 0, 1: direct runs (GOMAXPROCS 1, 2); 2: a wall-clock limit, so every call is
         * scheduled */
        const char *name = cfg == 0 ? "direct P=1" : cfg == 1 ? "direct P=2" : "scheduled";
        capture cap;
        mg_options opt;
        mg_options_init(&opt);
        opt.gomaxprocs = cfg == 0 ? 1 : 2;
        if (cfg == 2) opt.time_limit_ms = 60000;
        mg_vm *vm = new_vm(&cap, &opt);
        mg_value *kept = NULL;
        const mg_host_entry entries[] = {
            {"Mix", "func(int) int", h_mix, &kept, 0},
            {"Threads", "func() int", h_threads, NULL, 0},
            {"ThreadsB", "func() int", h_threads, NULL, MG_HOST_BLOCKING},
            {"Boom", "func(int) int", h_boom, NULL, 0}};
        CHECK(mg_register_package(vm, "h", entries, 4) == MG_OK, "register: %s", mg_error(vm));
        CHECK(mg_fn_get(vm, "Add") == NULL && strstr(mg_error(vm), "no program"),
              "%s: before a load", name);
        CHECK(mg_load_string(vm, "prog.mg", prog, sizeof prog - 1) == MG_OK, "load: %s",
              mg_error(vm));
        check_add(vm, name);
        check_scalars(vm, name);
        check_sized(vm, name);
        check_errors(vm, name);
        check_greet(vm, name);
        check_gc(vm, name);
        check_list(vm, name);
        check_host_handles(vm, name);
        check_host_direct(vm, name, cfg < 2);
        job j = {vm, 0};
        pthread_t th;
        pthread_create(&th, NULL, on_thread, &j);
        pthread_join(th, NULL);
        CHECK(j.ok, "%s: from another thread", name);
        CHECK(cap.nout == 0 && cap.nerr == 0, "%s: nothing printed: %s%s", name, cap.out, cap.err);
        mg_release(kept);
        mg_vm_free(vm); /* frees the handles left */
    }
    if (failures == 0) printf("ok\n");
    return failures != 0;
}
