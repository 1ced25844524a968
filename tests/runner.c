/* runner.c - mgtest, the test runner behind `make test`.
 *
 *   mgtest [-j N] [-v] [-run SUBSTR] [-skip SUBSTR]... [-timeout SECS] [-timeout-scale K]
 *          [-minigo PATH] [-units "BIN..."] DIR...
 *
 * Every *.mg file under the DIRs (recursively, sorted) is one test; every unit
 * binary named by -units is one test that passes when it exits 0 (a unit may be a
 * script that drives the CLI: it finds it in $MINIGO, the -minigo path). -run keeps
 * only the tests whose name contains SUBSTR, -skip drops those that contain
 * any of its SUBSTRs. A .mg file
 * under a directory named `conc`, `seeds` or `examples` (any path component) is two
 * tests, "path [GOMAXPROCS=1]" and "path [GOMAXPROCS=2]", run with that
 * variable set, unless its own // Env: sets GOMAXPROCS: concurrency must
 * behave the same on one P and on several. Such a file is also a third test,
 * "path [seed]": two runs under `minigo run -seed N` must agree byte for byte
 * (deterministic scheduling; the expectations are not checked there). A .mg file
 * under a directory named `vet` is run as `minigo vet FLAGS FILE` instead: its
 * // Stderr: lines are the findings, and every line of stderr must match one of
 * them (no finding may go unexpected); with none, vet must be silent. Tests run in
 * parallel on N worker threads; each test is a child process (fork/exec, its
 * own process group, stdin from /dev/null, stdout and stderr read fully
 * through pipes) that is killed with its group when it runs past its timeout
 * (every timeout, default or // Timeout:, is multiplied by -timeout-scale, for
 * slow builds such as ThreadSanitizer's).
 *
 * Expectations sit in comments, Go-example style (DESIGN §14):
 *   // Output:            the following "// text" lines are stdout, exactly
 *   // Unordered output:  the same, in any order
 *   // Exit: N            expected exit status (default 0; 1 with ERROR lines)
 *   // Stdout: REGEXP     ERE matched against all of stdout (^ and $ anchor its ends,
 *                         \n is a newline), may repeat: for racy programs whose
 *                         possible outputs are too many to list
 *   // Stderr: REGEXP     POSIX ERE matched against stderr (REG_NEWLINE), may repeat
 *   // Flags: F...        flags for `minigo run` before the file
 *   // Args: A...         program arguments after the file
 *   // Env: K=V...        environment additions
 *   // Stdin: TEXT        standard input (default /dev/null): TEXT with the escapes
 *                         \n \r \t \\ decoded; several Stdin lines are concatenated
 *   // Timeout: SECS      per-test timeout (default 10)
 *   // Variant: F...      one more test, "path [variant K]": a run with flags F added
 *                         whose expectations are the directives after this line (up to
 *                         the next Variant); it shares the Flags/Args/Env/Timeout above
 *   x := 1 // ERROR "re"  compile-error test: `minigo check` must exit 1 and
 *                         report FILE:LINE:COL: msg with msg matching re on that
 *                         line; errors on other lines fail unless // ERRORS-LOOSE
 * An Output block ends at the first line that is not a comment or that is one
 * of the directives above. Trailing newlines are ignored when comparing
 * stdout. Without a Stderr line and with exit 0, stderr must be empty.
 *
 * A test whose program dies by a signal fails ("killed by signal N") whatever it expects.
 * The last line printed is always "N passed, N failed"; the exit status is 0
 * iff nothing failed. Workers share only the test table (each owns its
 * entries, claimed through a mutex-guarded index) and the output lock.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <regex.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define MAX_CAPTURE (8 << 20) /* bytes kept of each stream; the rest is drained */
#define DIFF_LINES  20

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

typedef struct StrList {
    char **v;
    int n, cap;
} StrList;

typedef struct ErrorWant { /* one regexp of a // ERROR comment */
    int line;
    char *re;
} ErrorWant;

typedef struct Test {
    char *path;     /* the file (or unit binary) run */
    char *label;    /* the name reported: path, or "path [GOMAXPROCS=N]" */
    int gomaxprocs; /* > 0: run with GOMAXPROCS=N added to the environment */
    bool seeded;    /* the "[seed]" variant: two runs under -seed must agree exactly */
    int variant;    /* > 0: the expectations after the file's variant-th // Variant: */
    bool is_unit;
    double seconds;
    bool failed, no_assertions;
    Buf report; /* failure text, printed by the worker that ran it */
} Test;

typedef struct Spec { /* the expectations parsed from one .mg file */
    bool has_output, unordered, has_exit, loose;
    int exit_code, timeout;
    StrList output, stdout_res, stderr_res, flags, args, env;
    Buf stdin_text; /* fed to the child's stdin when has_stdin */
    bool has_stdin;
    ErrorWant *errors;
    int nerrors;
} Spec;

typedef struct Runner {
    Test *tests;
    int ntests, next;
    const char *minigo;
    int default_timeout;
    int timeout_scale; /* every timeout is multiplied by it (>= 1) */
    bool verbose;
    pthread_mutex_t lock; /* guards next and stdout */
} Runner;

static void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p) {
        fputs("mgtest: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

static char *xstrndup(const char *s, size_t n) {
    char *d = xrealloc(NULL, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

static void buf_add(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->p = xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

__attribute__((format(printf, 2, 3))) static void buf_printf(Buf *b, const char *fmt, ...) {
    char tmp[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0) buf_add(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static void list_add(StrList *l, char *s) {
    if (l->n + 1 >= l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = s;
    l->v[l->n] = NULL;
}

static void list_add_words(StrList *l, const char *s) {
    for (;;) {
        s += strspn(s, " \t");
        size_t n = strcspn(s, " \t");
        if (n == 0) return;
        list_add(l, xstrndup(s, n));
        s += n;
    }
}

/* Splits text into lines (without their '\n'); a final unterminated line counts. */
static StrList split_lines(const char *text, size_t len) {
    StrList l = {0};
    size_t start = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n') {
            list_add(&l, xstrndup(text + start, i - start));
            start = i + 1;
        }
    if (start < len) list_add(&l, xstrndup(text + start, len - start));
    return l;
}

static void list_free(StrList *l) {
    for (int i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static bool read_file(const char *path, Buf *out) {
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_add(out, tmp, n);
    fclose(f);
    if (!out->p) buf_add(out, "", 0);
    return true;
}

/* ---- parsing expectations ---- */

/* If line is "<ws>// KEY<rest>", returns rest (after KEY), else NULL. */
static const char *directive(const char *line, const char *key) {
    line += strspn(line, " \t");
    if (strncmp(line, "//", 2) != 0) return NULL;
    line += 2;
    line += strspn(line, " \t");
    size_t n = strlen(key);
    return strncmp(line, key, n) == 0 ? line + n : NULL;
}

static const char *const directive_keys[] = {
    "Output:", "Unordered output:", "Exit:",        "Stdout:",  "Stderr:", "Flags:", "Args:",
    "Env:",    "Timeout:",          "ERRORS-LOOSE", "Variant:", "Stdin:"};

static bool is_directive(const char *line) {
    for (size_t i = 0; i < sizeof directive_keys / sizeof *directive_keys; i++)
        if (directive(line, directive_keys[i])) return true;
    return false;
}

/* Strips "//" and exactly one following space; NULL if line is not a comment. */
static const char *comment_text(const char *line) {
    line += strspn(line, " \t");
    if (strncmp(line, "//", 2) != 0) return NULL;
    line += 2;
    return *line == ' ' ? line + 1 : line;
}

static char *trim(const char *s) {
    s += strspn(s, " \t");
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    return xstrndup(s, n);
}

/* Go's regexps in tests are simple; map the few RE2-only forms to POSIX ERE. */
static char *go_re_to_ere(const char *re) {
    Buf b = {0};
    buf_add(&b, "", 0);
    for (const char *p = re; *p; p++) {
        if (p[0] == '\\' && p[1] == 'd')
            buf_add(&b, "[0-9]", 5), p++;
        else if (p[0] == '\\' && p[1] == 'D')
            buf_add(&b, "[^0-9]", 6), p++;
        else if (p[0] == '\\' && p[1] == 'n')
            buf_add(&b, "\n", 1), p++; /* a newline (only // Stdout: REs span lines) */
        else if (p[0] == '\\' && p[1])
            buf_add(&b, p, 2), p++;
        else if (p[0] == '(' && p[1] == '?' && p[2] == ':')
            buf_add(&b, "(", 1), p += 2;
        else if ((p[0] == '*' || p[0] == '+' || p[0] == '?') && p[1] == '?')
            buf_add(&b, p, 1), p++;
        else
            buf_add(&b, p, 1);
    }
    return b.p;
}

/* Parses the quoted regexps after "// ERROR" on one line: "..." (Go escapes) or `...`. */
static void parse_error_comment(Spec *s, int lineno, const char *p) {
    for (;;) {
        p += strspn(p, " \t");
        char q = *p;
        if (q != '"' && q != '`') return;
        Buf b = {0};
        buf_add(&b, "", 0);
        for (p++; *p && *p != q; p++) {
            if (q == '"' && *p == '\\' && p[1]) {
                p++;
                char c = *p == 'n' ? '\n' : *p == 't' ? '\t' : *p;
                if (c != '"' && c != '\\' && c != '\n' && c != '\t') buf_add(&b, "\\", 1);
                buf_add(&b, &c, 1);
            } else {
                buf_add(&b, p, 1);
            }
        }
        if (*p) p++;
        s->errors = xrealloc(s->errors, (s->nerrors + 1) * sizeof *s->errors);
        s->errors[s->nerrors++] = (ErrorWant){lineno, go_re_to_ere(b.p)};
        free(b.p);
    }
}

/* The expectations of one run of a file: variant 0 is the plain run; variant k > 0 is
 * the run with the flags of the k-th // Variant: line, whose expectations are the
 * directives after that line (up to the next // Variant:). Every variant also gets
 * the Flags, Args, Env and Timeout written before the first // Variant:. */
static void parse_spec(const char *src, size_t len, Spec *s, int default_timeout, int variant) {
    memset(s, 0, sizeof *s);
    s->timeout = default_timeout;
    StrList lines = split_lines(src, len);
    int section = 0;
    for (int i = 0; i < lines.n; i++) {
        const char *l = lines.v[i], *r;
        if ((r = directive(l, "Variant:"))) {
            if (++section == variant) list_add_words(&s->flags, r);
            continue;
        }
        bool shared_only = section == 0 && variant > 0; /* the base run's setup only */
        if (section != 0 && section != variant) continue;
        if (shared_only && !directive(l, "Flags:") && !directive(l, "Args:") &&
            !directive(l, "Env:") && !directive(l, "Timeout:") && !directive(l, "Stdin:"))
            continue;
        const char *err = strstr(l, "// ERROR ");
        if (err && (err[9] == '"' || err[9] == '`')) parse_error_comment(s, i + 1, err + 9);
        if ((r = directive(l, "Output:")) || (r = directive(l, "Unordered output:"))) {
            s->has_output = true;
            s->unordered = directive(l, "Unordered output:") != NULL;
            char *first = trim(r);
            if (*first)
                list_add(&s->output, first);
            else
                free(first);
            for (; i + 1 < lines.n && comment_text(lines.v[i + 1]) && !is_directive(lines.v[i + 1]);
                 i++) {
                char *t =
                    xstrndup(comment_text(lines.v[i + 1]), strlen(comment_text(lines.v[i + 1])));
                size_t n = strlen(t);
                if (n && t[n - 1] == '\r') t[n - 1] = 0;
                list_add(&s->output, t);
            }
        } else if ((r = directive(l, "Exit:"))) {
            s->has_exit = true;
            s->exit_code = atoi(r);
        } else if ((r = directive(l, "Stdout:"))) {
            char *re = trim(r);
            list_add(&s->stdout_res, go_re_to_ere(re));
            free(re);
        } else if ((r = directive(l, "Stderr:"))) {
            list_add(&s->stderr_res, trim(r));
        } else if ((r = directive(l, "Flags:"))) {
            list_add_words(&s->flags, r);
        } else if ((r = directive(l, "Args:"))) {
            list_add_words(&s->args, r);
        } else if ((r = directive(l, "Env:"))) {
            list_add_words(&s->env, r);
        } else if ((r = directive(l, "Stdin:"))) {
            s->has_stdin = true;
            r += *r == ' ';
            for (; *r && *r != '\n' && *r != '\r'; r++) {
                char ch = *r;
                if (ch == '\\' && r[1] && strchr("nrt\\", r[1])) {
                    r++;
                    ch = *r == 'n' ? '\n' : *r == 'r' ? '\r' : *r == 't' ? '\t' : '\\';
                }
                buf_add(&s->stdin_text, &ch, 1);
            }
        } else if ((r = directive(l, "Timeout:"))) {
            s->timeout = atoi(r) > 0 ? atoi(r) : default_timeout;
        } else if (directive(l, "ERRORS-LOOSE")) {
            s->loose = true;
        }
    }
    if (!s->has_exit && s->nerrors) s->exit_code = 1;
    list_free(&lines);
}

static void spec_free(Spec *s) {
    list_free(&s->output);
    list_free(&s->stdout_res);
    list_free(&s->stderr_res);
    list_free(&s->flags);
    list_free(&s->args);
    list_free(&s->env);
    free(s->stdin_text.p);
    for (int i = 0; i < s->nerrors; i++)
        free(s->errors[i].re);
    free(s->errors);
}

/* ---- running a child ---- */

typedef struct Result {
    Buf out, err;
    int status; /* exit status, 128+signal, or -1 when it could not start */
    int signal; /* > 0: the child died by this signal (and not by our timeout's SIGKILL) */
    bool timed_out;
} Result;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Appends what fd has to offer (up to MAX_CAPTURE kept); returns false at EOF. */
static bool drain(int fd, Buf *b) {
    char tmp[65536];
    ssize_t n = read(fd, tmp, sizeof tmp);
    if (n < 0) return errno == EINTR || errno == EAGAIN;
    if (n == 0) return false;
    if (b->len < MAX_CAPTURE) buf_add(b, tmp, (size_t)n);
    return true;
}

/* Runs argv with env additions; everything the child needs is built before
 * fork, because only async-signal-safe calls are allowed after it in a
 * threaded process. Pipes are close-on-exec so siblings never inherit them. */
/* A read-only descriptor holding text (an unlinked temporary file), or /dev/null. */
static int stdin_fd(const Buf *text) {
    if (!text) return open("/dev/null", O_RDONLY | O_CLOEXEC);
    char name[] = "/tmp/mgtest-stdin-XXXXXX";
    int fd = mkostemp(name, O_CLOEXEC);
    if (fd < 0) return -1;
    unlink(name);
    if (write(fd, text->p, text->len) != (ssize_t)text->len || lseek(fd, 0, SEEK_SET) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void run_child(char **argv, StrList *env_add, const Buf *stdin_text, int timeout,
                      Result *res) {
    memset(res, 0, sizeof *res);
    buf_add(&res->out, "", 0);
    buf_add(&res->err, "", 0);
    StrList env = {0};
    for (char **e = environ; *e; e++) {
        bool overridden = false; /* an addition replaces an inherited K=... */
        for (int i = 0; i < env_add->n && !overridden; i++) {
            size_t k = strcspn(env_add->v[i], "=");
            overridden = strncmp(*e, env_add->v[i], k) == 0 && (*e)[k] == '=';
        }
        if (!overridden) list_add(&env, *e);
    }
    for (int i = 0; i < env_add->n; i++)
        list_add(&env, env_add->v[i]);
    int po[2], pe[2];
    if (pipe2(po, O_CLOEXEC) || pipe2(pe, O_CLOEXEC)) {
        res->status = -1;
        free(env.v);
        return;
    }
    int devnull = stdin_fd(stdin_text);
    pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        dup2(devnull, 0);
        dup2(po[1], 1);
        dup2(pe[1], 2);
        execve(argv[0], argv, env.v);
        _exit(127);
    }
    close(po[1]);
    close(pe[1]);
    if (devnull >= 0) close(devnull);
    free(env.v);
    if (pid < 0) {
        close(po[0]);
        close(pe[0]);
        res->status = -1;
        return;
    }
    setpgid(pid, pid); /* also from the parent, so kill(-pid) works at once */
    double deadline = now() + timeout;
    struct pollfd fds[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
    int open_fds = 2;
    while (open_fds > 0) {
        double left = deadline - now();
        if (left <= 0 && !res->timed_out) {
            res->timed_out = true;
            kill(-pid, SIGKILL);
            deadline = now() + 2; /* give a stray grandchild holding the pipe 2 s */
            continue;
        }
        if (left <= 0) break;
        int r = poll(fds, 2, (int)(left * 1000) + 1);
        if (r < 0 && errno != EINTR) break;
        for (int i = 0; i < 2; i++)
            if (fds[i].fd >= 0 && fds[i].revents && !drain(fds[i].fd, i ? &res->err : &res->out)) {
                close(fds[i].fd);
                fds[i].fd = -1;
                open_fds--;
            }
    }
    for (int i = 0; i < 2; i++)
        if (fds[i].fd >= 0) close(fds[i].fd);
    /* Wait without reaping, so the group id cannot be reused before stray
     * group members are killed; then reap. */
    siginfo_t info;
    while (waitid(P_PID, pid, &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
    }
    kill(-pid, SIGKILL);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
    res->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    if (WIFSIGNALED(st) && !res->timed_out) res->signal = WTERMSIG(st);
}

/* ---- checking ---- */

static void fail(Test *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(Test *t, const char *fmt, ...) {
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    t->failed = true;
    buf_printf(&t->report, "FAIL %s: %s\n", t->label, tmp);
}

static void show_text(Test *t, const char *label, const char *text) {
    StrList l = split_lines(text, strlen(text));
    if (l.n) buf_printf(&t->report, "  %s:\n", label);
    for (int i = 0; i < l.n && i < DIFF_LINES; i++)
        buf_printf(&t->report, "    %s\n", l.v[i]);
    if (l.n > DIFF_LINES) buf_printf(&t->report, "    ... (%d more lines)\n", l.n - DIFF_LINES);
    list_free(&l);
}

/* No program may make the interpreter die by a signal (a crash, an abort), whatever the
 * test expects: Go reports its faults and exits 2. */
static bool check_signal(Test *t, const Result *res) {
    if (res->signal <= 0) return false;
    fail(t, "killed by signal %d (%s)", res->signal, strsignal(res->signal));
    return true;
}

/* A unified-ish diff: the common prefix and suffix are skipped (one line of
 * context kept), the differing middle is shown as -want / +got. */
static void show_diff(Test *t, StrList *want, StrList *got) {
    int pre = 0, suf = 0, shown = 0;
    while (pre < want->n && pre < got->n && strcmp(want->v[pre], got->v[pre]) == 0)
        pre++;
    while (suf < want->n - pre && suf < got->n - pre &&
           strcmp(want->v[want->n - 1 - suf], got->v[got->n - 1 - suf]) == 0)
        suf++;
    buf_printf(&t->report, "  @@ line %d: -want +got\n", pre + 1);
    if (pre > 0) buf_printf(&t->report, "   %s\n", want->v[pre - 1]), shown++;
    for (int i = pre; i < want->n - suf && shown < DIFF_LINES; i++, shown++)
        buf_printf(&t->report, "  -%s\n", want->v[i]);
    for (int i = pre; i < got->n - suf && shown < DIFF_LINES; i++, shown++)
        buf_printf(&t->report, "  +%s\n", got->v[i]);
    if (suf > 0 && shown < DIFF_LINES) buf_printf(&t->report, "   %s\n", got->v[got->n - suf]);
    if (shown >= DIFF_LINES) buf_printf(&t->report, "  ... (diff cut at %d lines)\n", DIFF_LINES);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void check_output(Test *t, Spec *s, Buf *out) {
    size_t n = out->len;
    while (n && out->p[n - 1] == '\n')
        n--;
    StrList got = split_lines(out->p, n);
    StrList want = {0};
    for (int i = 0; i < s->output.n; i++)
        list_add(&want, s->output.v[i]);
    while (want.n && want.v[want.n - 1][0] == 0)
        want.n--; /* trailing empty lines */
    if (s->unordered) {
        if (got.n > 1) qsort(got.v, got.n, sizeof *got.v, cmp_str); /* v may be NULL */
        if (want.n > 1) qsort(want.v, want.n, sizeof *want.v, cmp_str);
    }
    bool same = want.n == got.n;
    for (int i = 0; same && i < want.n; i++)
        same = strcmp(want.v[i], got.v[i]) == 0;
    if (!same) {
        fail(t, s->unordered ? "unordered output differs" : "output differs");
        show_diff(t, &want, &got);
    }
    free(want.v);
    list_free(&got);
}

static bool regex_match(const char *re, const char *text, int cflags, char *errbuf, size_t errlen) {
    regex_t rx;
    int rc = regcomp(&rx, re, REG_EXTENDED | REG_NOSUB | cflags);
    if (rc) {
        regerror(rc, &rx, errbuf, errlen);
        return false;
    }
    bool ok = regexec(&rx, text, 0, NULL, 0) == 0;
    regfree(&rx);
    return ok;
}

static const char *base_name(const char *p) {
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* Compile-error test: every ERROR regexp must match a diagnostic on its line,
 * and (unless ERRORS-LOOSE) every diagnostic must sit on a line with an ERROR. */
static void check_errors(Test *t, Spec *s, const char *stderr_text) {
    StrList l = split_lines(stderr_text, strlen(stderr_text));
    int *dline = xrealloc(NULL, (l.n + 1) * sizeof *dline);
    const char **dmsg = xrealloc(NULL, (l.n + 1) * sizeof *dmsg);
    size_t plen = strlen(t->path);
    for (int i = 0; i < l.n; i++) {
        const char *d = l.v[i], *rest = NULL;
        dline[i] = -1;
        if (strncmp(d, t->path, plen) == 0 && d[plen] == ':')
            rest = d + plen + 1;
        else if (strncmp(d, base_name(t->path), strlen(base_name(t->path))) == 0 &&
                 d[strlen(base_name(t->path))] == ':')
            rest = d + strlen(base_name(t->path)) + 1;
        int line = 0, col = 0, used = 0;
        if (rest && sscanf(rest, "%d:%d: %n", &line, &col, &used) == 2 && used > 0) {
            dline[i] = line;
            dmsg[i] = rest + used;
        }
    }
    for (int e = 0; e < s->nerrors; e++) {
        bool found = false;
        char rerr[256] = "";
        for (int i = 0; i < l.n && !found; i++)
            found = dline[i] == s->errors[e].line &&
                    regex_match(s->errors[e].re, dmsg[i], 0, rerr, sizeof rerr);
        if (rerr[0])
            fail(t, "line %d: bad regexp \"%s\": %s", s->errors[e].line, s->errors[e].re, rerr);
        else if (!found)
            fail(t, "line %d: missing error matching \"%s\"", s->errors[e].line, s->errors[e].re);
    }
    for (int i = 0; i < l.n && !s->loose; i++) {
        bool expected = false;
        for (int e = 0; e < s->nerrors && !expected; e++)
            expected = s->errors[e].line == dline[i];
        if (dline[i] > 0 && !expected) fail(t, "unexpected error: %s", l.v[i]);
    }
    if (t->failed) show_text(t, "stderr", stderr_text);
    free(dline);
    free(dmsg);
    list_free(&l);
}

/* The "[seed]" variant of a conc/seeds test: `minigo run -seed N` twice, where N comes
 * from the file's name; stdout, stderr and the exit status must be the same both times
 * (deterministic scheduling, runtime/det.c). The expectations are not checked: a seeded
 * schedule may legitimately take a path Go's scheduler rarely takes. */
static void run_seeded_test(Runner *r, Test *t, Spec *s) {
    unsigned seed = 1;
    for (const char *c = t->path; *c; c++)
        seed = seed * 31 + (unsigned char)*c;
    char seedarg[16];
    snprintf(seedarg, sizeof seedarg, "%u", seed % 1000 + 1);
    StrList argv = {0};
    list_add(&argv, (char *)r->minigo);
    list_add(&argv, "run");
    list_add(&argv, "-seed");
    list_add(&argv, seedarg);
    for (int i = 0; i < s->flags.n; i++)
        list_add(&argv, s->flags.v[i]);
    list_add(&argv, t->path);
    for (int i = 0; i < s->args.n; i++)
        list_add(&argv, s->args.v[i]);
    Result res[2];
    for (int k = 0; k < 2; k++)
        run_child(argv.v, &s->env, s->has_stdin ? &s->stdin_text : NULL,
                  s->timeout * r->timeout_scale, &res[k]);
    free(argv.v);
    if (res[0].status < 0) {
        fail(t, "cannot run %s", r->minigo);
    } else if (check_signal(t, &res[0]) || check_signal(t, &res[1])) {
        show_text(t, "stderr", res[0].err.p ? res[0].err.p : "");
    } else if (res[0].timed_out || res[1].timed_out) {
        fail(t, "TIMEOUT under -seed %s", seedarg);
    } else if (res[0].status != res[1].status ||
               strcmp(res[0].out.p ? res[0].out.p : "", res[1].out.p ? res[1].out.p : "") ||
               strcmp(res[0].err.p ? res[0].err.p : "", res[1].err.p ? res[1].err.p : "")) {
        fail(t, "two runs under -seed %s differ (exit %d and %d)", seedarg, res[0].status,
             res[1].status);
        show_text(t, "first stdout", res[0].out.p ? res[0].out.p : "");
        show_text(t, "second stdout", res[1].out.p ? res[1].out.p : "");
        show_text(t, "first stderr", res[0].err.p ? res[0].err.p : "");
        show_text(t, "second stderr", res[1].err.p ? res[1].err.p : "");
    }
    for (int k = 0; k < 2; k++) {
        free(res[k].out.p);
        free(res[k].err.p);
    }
}

/* True when some directory component of path is one of names (NULL-terminated). */
static bool in_dir_named(const char *path, const char *const *names) {
    for (const char *p = path;;) {
        const char *slash = strchr(p, '/');
        if (!slash) return false; /* the last component is the file itself */
        size_t n = (size_t)(slash - p);
        for (const char *const *name = names; *name; name++)
            if (strlen(*name) == n && strncmp(p, *name, n) == 0) return true;
        p = slash + 1;
    }
}

static bool in_conc_dir(const char *path) {
    static const char *const names[] = {"conc", "seeds", "examples", NULL};
    return in_dir_named(path, names);
}

static bool in_vet_dir(const char *path) {
    static const char *const names[] = {"vet", NULL};
    return in_dir_named(path, names);
}

/* A vet test: every finding on stderr must be one the file expects. */
static void check_no_unexpected_stderr(Test *t, Spec *s, const char *stderr_text) {
    StrList l = split_lines(stderr_text, strlen(stderr_text));
    for (int i = 0; i < l.n; i++) {
        bool expected = false;
        for (int k = 0; k < s->stderr_res.n && !expected; k++)
            expected = regex_match(s->stderr_res.v[k], l.v[i], 0, NULL, 0);
        if (!expected) fail(t, "unexpected stderr line: %s", l.v[i]);
    }
    list_free(&l);
}

static void run_mg_test(Runner *r, Test *t) {
    Buf src = {0};
    if (!read_file(t->path, &src)) {
        fail(t, "cannot read: %s", strerror(errno));
        return;
    }
    Spec s;
    parse_spec(src.p, src.len, &s, r->default_timeout, t->variant);
    free(src.p);
    t->no_assertions =
        !s.has_output && !s.has_exit && !s.stdout_res.n && !s.stderr_res.n && !s.nerrors;
    if (t->seeded) {
        run_seeded_test(r, t, &s);
        spec_free(&s);
        return;
    }

    char gomaxprocs[32];
    if (t->gomaxprocs > 0) {
        snprintf(gomaxprocs, sizeof gomaxprocs, "GOMAXPROCS=%d", t->gomaxprocs);
        list_add(&s.env, xstrndup(gomaxprocs, strlen(gomaxprocs)));
    }

    StrList argv = {0};
    list_add(&argv, (char *)r->minigo);
    bool vet = !s.nerrors && in_vet_dir(t->path);
    list_add(&argv, s.nerrors ? "check" : vet ? "vet" : "run");
    for (int i = 0; i < s.flags.n; i++)
        list_add(&argv, s.flags.v[i]);
    list_add(&argv, t->path);
    for (int i = 0; i < s.args.n && !s.nerrors; i++)
        list_add(&argv, s.args.v[i]);

    Result res;
    s.timeout *= r->timeout_scale;
    run_child(argv.v, &s.env, s.has_stdin ? &s.stdin_text : NULL, s.timeout, &res);
    free(argv.v);
    if (res.status < 0) {
        fail(t, "cannot run %s", r->minigo);
    } else if (check_signal(t, &res)) {
        show_text(t, "stdout", res.out.p);
        show_text(t, "stderr", res.err.p);
    } else if (res.timed_out) {
        fail(t, "TIMEOUT after %d s", s.timeout);
        show_text(t, "stdout", res.out.p);
        show_text(t, "stderr", res.err.p);
    } else {
        if (res.status != s.exit_code) {
            fail(t, "exit status %d, want %d", res.status, s.exit_code);
            if (!s.nerrors) show_text(t, "stderr", res.err.p);
        }
        if (s.nerrors) {
            check_errors(t, &s, res.err.p);
        } else {
            if (s.has_output) check_output(t, &s, &res.out);
            for (int i = 0; i < s.stdout_res.n; i++) {
                char rerr[256] = "";
                if (!regex_match(s.stdout_res.v[i], res.out.p, 0, rerr, sizeof rerr)) {
                    if (rerr[0])
                        fail(t, "bad Stdout regexp \"%s\": %s", s.stdout_res.v[i], rerr);
                    else
                        fail(t, "stdout does not match \"%s\"", s.stdout_res.v[i]);
                    show_text(t, "stdout", res.out.p);
                }
            }
            for (int i = 0; i < s.stderr_res.n; i++) {
                char rerr[256] = "";
                if (!regex_match(s.stderr_res.v[i], res.err.p, REG_NEWLINE, rerr, sizeof rerr)) {
                    if (rerr[0])
                        fail(t, "bad Stderr regexp \"%s\": %s", s.stderr_res.v[i], rerr);
                    else
                        fail(t, "stderr does not match \"%s\"", s.stderr_res.v[i]);
                    show_text(t, "stderr", res.err.p);
                }
            }
            if (vet) check_no_unexpected_stderr(t, &s, res.err.p);
            if (!s.stderr_res.n && s.exit_code == 0 && res.err.len && res.status == 0) {
                fail(t, "unexpected stderr");
                show_text(t, "stderr", res.err.p);
            }
        }
    }
    free(res.out.p);
    free(res.err.p);
    spec_free(&s);
}

static void run_unit_test(Runner *r, Test *t) {
    char *argv[] = {t->path, NULL};
    StrList env = {0};
    size_t n = strlen(r->minigo) + 8;
    char *minigo = xrealloc(NULL, n);
    snprintf(minigo, n, "MINIGO=%s", r->minigo);
    list_add(&env, minigo);
    Result res;
    int timeout = 120 * r->timeout_scale;
    run_child(argv, &env, NULL, timeout, &res);
    free(env.v);
    free(minigo);
    if (res.status < 0)
        fail(t, "cannot run");
    else if (check_signal(t, &res))
        ;
    else if (res.timed_out)
        fail(t, "TIMEOUT after %d s", timeout);
    else if (res.status != 0)
        fail(t, "exit status %d", res.status);
    if (t->failed) {
        show_text(t, "stdout", res.out.p);
        show_text(t, "stderr", res.err.p);
    }
    free(res.out.p);
    free(res.err.p);
}

static void *worker(void *arg) {
    Runner *r = arg;
    for (;;) {
        pthread_mutex_lock(&r->lock);
        int i = r->next++;
        pthread_mutex_unlock(&r->lock);
        if (i >= r->ntests) return NULL;
        Test *t = &r->tests[i];
        double start = now();
        if (t->is_unit)
            run_unit_test(r, t);
        else
            run_mg_test(r, t);
        t->seconds = now() - start;
        pthread_mutex_lock(&r->lock);
        if (r->verbose)
            printf("%s %s (%.2fs)\n", t->failed ? "FAIL" : "ok  ", t->label, t->seconds);
        if (t->failed) fputs(t->report.p, stdout);
        fflush(stdout);
        pthread_mutex_unlock(&r->lock);
    }
}

/* ---- collecting tests ---- */

static void collect(const char *dir, StrList *out) {
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "mgtest: cannot open %s: %s\n", dir, strerror(errno));
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = xrealloc(NULL, n);
        snprintf(p, n, "%s/%s", dir, e->d_name);
        struct stat st;
        size_t len = strlen(e->d_name);
        if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
            collect(p, out);
            free(p);
        } else if (len > 3 && strcmp(e->d_name + len - 3, ".mg") == 0) {
            list_add(out, p);
        } else {
            free(p);
        }
    }
    closedir(d);
}

/* How many // Variant: lines the file has. */
static int count_variants(const char *path) {
    Buf src = {0};
    if (!read_file(path, &src)) return 0;
    StrList lines = split_lines(src.p, src.len);
    int n = 0;
    for (int i = 0; i < lines.n; i++)
        if (directive(lines.v[i], "Variant:")) n++;
    list_free(&lines);
    free(src.p);
    return n;
}

/* True when the test's own // Env: sets GOMAXPROCS. */
static bool env_sets_gomaxprocs(const char *path, int default_timeout) {
    Buf src = {0};
    if (!read_file(path, &src)) return false;
    Spec s;
    parse_spec(src.p, src.len, &s, default_timeout, 0);
    free(src.p);
    bool found = false;
    for (int i = 0; i < s.env.n && !found; i++)
        found = strncmp(s.env.v[i], "GOMAXPROCS=", 11) == 0;
    spec_free(&s);
    return found;
}

static char *label_with_procs(const char *path, int procs) {
    size_t n = strlen(path) + 32;
    char *l = xrealloc(NULL, n);
    snprintf(l, n, "%s [GOMAXPROCS=%d]", path, procs);
    return l;
}

/* -run and -skip: is the test with this name selected? */
static bool selected(const char *label, const char *filter, const StrList *skips) {
    if (filter && !strstr(label, filter)) return false;
    for (int i = 0; i < skips->n; i++)
        if (strstr(label, skips->v[i])) return false;
    return true;
}

static void usage(void) {
    fputs("usage: mgtest [-j N] [-v] [-run SUBSTR] [-skip SUBSTR]... [-timeout SECS] "
          "[-timeout-scale K] "
          "[-minigo PATH] [-units \"BIN...\"] DIR...\n",
          stderr);
    exit(2);
}

int main(int argc, char **argv) {
    Runner r = {.minigo = "build/minigo", .default_timeout = 10, .timeout_scale = 1};
    pthread_mutex_init(&r.lock, NULL);
    int jobs = 4;
    const char *filter = NULL;
    StrList dirs = {0}, units = {0}, files = {0}, skips = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_val = i + 1 < argc;
        if (strcmp(a, "-v") == 0)
            r.verbose = true;
        else if (strcmp(a, "-j") == 0 && has_val)
            jobs = atoi(argv[++i]);
        else if (strcmp(a, "-run") == 0 && has_val)
            filter = argv[++i];
        else if (strcmp(a, "-skip") == 0 && has_val)
            list_add(&skips, argv[++i]);
        else if (strcmp(a, "-timeout") == 0 && has_val)
            r.default_timeout = atoi(argv[++i]);
        else if (strcmp(a, "-timeout-scale") == 0 && has_val)
            r.timeout_scale = atoi(argv[++i]);
        else if (strcmp(a, "-minigo") == 0 && has_val)
            r.minigo = argv[++i];
        else if (strcmp(a, "-units") == 0 && has_val)
            list_add_words(&units, argv[++i]);
        else if (a[0] == '-')
            usage();
        else
            list_add(&dirs, (char *)a);
    }
    if (jobs < 1) jobs = 1;
    if (r.default_timeout < 1) r.default_timeout = 10;
    if (r.timeout_scale < 1) r.timeout_scale = 1;
    for (int i = 0; i < dirs.n; i++) {
        size_t n = strlen(dirs.v[i]);
        if (n > 3 && strcmp(dirs.v[i] + n - 3, ".mg") == 0)
            list_add(&files, xstrndup(dirs.v[i], n));
        else
            collect(dirs.v[i], &files);
    }
    if (files.n) qsort(files.v, files.n, sizeof *files.v, cmp_str);
    r.tests = xrealloc(NULL, (3 * files.n + units.n + 1) * sizeof *r.tests);
    for (int i = 0; i < units.n; i++)
        if (selected(units.v[i], filter, &skips))
            r.tests[r.ntests++] = (Test){.path = units.v[i], .label = units.v[i], .is_unit = true};
    for (int i = 0; i < files.n; i++) {
        char *p = files.v[i];
        if (in_conc_dir(p) && !env_sets_gomaxprocs(p, r.default_timeout)) {
            for (int procs = 1; procs <= 2; procs++) {
                char *label = label_with_procs(p, procs);
                if (selected(label, filter, &skips))
                    r.tests[r.ntests++] = (Test){.path = p, .label = label, .gomaxprocs = procs};
                else
                    free(label);
            }
            char *label = xrealloc(NULL, strlen(p) + 8);
            sprintf(label, "%s [seed]", p);
            if (selected(label, filter, &skips))
                r.tests[r.ntests++] = (Test){.path = p, .label = label, .seeded = true};
            else
                free(label);
        } else if (selected(p, filter, &skips)) {
            r.tests[r.ntests++] = (Test){.path = p, .label = p};
        }
        int nvariants = count_variants(p);
        if (nvariants)
            r.tests = xrealloc(r.tests, (3 * files.n + units.n + 1 + nvariants + r.ntests) *
                                            sizeof *r.tests);
        for (int v = 1; v <= nvariants; v++) {
            char *label = xrealloc(NULL, strlen(p) + 32);
            sprintf(label, "%s [variant %d]", p, v);
            if (selected(label, filter, &skips))
                r.tests[r.ntests++] = (Test){.path = p, .label = label, .variant = v};
            else
                free(label);
        }
    }

    signal(SIGPIPE, SIG_IGN);
    if (jobs > r.ntests) jobs = r.ntests > 0 ? r.ntests : 1;
    pthread_t *th = xrealloc(NULL, jobs * sizeof *th);
    for (int i = 0; i < jobs; i++)
        pthread_create(&th[i], NULL, worker, &r);
    for (int i = 0; i < jobs; i++)
        pthread_join(th[i], NULL);

    int passed = 0, failed = 0;
    for (int i = 0; i < r.ntests; i++) {
        if (r.tests[i].failed)
            failed++;
        else
            passed++;
        if (r.tests[i].no_assertions)
            printf("warning: %s has no expectations (// Output:, // Exit:, ...)\n",
                   r.tests[i].label);
        free(r.tests[i].report.p);
        if (r.tests[i].label != r.tests[i].path) free(r.tests[i].label);
    }
    printf("%d passed, %d failed\n", passed, failed);
    /* Freed so that `make asan` (LeakSanitizer) judges the tests, not the runner. */
    free(th);
    free(r.tests);
    free(dirs.v);
    free(skips.v); /* its strings are argv's */
    list_free(&units);
    list_free(&files);
    pthread_mutex_destroy(&r.lock);
    return failed ? 1 : 0;
}
