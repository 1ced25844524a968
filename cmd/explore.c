/* explore.c - `minigo run -explore N`: run a program under N seeded schedules and
 * print every distinct outcome.
 *
 * Each run is a child process of this same binary, `minigo run -seed K ...` with the
 * caller's other flags, for K = first, first+1, ... (first is 1, or the -seed given
 * beside -explore). Under -seed the runtime picks every scheduling decision from the
 * seed and also preempts at channel operations, locks, atomics and go statements
 * (runtime/det.c), so N seeds reach interleavings a normal run rarely shows, and any
 * outcome can be replayed with the seed printed beside it.
 *
 * An outcome is what a user would call "what the program did": its stdout, its exit
 * status and, when that is not 0, the first line of its stderr (the panic or the
 * fatal error). Outcomes are listed most frequent first. Exit status: 0 when every
 * schedule gave the same outcome, 1 when they differ, 2 when a run could not be made.
 *
 * Children run one at a time (a run is short: virtual time skips sleeps); one that
 * runs past EXPLORE_TIMEOUT_S seconds is killed and counted as "timeout".
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "explore.h"

#define EXPLORE_TIMEOUT_S 10

typedef struct buf {
    char *p;
    size_t len, cap;
} buf;

static void buf_add(buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *np = realloc(b->p, cap);
        if (!np) {
            fputs("minigo: out of memory\n", stderr);
            exit(2);
        }
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

typedef struct outcome {
    char *out;      /* stdout */
    char *err_line; /* first line of stderr when status != 0, else "" */
    char status[32];
    int count;
    unsigned long long first_seed;
} outcome;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Runs argv with `input` on its stdin; fills out/err and a status text. False when the
 * child could not be started. */
static int run_child(char **argv, const buf *input, buf *out, buf *err, char *status,
                     size_t status_len) {
    int po[2], pe[2], pi[2];
    if (pipe(po) || pipe(pe) || pipe(pi)) return 0;
    pid_t pid = fork();
    if (pid < 0) return 0;
    if (pid == 0) {
        dup2(pi[0], 0);
        dup2(po[1], 1);
        dup2(pe[1], 2);
        close(pi[0]), close(pi[1]), close(po[0]), close(po[1]), close(pe[0]), close(pe[1]);
        execv("/proc/self/exe", argv);
        _exit(127);
    }
    close(pi[0]), close(po[1]), close(pe[1]);
    /* a short input fits the pipe; a long one is written as the child reads */
    size_t in_off = 0;
    int in_fd = pi[1];
    if (!input->len) close(in_fd), in_fd = -1;
    double deadline = now_s() + EXPLORE_TIMEOUT_S;
    int open_fds = 2, timed_out = 0;
    while (open_fds > 0) {
        struct pollfd fds[3] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}, {in_fd, POLLOUT, 0}};
        int left_ms = (int)((deadline - now_s()) * 1000);
        if (left_ms <= 0) {
            timed_out = 1;
            kill(pid, SIGKILL);
            break;
        }
        if (poll(fds, in_fd >= 0 ? 3 : 2, left_ms) < 0 && errno != EINTR) break;
        for (int k = 0; k < 2; k++) {
            if (!(fds[k].revents & (POLLIN | POLLHUP))) continue;
            char tmp[4096];
            ssize_t n = read(fds[k].fd, tmp, sizeof tmp);
            if (n > 0) {
                buf_add(k == 0 ? out : err, tmp, (size_t)n);
            } else if (n == 0 || errno != EINTR) {
                close(fds[k].fd);
                if (k == 0)
                    po[0] = -1;
                else
                    pe[0] = -1;
                open_fds--;
            }
        }
        if (in_fd >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t n = (fds[2].revents & POLLOUT)
                            ? write(in_fd, input->p + in_off, input->len - in_off)
                            : -1;
            if (n > 0) in_off += (size_t)n;
            if (n <= 0 || in_off == input->len) close(in_fd), in_fd = -1;
        }
    }
    if (po[0] >= 0) close(po[0]);
    if (pe[0] >= 0) close(pe[0]);
    if (in_fd >= 0) close(in_fd);
    int ws = 0;
    while (waitpid(pid, &ws, 0) < 0 && errno == EINTR) {
    }
    if (timed_out)
        snprintf(status, status_len, "timeout");
    else if (WIFEXITED(ws))
        snprintf(status, status_len, "exit %d", WEXITSTATUS(ws));
    else
        snprintf(status, status_len, "signal %d", WTERMSIG(ws));
    return 1;
}

static char *first_line(const buf *b) {
    const char *s = b->p ? b->p : "";
    size_t n = strcspn(s, "\n");
    char *r = malloc(n + 1);
    if (!r) exit(2);
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

static int by_count(const void *a, const void *b) {
    const outcome *x = a, *y = b;
    if (x->count != y->count) return y->count - x->count;
    return x->first_seed < y->first_seed ? -1 : x->first_seed > y->first_seed;
}

static void print_indented(const char *text) {
    if (!*text) {
        puts("    (no output)");
        return;
    }
    while (*text) {
        size_t n = strcspn(text, "\n");
        printf("    %.*s\n", (int)n, text);
        text += n;
        if (*text) text++;
    }
}

int mg_cli_explore(const mg_explore_args *a) {
    buf input = {0};
    if (a->stdin_program) {
        char tmp[4096];
        size_t n;
        while ((n = fread(tmp, 1, sizeof tmp, stdin)) > 0)
            buf_add(&input, tmp, n);
    }
    /* argv of a child: minigo run -seed K <flags> FILE <args> */
    int cargc = 4 + a->nflags + a->nrest;
    char **cargv = calloc((size_t)cargc + 1, sizeof *cargv);
    char seedbuf[32];
    if (!cargv) return 2;
    cargv[0] = (char *)"minigo";
    cargv[1] = (char *)"run";
    cargv[2] = (char *)"-seed";
    cargv[3] = seedbuf;
    for (int k = 0; k < a->nflags; k++)
        cargv[4 + k] = a->flags[k];
    for (int k = 0; k < a->nrest; k++)
        cargv[4 + a->nflags + k] = a->rest[k];

    outcome *oc = NULL;
    int noc = 0;
    for (long r = 0; r < a->runs; r++) {
        unsigned long long seed = a->first_seed + (unsigned long long)r;
        snprintf(seedbuf, sizeof seedbuf, "%llu", seed);
        buf out = {0}, err = {0};
        char status[32];
        if (!run_child(cargv, &input, &out, &err, status, sizeof status)) {
            perror("minigo: explore");
            return 2;
        }
        const char *o = out.p ? out.p : "";
        char *el = strcmp(status, "exit 0") == 0 ? first_line(&(buf){0}) : first_line(&err);
        int k;
        for (k = 0; k < noc; k++)
            if (!strcmp(oc[k].out, o) && !strcmp(oc[k].status, status) &&
                !strcmp(oc[k].err_line, el))
                break;
        if (k == noc) {
            outcome *n = realloc(oc, sizeof *oc * (size_t)(noc + 1));
            if (!n) return 2;
            oc = n;
            oc[k].out = strdup(o);
            oc[k].err_line = el;
            snprintf(oc[k].status, sizeof oc[k].status, "%s", status);
            oc[k].count = 0;
            oc[k].first_seed = seed;
            noc++;
        } else {
            free(el);
        }
        oc[k].count++;
        free(out.p);
        free(err.p);
    }
    qsort(oc, (size_t)noc, sizeof *oc, by_count);
    printf("explore: %ld schedules of %s, %d distinct outcome%s\n", a->runs, a->program, noc,
           noc == 1 ? "" : "s");
    for (int k = 0; k < noc; k++) {
        printf("--- %d of %ld runs (-seed %llu): %s\n", oc[k].count, a->runs, oc[k].first_seed,
               oc[k].status);
        print_indented(oc[k].out);
        if (*oc[k].err_line) printf("  stderr: %s\n", oc[k].err_line);
    }
    fflush(stdout);
    for (int k = 0; k < noc; k++) {
        free(oc[k].out);
        free(oc[k].err_line);
    }
    free(oc);
    free(cargv);
    free(input.p);
    return noc == 1 ? 0 : 1;
}
