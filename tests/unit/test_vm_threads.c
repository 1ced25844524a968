/* test_vm_threads.c - several VMs at once, each on its own host thread, each
 * loading (lexer, parser, checker, compiler) and running a concurrent program
 * with its own GOMAXPROCS: outputs must not mix, and under `make tsan` no two
 * VMs may share unsynchronised state (DESIGN: no mutable global state).
 *
 * Host threads come from pthread_create through vm/gc_glue.h, so with Boehm
 * they are registered with the collector before they allocate.
 */
#include "vm/gc_glue.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "minigo.h"

#define NTHREADS 4
#define ROUNDS   2

typedef struct capture {
    char out[8192], err[4096];
    size_t nout, nerr;
} capture;

typedef struct job {
    int id;
    int failures;
    char why[256];
} job;

static void cap_write(void *user, int fd, const char *buf, size_t len) {
    capture *c = user;
    char *dst = fd == 1 ? c->out : c->err;
    size_t *n = fd == 1 ? &c->nout : &c->nerr;
    size_t room = (fd == 1 ? sizeof c->out : sizeof c->err) - 1 - *n;
    if (len > room) len = room;
    memcpy(dst + *n, buf, len);
    *n += len;
    dst[*n] = 0;
}

/* %d is the job id: every VM prints its own numbers. Workers, a buffered channel,
 * a mutex-guarded map, a WaitGroup, select with a timer, a recovered panic. */
static const char prog_fmt[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"sort\"\n"
    "\t\"sync\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "var id = %d\n"
    "\n"
    "func main() {\n"
    "\tjobs := make(chan int, 8)\n"
    "\tvar mu sync.Mutex\n"
    "\tseen := map[int]int{}\n"
    "\tvar wg sync.WaitGroup\n"
    "\tfor w := 0; w < 4; w++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func() {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\tfor j := range jobs {\n"
    "\t\t\t\tmu.Lock()\n"
    "\t\t\t\tseen[j] = j * id\n"
    "\t\t\t\tmu.Unlock()\n"
    "\t\t\t}\n"
    "\t\t}()\n"
    "\t}\n"
    "\tfor i := 0; i < 200; i++ {\n"
    "\t\tjobs <- i\n"
    "\t}\n"
    "\tclose(jobs)\n"
    "\twg.Wait()\n"
    "\tkeys := make([]int, 0, len(seen))\n"
    "\tsum := 0\n"
    "\tfor k, v := range seen {\n"
    "\t\tkeys = append(keys, k)\n"
    "\t\tsum += v\n"
    "\t}\n"
    "\tsort.Ints(keys)\n"
    "\tfmt.Println(\"vm\", id, len(keys), keys[len(keys)-1], sum)\n"
    "\tdone := make(chan string)\n"
    "\tgo func() {\n"
    "\t\tdefer func() { done <- fmt.Sprint(\"recovered \", recover()) }()\n"
    "\t\tvar a []int\n"
    "\t\t_ = a[id]\n"
    "\t}()\n"
    "\tselect {\n"
    "\tcase s := <-done:\n"
    "\t\tfmt.Println(s)\n"
    "\tcase <-time.After(20 * time.Second):\n"
    "\t\tfmt.Println(\"timeout\")\n"
    "\t}\n"
    "}\n";

static void fail(job *j, const char *what) {
    j->failures++;
    if (!j->why[0]) {
        strncpy(j->why, what, sizeof j->why - 1); /* the start of it is enough */
        j->why[sizeof j->why - 1] = 0;
    }
}

static void *run_job(void *arg) {
    job *j = arg;
    for (int round = 0; round < ROUNDS; round++) {
        char src[sizeof prog_fmt + 16];
        int n = snprintf(src, sizeof src, prog_fmt, j->id);
        capture cap = {0};
        mg_options opt;
        mg_options_init(&opt);
        opt.write = cap_write;
        opt.write_user = &cap;
        opt.gomaxprocs = 1 + (j->id + round) % 3;
        mg_vm *vm = mg_vm_new(&opt);
        if (!vm) {
            fail(j, "mg_vm_new");
            continue;
        }
        if (mg_load_string(vm, "prog.mg", src, (size_t)n) != MG_OK) {
            fail(j, mg_error(vm));
        } else {
            int status = mg_run_main(vm);
            /* sum of j*id over 0..199 = id * 19900 */
            char want[256];
            snprintf(want, sizeof want,
                     "vm %d 200 199 %d\nrecovered runtime error: index out of range [%d] with "
                     "length 0\n",
                     j->id, j->id * 19900, j->id);
            if (status != 0) fail(j, "exit status");
            if (strcmp(cap.out, want) != 0) fail(j, cap.out);
            if (cap.nerr) fail(j, cap.err);
        }
        mg_vm_free(vm);
    }
    return NULL;
}

int main(void) {
    GC_INIT();
    pthread_t th[NTHREADS];
    job jobs[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        jobs[i] = (job){.id = i + 1};
        if (pthread_create(&th[i], NULL, run_job, &jobs[i]) != 0) {
            printf("FAIL pthread_create\n");
            return 1;
        }
    }
    int failures = 0;
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(th[i], NULL);
        if (jobs[i].failures) printf("FAIL vm %d: %s\n", jobs[i].id, jobs[i].why);
        failures += jobs[i].failures;
    }
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures != 0;
}
