/* test_embed_limits.c - the sandbox side of the embedding API (include/minigo.h):
 * mg_vm_stop from another thread, the instruction budget, the wall-clock limit, the
 * heap limit and plain allocation failure, each ending the run with its own status and
 * Go-style report while the host lives on; the package allow/deny lists, the
 * environment option; and no thread of a VM left after mg_vm_free. Each limit also has
 * a run that stays within it and must end normally.
 */
#include "vm/gc_glue.h"

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "minigo.h"
#include "embed_test.h"
#include "unit_check.h"

/* Loads src and runs it; returns the mg_status, *exit the exit status. */
static mg_status run_src(mg_vm *vm, const char *src, int *exit) {
    mg_status st = mg_load_string(vm, "prog.mg", src, strlen(src));
    if (st != MG_OK) {
        printf("load failed: %s\n", mg_error(vm));
        return st;
    }
    return mg_run(vm, exit);
}

/* ---------- mg_vm_stop ---------- */

typedef struct stopper {
    mg_vm *vm;
    double at;
} stopper;

static void *stop_later(void *arg) {
    stopper *s = arg;
    sleep_ms(100);
    s->at = now_ms();
    mg_vm_stop(s->vm);
    return NULL;
}

static const char busy_src[] = "package main\n"
                               "import \"fmt\"\n"
                               "func spin(n int) int { for { n = n*3 + 1 } }\n"
                               "func main() {\n"
                               "\tdefer fmt.Println(\"deferred\")\n"
                               "\tfor i := 0; i < 8; i++ { go spin(i) }\n"
                               "\tfmt.Println(\"started\")\n"
                               "\tspin(0)\n"
                               "}\n";

static void test_stop(void) {
    capture cap;
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = 4;
    mg_vm *vm = new_vm(&cap, &opt);
    stopper s = {vm, 0};
    pthread_t th;
    pthread_create(&th, NULL, stop_later, &s);
    int code = -1;
    mg_status st = run_src(vm, busy_src, &code);
    double took = now_ms() - s.at;
    pthread_join(th, NULL);
    CHECK(st == MG_STOPPED, "stop: status %d", st);
    CHECK(mg_vm_status(vm) == MG_STOPPED, "stop: mg_vm_status %d", mg_vm_status(vm));
    CHECK(code == 2, "stop: exit status %d", code);
    /* 10 ms is the promise on an idle machine; leave room for a loaded test host */
    CHECK(took < 50, "stop took %.1f ms", took);
    CHECK(strcmp(cap.out, "started\n") == 0, "stop: stdout %s", cap.out);
    CHECK(cap.nerr == 0, "stop: stderr %s", cap.err);
    mg_vm_free(vm);

    /* a stop before the run: the run ends at once */
    vm = new_vm(&cap, &opt);
    mg_vm_stop(vm);
    st = run_src(vm, busy_src, &code);
    CHECK(st == MG_STOPPED && cap.nout == 0, "stop before run: %d, %s", st, cap.out);
    mg_vm_free(vm);

    /* after the run: nothing happens */
    vm = new_vm(&cap, &opt);
    st = run_src(vm, "package main\nfunc main() {}\n", &code);
    mg_vm_stop(vm);
    CHECK(st == MG_OK && code == 0 && mg_vm_status(vm) == MG_OK, "stop after run: %d %d", st, code);
    mg_vm_free(vm);
}

/* ---------- the instruction budget ---------- */

static void test_budget(void) {
    capture cap;
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = 2;
    opt.max_instructions = 2000000;
    mg_vm *vm = new_vm(&cap, &opt);
    int code = -1; /* the budget is spent by busy work */
    mg_status st = run_src(vm, busy_src, &code);
    CHECK(st == MG_ERR_BUDGET && code == 2, "budget: status %d, exit %d", st, code);
    CHECK(strncmp(cap.err, "fatal error: instruction budget exhausted\n\ngoroutine ", 53) == 0,
          "budget: stderr %s", cap.err);
    CHECK(strstr(mg_error(vm), "instruction budget exhausted") != NULL, "budget: error %s",
          mg_error(vm));
    mg_vm_free(vm);

    /* within the budget: a normal run */
    vm = new_vm(&cap, &opt);
    st = run_src(vm,
                 "package main\nimport \"fmt\"\nfunc main() { s := 0\n"
                 "for i := 0; i < 100000; i++ { s += i }\nfmt.Println(s) }\n",
                 &code);
    CHECK(st == MG_OK && code == 0 && strcmp(cap.out, "4999950000\n") == 0,
          "budget ok: %d %d %s %s", st, code, cap.out, cap.err);
    mg_vm_free(vm);
}

/* ---------- the wall-clock limit ---------- */

static void test_timeout(void) {
    static const char *const srcs[] = {
        busy_src,
        "package main\nimport \"time\"\nfunc main() { time.Sleep(time.Hour) }\n",
        "package main\nfunc main() { ch := make(chan int); go func() { for {} }(); <-ch }\n",
    };
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
        capture cap;
        mg_options opt;
        mg_options_init(&opt);
        opt.gomaxprocs = 2;
        opt.time_limit_ms = 100;
        mg_vm *vm = new_vm(&cap, &opt);
        int code = -1;
        double t0 = now_ms();
        mg_status st = run_src(vm, srcs[i], &code);
        double took = now_ms() - t0;
        CHECK(st == MG_ERR_TIMEOUT && code == 2, "timeout %zu: status %d exit %d", i, st, code);
        CHECK(took >= 95 && took < 1000, "timeout %zu: took %.1f ms", i, took);
        CHECK(strncmp(cap.err, "fatal error: wall-clock limit exceeded\n\ngoroutine 1 [", 53) == 0,
              "timeout %zu: stderr %s", i, cap.err);
        mg_vm_free(vm);
    }
    /* a program that ends in time */
    capture cap;
    mg_options opt;
    mg_options_init(&opt);
    opt.time_limit_ms = 5000;
    mg_vm *vm = new_vm(&cap, &opt);
    int code = -1;
    double t0 = now_ms();
    mg_status st = run_src(vm, "package main\nfunc main() { println(\"hi\") }\n", &code);
    CHECK(st == MG_OK && code == 0 && strcmp(cap.err, "hi\n") == 0, "in time: %d %s", st, cap.err);
    CHECK(now_ms() - t0 < 1000, "in time: the watcher held the run up");
    mg_vm_free(vm);
}

/* ---------- memory ---------- */

/* Runs f with the process's fd 2 sent to a file; returns what landed there. */
static char *with_stderr_captured(void (*f)(void *), void *arg) {
    char path[] = "/tmp/mg_embed_errXXXXXX";
    int fd = mkstemp(path);
    int saved = dup(2);
    fflush(stderr);
    dup2(fd, 2);
    f(arg);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    static char buf[4096];
    ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
    buf[n > 0 ? n : 0] = 0;
    close(fd);
    unlink(path);
    return buf;
}

typedef struct mem_case {
    const char *src;
    size_t limit;
    mg_status st;
    int code;
    capture cap;
} mem_case;

static void run_mem_case(void *arg) {
    mem_case *m = arg;
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = 2;
    opt.heap_limit = m->limit;
    mg_vm *vm = new_vm(&m->cap, &opt);
    m->st = run_src(vm, m->src, &m->code);
    mg_vm_free(vm);
}

static void test_memory(void) {
    static const char huge[] = "package main\nimport \"fmt\"\n"
                               "func main() { s := make([]int, 1<<40); fmt.Println(len(s)) }\n";
    static const char bomb[] = "package main\n"
                               "func main() { var keep [][]int\n"
                               "for { keep = append(keep, make([]int, 1<<17)) } }\n";
    static const char garbage[] =
        "package main\nimport \"fmt\"\n"
        "func main() { n := 0\n"
        "for i := 0; i < 2000; i++ { b := make([]int, 1<<14); n += len(b) }\n"
        "fmt.Println(n) }\n";
    struct {
        const char *name, *src;
        size_t limit;
        mg_status want;
    } cases[] = {
        {"huge, no limit", huge, 0, MG_ERR_HEAP},
        {"huge, limit", huge, 64u << 20, MG_ERR_HEAP},
        {"bomb, limit", bomb, 64u << 20, MG_ERR_HEAP},
        {"garbage under a limit", garbage, 32u << 20, MG_OK},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mem_case m = {.src = cases[i].src, .limit = cases[i].limit};
        char *proc_err = with_stderr_captured(run_mem_case, &m);
        CHECK(m.st == cases[i].want, "%s: status %d (stderr %s)", cases[i].name, m.st, m.cap.err);
        CHECK(proc_err[0] == 0, "%s: the process's stderr got %s", cases[i].name, proc_err);
        if (cases[i].want == MG_ERR_HEAP) {
            CHECK(m.code == 2, "%s: exit %d", cases[i].name, m.code);
            CHECK(strncmp(m.cap.err,
                          "fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\n",
                          58) == 0,
                  "%s: stderr %s", cases[i].name, m.cap.err);
        } else {
            CHECK(strcmp(m.cap.out, "32768000\n") == 0 && m.cap.nerr == 0, "%s: %s %s",
                  cases[i].name, m.cap.out, m.cap.err);
        }
    }
}

/* ---------- packages and environment ---------- */

static void test_packages_env(void) {
    static const char *const deny_os[] = {"os", NULL};
    static const char *const allow_fmt[] = {"fmt", NULL};
    struct {
        const char *src;
        const char *const *allow, *const *deny;
        const char *err; /* NULL: compiles */
    } cases[] = {
        {"package main\nimport \"os\"\nfunc main() { os.Exit(0) }\n", NULL, deny_os,
         "prog.mg:2:8: package os is not allowed"},
        {"package main\nimport (\"fmt\"; \"strings\")\nfunc main() { "
         "fmt.Println(strings.ToUpper(\"a\")) }\n",
         allow_fmt, NULL, "package strings is not allowed"},
        {"package main\nimport \"fmt\"\nfunc main() { fmt.Println(1) }\n", allow_fmt, NULL, NULL},
        {"package main\nimport \"fmt\"\nfunc main() { fmt.Println(1) }\n", NULL, deny_os, NULL},
        {"os.Exit(3)\n", NULL, deny_os, "undefined: os"},
        {"fmt.Println(1)\n", allow_fmt, NULL, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        capture cap;
        mg_options opt;
        mg_options_init(&opt);
        opt.allow_packages = cases[i].allow;
        opt.deny_packages = cases[i].deny;
        mg_vm *vm = new_vm(&cap, &opt);
        mg_status st = mg_load_string(vm, "prog.mg", cases[i].src, strlen(cases[i].src));
        if (cases[i].err)
            CHECK(st == MG_ERR_COMPILE && strstr(mg_error(vm), cases[i].err), "pkg %zu: %d %s", i,
                  st, mg_error(vm));
        else
            CHECK(st == MG_OK, "pkg %zu: %s", i, mg_error(vm));
        mg_vm_free(vm);
    }

    static const char *const env[] = {"MG_A=one", "MG_B=", NULL};
    capture cap;
    mg_options opt;
    mg_options_init(&opt);
    opt.env = env;
    const char *const argv[] = {"prog", "x", "y"};
    opt.argc = 3;
    opt.argv = argv;
    mg_vm *vm = new_vm(&cap, &opt);
    int code;
    mg_status st =
        run_src(vm,
                "package main\nimport (\"fmt\"; \"os\")\nfunc main() {\n"
                "v, ok := os.LookupEnv(\"MG_B\")\n"
                "fmt.Println(os.Getenv(\"MG_A\"), os.Getenv(\"PATH\") == \"\", v == \"\", ok,"
                " len(os.Environ()), os.Args[1:]) }\n",
                &code);
    CHECK(st == MG_OK && strcmp(cap.out, "one true true true 2 [x y]\n") == 0, "env: %d %s %s", st,
          cap.out, cap.err);
    mg_vm_free(vm);
}

int main(void) {
    /* the first VM starts the GC's own threads: the baseline is after it */
    capture cap;
    mg_options opt;
    mg_options_init(&opt);
    mg_vm *vm = new_vm(&cap, &opt);
    int code;
    run_src(vm, "package main\nfunc main() { go func() {}() }\n", &code);
    mg_vm_free(vm);
    int before = count_threads();

    test_stop();
    test_budget();
    test_timeout();
    test_memory();
    test_packages_env();

    /* a joined thread's /proc entry can outlive pthread_join by a moment */
    int after = count_threads();
    for (int i = 0; i < 100 && after != before; i++) {
        sleep_ms(1);
        after = count_threads();
    }
    CHECK(after == before, "threads: %d before, %d after the VMs were freed", before, after);
    if (failures == 0) printf("ok\n");
    return failures != 0;
}
