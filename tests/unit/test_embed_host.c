/* test_embed_host.c - host packages (mg_register_package): C functions called from
 * minigo with Go signatures the checker enforces, results and errors set by the host,
 * host panics recovered by the script, a host function called from many goroutines at
 * once, and a blocking host function that hands its P off so that the goroutine that
 * releases it can run under GOMAXPROCS=1. Bad registrations and mis-typed calls fail
 * at load time.
 */
#include "vm/gc_glue.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "embed_test.h"
#include "minigo.h"
#include "unit_check.h"

static void h_greet(mg_hostcall *c) {
    size_t n;
    const char *who = mg_to_string(mg_host_arg(c, 0), &n);
    long long times = mg_to_int(mg_host_arg(c, 1));
    if (n == 0) {
        mg_host_error(c, "no name");
        return;
    }
    char buf[256];
    snprintf(buf, sizeof buf, "%s %s x%lld", (const char *)mg_host_user(c), who, times);
    mg_value *s = mg_new_string(mg_host_vm(c), buf, strlen(buf));
    mg_host_return(c, 0, s);
    mg_release(s);
}

static void h_sum(mg_hostcall *c) {
    mg_value *xs = mg_host_arg(c, 0);
    long long s = 0;
    for (long long i = 0; i < mg_len(xs); i++) {
        mg_value *x = mg_index(xs, i);
        s += mg_to_int(x);
        mg_release(x);
    }
    mg_value *r = mg_new_int(mg_host_vm(c), s);
    mg_host_return(c, 0, r);
    mg_release(r);
}

static void h_double(mg_hostcall *c) {
    mg_value *r = mg_new_int(mg_host_vm(c), 2 * mg_to_int(mg_host_arg(c, 0)));
    mg_host_return(c, 0, r);
    mg_release(r);
}

static void h_boom(mg_hostcall *c) {
    mg_host_panic(c, mg_to_string(mg_host_arg(c, 0), NULL));
}

static void h_wrong(mg_hostcall *c) {
    mg_value *s = mg_new_string(mg_host_vm(c), "x", 1);
    CHECK(mg_host_return(c, 0, s) == MG_ERR_STATE, "a string for an int result");
    mg_release(s);
}

/* Block waits (at most 3 s) until Release is called: under GOMAXPROCS=1 Release's
 * goroutine can only run if Block gave its P away. */
static pthread_mutex_t gate_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cond = PTHREAD_COND_INITIALIZER;
static int gate_open;

static void h_block(mg_hostcall *c) {
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 3;
    pthread_mutex_lock(&gate_lock);
    while (!gate_open && pthread_cond_timedwait(&gate_cond, &gate_lock, &until) == 0) {
    }
    int ok = gate_open;
    pthread_mutex_unlock(&gate_lock);
    mg_value *r = mg_new_bool(mg_host_vm(c), ok);
    mg_host_return(c, 0, r);
    mg_release(r);
}

static void h_release(mg_hostcall *c) {
    pthread_mutex_lock(&gate_lock);
    gate_open = 1;
    pthread_cond_broadcast(&gate_cond);
    pthread_mutex_unlock(&gate_lock);
}

static const mg_host_entry entries[] = {
    {"Greet", "func(string, int) (string, error)", h_greet, "hello", 0},
    {"Sum", "func(...int) int", h_sum, NULL, 0},
    {"Double", "func(int) int", h_double, NULL, 0},
    {"Boom", "func(string)", h_boom, NULL, 0},
    {"Wrong", "func() int", h_wrong, NULL, 0},
    {"Block", "func() bool", h_block, NULL, MG_HOST_BLOCKING},
    {"Release", "func()", h_release, NULL, 0},
};
#define NENTRIES ((int)(sizeof entries / sizeof entries[0]))

static const char prog[] =
    "package main\n"
    "import (\"fmt\"; \"game/host\"; \"sync\")\n"
    "func try(s string) (err any) { defer func() { err = recover() }(); host.Boom(s); return nil "
    "}\n"
    "func main() {\n"
    "\ts, err := host.Greet(\"bob\", 3)\n"
    "\tfmt.Println(s, err)\n"
    "\t_, err = host.Greet(\"\", 1)\n"
    "\tfmt.Println(err, err != nil)\n"
    "\tfmt.Println(host.Sum(), host.Sum(1, 2, 3), host.Sum([]int{4, 5}...), host.Wrong())\n"
    "\tfmt.Println(\"recovered:\", try(\"bad\"))\n"
    "\tvar wg sync.WaitGroup\n"
    "\tvar mu sync.Mutex\n"
    "\ttotal := 0\n"
    "\tfor i := 0; i < 100; i++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func(i int) { defer wg.Done(); v := host.Double(i); mu.Lock(); total += v; "
    "mu.Unlock() }(i)\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tfmt.Println(total)\n"
    "\tdone := make(chan bool)\n"
    "\tgo func() { done <- host.Block() }()\n"
    "\tgo host.Release()\n"
    "\tfmt.Println(\"released:\", <-done)\n"
    "\thost.Boom(\"at last\")\n"
    "}\n";

static const char want_out[] = "hello bob x3 <nil>\n"
                               "no name true\n"
                               "0 6 9 0\n"
                               "recovered: bad\n"
                               "9900\n"
                               "released: true\n";

static void test_run(int procs) {
    capture cap;
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = procs;
    static const char *const allow[] = {"fmt", "sync", NULL};
    opt.allow_packages = allow; /* host packages are not filtered */
    mg_vm *vm = new_vm(&cap, &opt);
    CHECK(mg_register_package(vm, "game/host", entries, NENTRIES) == MG_OK, "register: %s",
          mg_error(vm));
    CHECK(mg_register_package(vm, "game/host", entries, 1) == MG_ERR_STATE, "twice");
    CHECK(mg_load_string(vm, "prog.mg", prog, sizeof prog - 1) == MG_OK, "load: %s", mg_error(vm));
    gate_open = 0;
    int code = -1;
    mg_status st = mg_run(vm, &code);
    CHECK(st == MG_ERR_RUNTIME && code == 2, "P=%d: status %d exit %d", procs, st, code);
    CHECK(strcmp(cap.out, want_out) == 0, "P=%d: stdout\n%s", procs, cap.out);
    CHECK(strncmp(cap.err, "panic: at last\n\ngoroutine 1 [running]:\ngame/host.Boom(", 53) == 0 ||
              strncmp(cap.err, "panic: at last\n\ngoroutine 1 [running]:\nhost.Boom(", 48) == 0,
          "P=%d: stderr %s", procs, cap.err);
    CHECK(mg_register_package(vm, "late", entries, 1) == MG_ERR_STATE, "after load");
    mg_vm_free(vm);
}

static void test_compile_errors(void) {
    static const struct {
        const char *sig, *src, *err;
        mg_status reg;
    } cases[] = {
        {"fun(int)", "", "bad name or signature", MG_ERR_COMPILE},
        {"func(int, ) int", "", "bad name or signature", MG_ERR_COMPILE},
        {"func(strng) int", "package main\nimport \"h\"\nfunc main() { h.F(1) }\n",
         "undefined: strng", MG_OK},
        {"func(string) int", "package main\nimport \"h\"\nfunc main() { h.F(1) }\n",
         "cannot use 1 (untyped int constant) as string value in argument to h.F", MG_OK},
        {"func(string) int",
         "package main\nimport \"h\"\nfunc main() { var s string = h.F(\"\"); _ = s }\n",
         "cannot use h.F(\"\") (value of type int) as string value in variable declaration", MG_OK},
        {"func(string) int", "package main\nimport \"h\"\nfunc main() { println(h.F(\"x\")) }\n",
         NULL, MG_OK},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        capture cap;
        mg_options opt;
        mg_options_init(&opt);
        mg_vm *vm = new_vm(&cap, &opt);
        mg_host_entry e = {"F", cases[i].sig, h_double, NULL, 0};
        mg_status st = mg_register_package(vm, "h", &e, 1);
        CHECK(st == cases[i].reg, "case %zu: register %d: %s", i, st, mg_error(vm));
        if (st == MG_OK) {
            st = mg_load_string(vm, "prog.mg", cases[i].src, strlen(cases[i].src));
            if (cases[i].err)
                CHECK(st == MG_ERR_COMPILE && strstr(mg_error(vm), cases[i].err), "case %zu: %s", i,
                      mg_error(vm));
            else
                CHECK(st == MG_OK, "case %zu: %s", i, mg_error(vm));
        } else {
            CHECK(strstr(mg_error(vm), cases[i].err) != NULL, "case %zu: %s", i, mg_error(vm));
        }
        mg_vm_free(vm);
    }
}

int main(void) {
    test_run(1);
    test_run(4);
    test_compile_errors();
    if (failures == 0) printf("ok\n");
    return failures != 0;
}
