/* callbacks.c - a host package: C functions a script imports as `import "app/host"`.
 *
 * Shows what a host function may do (include/minigo.h, mg_register_package):
 *   - Score: called by 1,000 goroutines at once on GOMAXPROCS=4, so it runs on several
 *     threads in parallel and must be thread-safe (an atomic counter here);
 *   - Wait/Open: Wait blocks on a host condition variable and is flagged
 *     MG_HOST_BLOCKING, so its M hands its P to another while it waits: with one P
 *     (GOMAXPROCS=1) the goroutine calling Open still runs and releases it;
 *   - Lookup: returns an error result (mg_host_error) for an unknown key;
 *   - Check: raises a panic (mg_host_panic) that the script recovers, and once more at
 *     the end unrecovered, which ends the run with Go's panic report.
 * Built and run by `make test`; its output is checked against callbacks.out. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include <minigo.h>

static _Atomic long long score_calls;

/* func(int) int: 10*x + 1, counting the calls. */
static void h_score(mg_hostcall *c) {
    atomic_fetch_add(&score_calls, 1);
    mg_value *r = mg_new_int(mg_host_vm(c), 10 * mg_to_int(mg_host_arg(c, 0)) + 1);
    mg_host_return(c, 0, r);
    mg_release(r);
}

/* A gate the host opens: Wait blocks until Open was called. */
typedef struct gate {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int open;
} gate;

static void h_wait(mg_hostcall *c) {
    gate *g = mg_host_user(c);
    pthread_mutex_lock(&g->lock);
    while (!g->open)
        pthread_cond_wait(&g->cond, &g->lock);
    pthread_mutex_unlock(&g->lock);
    mg_value *r = mg_new_string(mg_host_vm(c), "gate open", 9);
    mg_host_return(c, 0, r);
    mg_release(r);
}

static void h_open(mg_hostcall *c) {
    gate *g = mg_host_user(c);
    pthread_mutex_lock(&g->lock);
    g->open = 1;
    pthread_cond_broadcast(&g->cond);
    pthread_mutex_unlock(&g->lock);
}

/* func(string) (int, error): a host table; an unknown key is an error result. */
static void h_lookup(mg_hostcall *c) {
    static const struct {
        const char *key;
        int val;
    } table[] = {{"width", 640}, {"height", 480}};
    const char *key = mg_to_string(mg_host_arg(c, 0), NULL);
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].key, key) == 0) {
            mg_value *r = mg_new_int(mg_host_vm(c), table[i].val);
            mg_host_return(c, 0, r);
            mg_release(r);
            return;
        }
    char msg[128];
    snprintf(msg, sizeof msg, "lookup %s: no such setting", key);
    mg_host_error(c, msg);
}

/* func(int): panics for a negative number, as a Go function checking its input would. */
static void h_check(mg_hostcall *c) {
    long long x = mg_to_int(mg_host_arg(c, 0));
    if (x < 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "host.Check: negative input %lld", x);
        mg_host_panic(c, msg);
    }
}

static const char script[] = "package main\n"
                             "\n"
                             "import (\n"
                             "\t\"app/host\"\n"
                             "\t\"fmt\"\n"
                             "\t\"sync\"\n"
                             ")\n"
                             "\n"
                             "func safeCheck(x int) (err any) {\n"
                             "\tdefer func() { err = recover() }()\n"
                             "\thost.Check(x)\n"
                             "\treturn nil\n"
                             "}\n"
                             "\n"
                             "func main() {\n"
                             "\tvar wg sync.WaitGroup\n"
                             "\tvar mu sync.Mutex\n"
                             "\ttotal := 0\n"
                             "\tfor i := 0; i < 1000; i++ {\n"
                             "\t\twg.Add(1)\n"
                             "\t\tgo func(i int) {\n"
                             "\t\t\tdefer wg.Done()\n"
                             "\t\t\ts := host.Score(i)\n"
                             "\t\t\tmu.Lock()\n"
                             "\t\t\ttotal += s\n"
                             "\t\t\tmu.Unlock()\n"
                             "\t\t}(i)\n"
                             "\t}\n"
                             "\twg.Wait()\n"
                             "\tfmt.Println(\"sum of scores:\", total)\n"
                             "\n"
                             "\tdone := make(chan string)\n"
                             "\tgo func() { done <- host.Wait() }()\n"
                             "\tgo host.Open()\n"
                             "\tfmt.Println(\"waiter:\", <-done)\n"
                             "\n"
                             "\tfor _, k := range []string{\"width\", \"depth\"} {\n"
                             "\t\tv, err := host.Lookup(k)\n"
                             "\t\tfmt.Println(k, v, err)\n"
                             "\t}\n"
                             "\n"
                             "\tfmt.Println(\"recovered:\", safeCheck(1), safeCheck(-2))\n"
                             "\thost.Check(-3)\n"
                             "\tfmt.Println(\"not reached\")\n"
                             "}\n";

/* The program's stdout goes to ours; its stderr (the panic report) is kept. */
typedef struct output {
    char err[8192];
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

static int run(int procs) {
    gate g = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0};
    const mg_host_entry entries[] = {
        {"Score", "func(int) int", h_score, NULL, 0},
        {"Wait", "func() string", h_wait, &g, MG_HOST_BLOCKING},
        {"Open", "func()", h_open, &g, 0},
        {"Lookup", "func(string) (int, error)", h_lookup, NULL, 0},
        {"Check", "func(int)", h_check, NULL, 0},
    };
    output out = {{0}, 0};
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = procs;
    opt.write = on_write;
    opt.write_user = &out;
    mg_vm *vm = mg_vm_new(&opt);
    printf("--- GOMAXPROCS=%d\n", procs);
    score_calls = 0;
    if (mg_register_package(vm, "app/host", entries, 5) != MG_OK ||
        mg_load_string(vm, "script.mg", script, sizeof script - 1) != MG_OK) {
        fputs(mg_error(vm), stdout);
        mg_vm_free(vm);
        return 1;
    }
    int code = 0;
    mg_status st = mg_run(vm, &code);
    /* the report starts "panic: host.Check: negative input -3" and names the frames */
    const char *nl = strchr(out.err, '\n');
    printf("status %d (MG_ERR_RUNTIME is %d), exit %d, Score called %lld times\n", (int)st,
           (int)MG_ERR_RUNTIME, code, (long long)score_calls);
    printf("stderr: %.*s\n", nl ? (int)(nl - out.err) : (int)out.nerr, out.err);
    printf("trace names host.Check: %s\n", strstr(out.err, "host.Check(") ? "yes" : "no");
    mg_vm_free(vm);
    return st == MG_ERR_RUNTIME ? 0 : 1;
}

int main(void) {
    int bad = run(4);
    bad |= run(1);
    return bad;
}
