/* test_embed_isolation.c - VMs share nothing observable: four VMs run at once in four
 * host threads, each with its own limits, environment and output, and none sees
 * another's (20 rounds each: the per-run SIGQUIT watcher once killed the process here,
 * when it was stopped by a signal rather than a cancel, vm/api.c); then 1,000
 * create/load/run/free cycles leave no thread behind and resident memory flat (the growth from the
 * 200th to the 1,000th cycle is bounded).
 */
#include "vm/gc_glue.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed_test.h"
#include "minigo.h"
#include "unit_check.h"

#define NTHREADS 4

static const char prog[] = "package main\n"
                           "import (\"fmt\"; \"os\")\n"
                           "var counter int\n"
                           "func Bump(n int) int { counter += n; return counter }\n"
                           "func main() {\n"
                           "\tch := make(chan int)\n"
                           "\tfor i := 0; i < 10; i++ { go func(i int) { ch <- i }(i) }\n"
                           "\ts := 0\n"
                           "\tfor i := 0; i < 10; i++ { s += <-ch }\n"
                           "\tfmt.Println(os.Getenv(\"ID\"), s, counter)\n"
                           "}\n";

typedef struct job {
    int id;
    char why[256];
} job;

static void *worker(void *arg) {
    job *j = arg;
    char env0[32];
    snprintf(env0, sizeof env0, "ID=vm%d", j->id);
    const char *const env[] = {env0, NULL};
    for (int round = 0; round < 20 && !j->why[0]; round++) {
        capture cap;
        mg_options opt;
        mg_options_init(&opt);
        opt.gomaxprocs = 1 + j->id % 3;
        opt.env = env;
        if (j->id == 0) opt.max_instructions = 1000000000ULL; /* limits are per VM */
        mg_vm *vm = new_vm(&cap, &opt);
        if (mg_load_string(vm, "p.mg", prog, sizeof prog - 1) != MG_OK) {
            snprintf(j->why, sizeof j->why, "load: %s", mg_error(vm));
        } else {
            int code = -1;
            mg_run(vm, &code);
            char want[64];
            snprintf(want, sizeof want, "vm%d 45 0\n", j->id);
            if (code != 0 || strcmp(cap.out, want) != 0)
                snprintf(j->why, sizeof j->why, "round %d: exit %d, out %.200s", round, code,
                         cap.out);
        }
        mg_vm_free(vm);
    }
    return NULL;
}

/* Under AddressSanitizer a freed malloc block waits in its quarantine (256 MB by default)
 * before it is reused, so RSS grows by what the cycles free, not by what they keep: the
 * quarantine is drained before each measurement (libasan has no header for this with gcc). */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifdef UNDER_ASAN
void __sanitizer_purge_allocator(void);
#endif

static long rss_kb(void) {
#ifdef UNDER_ASAN
    __sanitizer_purge_allocator();
#endif
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) kb = atol(line + 6);
    if (f) fclose(f);
    return kb;
}

static int cycle(void) {
    capture cap;
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = 2;
    mg_vm *vm = new_vm(&cap, &opt);
    int code = -1;
    if (mg_load_string(vm, "p.mg", prog, sizeof prog - 1) == MG_OK) mg_run(vm, &code);
    mg_vm_free(vm);
    return code;
}

int main(void) {
    CHECK(cycle() == 0, "first cycle");
    int threads0 = count_threads();

    pthread_t th[NTHREADS];
    job jobs[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        jobs[i] = (job){.id = i};
        pthread_create(&th[i], NULL, worker, &jobs[i]);
    }
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(th[i], NULL);
        CHECK(jobs[i].why[0] == 0, "vm %d: %s", i, jobs[i].why);
    }

    long rss200 = 0;
    for (int i = 0; i < 1000; i++) {
        if (cycle() != 0) {
            CHECK(0, "cycle %d failed", i);
            break;
        }
        if (i == 199) {
            GC_gcollect();
            rss200 = rss_kb();
        }
    }
    GC_gcollect();
    long rss1000 = rss_kb();
    CHECK(rss1000 - rss200 < 16 * 1024, "RSS grew from %ld KB to %ld KB over 800 cycles", rss200,
          rss1000);
    int threads = count_threads();
    for (int i = 0; i < 100 && threads != threads0; i++) {
        sleep_ms(1);
        threads = count_threads();
    }
    CHECK(threads == threads0, "threads: %d before, %d after", threads0, threads);
    if (failures == 0) printf("ok\n");
    return failures != 0;
}
