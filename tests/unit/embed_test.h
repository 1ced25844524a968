/* embed_test.h - helpers of the embedding API's unit tests (test_embed_*.c): output
 * capture through mg_options.write, a monotonic clock, a sleep that the GC's
 * stop-the-world signals cannot cut short, and the process's thread count. */
#ifndef EMBED_TEST_H
#define EMBED_TEST_H

#include <dirent.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "minigo.h"

typedef struct capture {
    char out[4096], err[16384];
    size_t nout, nerr;
} capture;

static inline void cap_write(void *user, int fd, const char *buf, size_t len) {
    capture *c = user;
    char *dst = fd == 1 ? c->out : c->err;
    size_t *n = fd == 1 ? &c->nout : &c->nerr;
    size_t cap = fd == 1 ? sizeof c->out : sizeof c->err;
    if (*n + len >= cap) len = cap - 1 - *n;
    memcpy(dst + *n, buf, len);
    *n += len;
    dst[*n] = 0;
}

/* opt (initialised by the caller) with its output going to cap, which is cleared. */
static inline mg_vm *new_vm(capture *cap, mg_options *opt) {
    memset(cap, 0, sizeof *cap);
    opt->write = cap_write;
    opt->write_user = cap;
    return mg_vm_new(opt);
}

static inline double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static inline void sleep_ms(double ms) {
    double end = now_ms() + ms;
    while (now_ms() < end)
        usleep(1000);
}

static inline int count_threads(void) {
    DIR *d = opendir("/proc/self/task");
    int n = 0;
    if (!d) return -1;
    for (struct dirent *e; (e = readdir(d));)
        if (e->d_name[0] != '.') n++;
    closedir(d);
    return n;
}

#endif
