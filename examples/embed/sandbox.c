/* sandbox.c - running untrusted scripts: every way a script can misbehave ends its run
 * with a distinct mg_status and Go-style report, and the host lives on.
 *
 * One VM per case, each with the limit that case trips (include/minigo.h, "sandbox
 * limits"): an instruction budget, a wall-clock limit, a heap limit (a memory bomb, a
 * huge make, a goroutine bomb), mg_vm_stop from a watchdog thread; then a runaway
 * recursion, a goroutine left blocked forever when main returns, and a program whose
 * goroutines are all blocked (deadlock). The head of each report is printed, up to
 * the goroutine trace that follows it. At the end no thread of any VM remains.
 *
 * Small limits keep it fast (well under a second and 300 MB on two cores): it runs in
 * `make test`, its output checked against sandbox.out; SANDBOX_TIMES=1 adds each case's
 * time on stderr. */
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <minigo.h>

static const char *status_name(mg_status st) {
    switch (st) {
    case MG_OK: return "MG_OK";
    case MG_ERR_COMPILE: return "MG_ERR_COMPILE";
    case MG_ERR_RUNTIME: return "MG_ERR_RUNTIME";
    case MG_ERR_IO: return "MG_ERR_IO";
    case MG_ERR_STATE: return "MG_ERR_STATE";
    case MG_STOPPED: return "MG_STOPPED";
    case MG_ERR_BUDGET: return "MG_ERR_BUDGET";
    case MG_ERR_TIMEOUT: return "MG_ERR_TIMEOUT";
    case MG_ERR_HEAP: return "MG_ERR_HEAP";
    case MG_CLOSED: return "MG_CLOSED";
    case MG_WOULDBLOCK: return "MG_WOULDBLOCK";
    case MG_TIMEOUT: return "MG_TIMEOUT";
    }
    return "?";
}

static int count_threads(void) {
    DIR *d = opendir("/proc/self/task");
    int n = 0;
    if (!d) return -1;
    for (struct dirent *e; (e = readdir(d));)
        if (e->d_name[0] != '.') n++;
    closedir(d);
    return n;
}

/* What the script writes: stdout passes through, stderr (the report) is kept. */
typedef struct output {
    char err[1 << 16];
    size_t nerr;
} output;

static void on_write(void *user, int fd, const char *buf, size_t len) {
    output *o = user;
    if (fd == 1) {
        fwrite(buf, 1, len, stdout);
        return;
    }
    if (len > sizeof o->err - 1 - o->nerr) len = sizeof o->err - 1 - o->nerr;
    memcpy(o->err + o->nerr, buf, len);
    o->nerr += len;
    o->err[o->nerr] = 0;
}

/* The watchdog: stops the VM once the script has started (it prints, then spins). */
typedef struct watchdog {
    mg_vm *vm;
} watchdog;

static void *watch(void *arg) {
    watchdog *w = arg;
    struct timespec ts = {0, 20 * 1000 * 1000};
    nanosleep(&ts, NULL);
    mg_vm_stop(w->vm);
    return NULL;
}

typedef struct sandbox_case {
    const char *name;
    const char *src;
    size_t heap_limit;
    unsigned long long max_instructions, time_limit_ms;
    size_t max_stack_bytes;
    int stop; /* mg_vm_stop from another thread */
} sandbox_case;

#define HEADER "package main\nimport \"fmt\"\nvar _ = fmt.Sprint\n"

static const sandbox_case cases[] = {
    {"instruction budget", HEADER "func main() { n := 0; for { n++ } }\n", 0, 2000000, 0, 0, 0},
    {"wall-clock limit", HEADER "func main() { n := 0; for { n++ } }\n", 0, 0, 50, 0, 0},
    {"heap limit: memory bomb",
     HEADER "var keep [][]byte\n"
            "func main() { for { keep = append(keep, make([]byte, 1<<20)) } }\n",
     16 << 20, 0, 0, 0, 0},
    {"heap limit: one huge make",
     HEADER "func main() { s := make([]int, 1<<40); fmt.Println(len(s)) }\n", 64 << 20, 0, 0, 0, 0},
    {"heap limit: goroutine bomb",
     HEADER "func main() { ch := make(chan int); for { go func() { <-ch }() } }\n", 8 << 20, 0, 0,
     0, 0},
    {"mg_vm_stop from a watchdog thread",
     HEADER "func spin() { for {} }\n"
            "func main() {\n"
            "\tdefer fmt.Println(\"deferred call ran\")\n"
            "\tfor i := 0; i < 4; i++ { go spin() }\n"
            "\tspin()\n"
            "}\n",
     0, 0, 0, 0, 1},
    {"deep recursion", HEADER "func f(n int) int { return f(n+1) + 1 }\nfunc main() { f(0) }\n", 0,
     0, 0, 4 << 20, 0},
    {"goroutine blocked forever, main returns",
     HEADER "func main() {\n"
            "\tch := make(chan int)\n"
            "\tfor i := 0; i < 1000; i++ { go func() { <-ch }() }\n"
            "\tfmt.Println(\"main returns, 1000 goroutines still blocked\")\n"
            "}\n",
     0, 0, 0, 0, 0},
    {"every goroutine blocked",
     HEADER "func main() { ch := make(chan int); go func() { ch <- 1 }(); <-ch; <-ch }\n", 0, 0, 0,
     0, 0},
};

static int run_case(const sandbox_case *c) {
    output out = {{0}, 0};
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = 2;
    opt.write = on_write;
    opt.write_user = &out;
    opt.heap_limit = c->heap_limit;
    opt.max_instructions = c->max_instructions;
    opt.time_limit_ms = c->time_limit_ms;
    opt.max_stack_bytes = c->max_stack_bytes;
    mg_vm *vm = mg_vm_new(&opt);
    printf("%s:\n", c->name);
    if (mg_load_string(vm, "script.mg", c->src, strlen(c->src)) != MG_OK) {
        printf("  load: %s", mg_error(vm));
        mg_vm_free(vm);
        return 1;
    }
    watchdog w = {vm};
    pthread_t th;
    if (c->stop) pthread_create(&th, NULL, watch, &w);
    int code = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    mg_status st = mg_run(vm, &code);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (getenv("SANDBOX_TIMES"))
        fprintf(stderr, "%s: %.1f ms\n", c->name,
                (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
    if (c->stop) pthread_join(th, NULL);
    printf("  %s, exit status %d\n", status_name(st), code);
    /* the report's head: up to the blank line before the goroutine trace */
    const char *end = strstr(out.err, "\n\n");
    int n = end ? (int)(end - out.err) : (int)out.nerr;
    for (const char *p = out.err; p < out.err + n;) {
        const char *nl = memchr(p, '\n', (size_t)(out.err + n - p));
        int len = nl ? (int)(nl - p) : (int)(out.err + n - p);
        printf("  | %.*s\n", len, p);
        p += len + 1;
    }
    mg_vm_free(vm);
    return 0;
}

int main(void) {
    /* the collector's own threads start with the first VM: count from after it */
    mg_vm_free(mg_vm_new(NULL));
    int before = count_threads(), bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        bad |= run_case(&cases[i]);
    int after = count_threads();
    printf("threads left behind: %d\n", after - before);
    return bad || after != before;
}
