/* repl.c - `minigo repl` (and `minigo` alone on a terminal): an interactive session.
 *
 * The user types snippet text (lang/grammar.y: statements, func and type
 * declarations, imports); an entry that leaves a bracket, a raw string or a block
 * comment open continues on the next line (prompt "... "). An entry that compiles
 * as an expression is printed as fmt's %v (wrapped in Println); otherwise it runs as
 * a statement. A compile error or a panic is reported in Go's words, with the
 * entry's own line:col, and the session goes on without that entry.
 *
 * Design. The embedding API runs one program per VM to the end, so the session is
 * the program made of every accepted entry, run in a child process (fork, no exec)
 * that never lets main return: after the newest entry the program prints a marker
 * on stderr (the parent strips it: "this entry is done, show the prompt") and then
 * sleeps in a loop that flushes stdout, so goroutines the entries started keep
 * running and printing between prompts. A new entry is compiled in a new child
 * first; only when it compiles does the old session child die and the new one run
 * (replaying the accepted entries, then the new one). The parent counts what each
 * session child printed and hides that many bytes of the replay: what the user has
 * already seen is not shown again. Invariant: the accepted entries, replayed, print
 * what they printed the first time; that holds for deterministic entries. Their
 * other side effects do happen again (time passes, goroutines start over, random
 * numbers differ): a session whose variables persist inside one live VM would need
 * an API to compile and run more code in a running VM, which include/minigo.h does
 * not have.
 *
 * Child protocol: the child writes 'E' or 'S' on `up` once its entry compiled as an
 * expression or a statement (diagnostics on stderr and exit 1 otherwise), then
 * waits for one byte on `go` before running.
 *
 * A panic in a background goroutine ends the session program, as in Go: the parent
 * reports it and starts an empty session. os.Exit (or a return from the top level)
 * in an entry ends the REPL with that status. Ctrl-C while an entry runs stops it.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "lineedit.h"

#define REPL_FILE "repl"
/* What the session program prints on stderr when the newest entry is done. */
#define MARK     "\x01\x02mgrepl\x03\x04"
#define MARK_LEN (sizeof MARK - 1)
/* The program around the entries: imports under aliases no entry will shadow; the
 * trailer keeps main alive and flushes goroutines' stdout (the VM buffers it) every
 * 20 ms. */
#define HEADER "import __mgtime \"time\"\nimport __mgfmt \"fmt\"\n"
#define TRAILER                                                                                    \
    "\n_ = __mgfmt.Sprint\nprint(\"\\x01\\x02mgrepl\\x03\\x04\")\n"                                \
    "for {\n\t__mgtime.Sleep(20 * __mgtime.Millisecond)\n\tprint(\"\")\n}\n"
#define EXPR_OPEN  "__mgfmt.Println("
#define EXPR_SHIFT ((int)sizeof EXPR_OPEN - 1)

typedef struct rbuf {
    char *p;
    size_t len, cap;
} rbuf;

static void rb_add(rbuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) abort(); /* the session cannot go on without its text */
        b->p = p;
        b->cap = cap;
    }
    if (n) memcpy(b->p + b->len, s, n); /* an empty piece may come as (NULL, 0) */
    b->len += n;
    b->p[b->len] = 0;
}

static void rb_adds(rbuf *b, const char *s) {
    rb_add(b, s, strlen(s));
}

static void rb_drop(rbuf *b, size_t n) {
    if (b->len > n) memmove(b->p, b->p + n, b->len - n); /* b->p is NULL until first use */
    b->len -= n;
    if (b->p) b->p[b->len] = 0;
}

static int count_lines(const char *s) {
    int n = 0;
    for (; s && *s; s++)
        n += *s == '\n';
    return n;
}

/* An entry's lines in a program: [start, start + n); an expression's first line
 * begins with EXPR_OPEN. */
typedef struct span {
    int start, n;
    bool expr;
} span;

/* An accepted entry, as kept in repl.imports or repl.history. */
typedef struct accepted {
    bool import, expr;
    int n; /* lines */
} accepted;

/* One child process running a session program. */
typedef struct child {
    pid_t pid;    /* 0: none */
    int out, err; /* its stdout and stderr, read ends (-1 once at EOF) */
    int up, go;
    bool done;      /* the marker arrived: the newest entry finished */
    int status;     /* exit status once reaped (-1 before) */
    size_t got[3];  /* bytes received on fd 1 and 2, the marker excluded */
    size_t skip[3]; /* bytes of the replay to hide, per fd */
    rbuf raw;       /* stderr held back: it may be the start of the marker */
    rbuf line;      /* stderr's unfinished line (positions are rewritten per line) */
    span *spans;    /* where each entry's lines are in the program */
    int nspans;
    bool expr; /* the new entry runs as EXPR_OPEN entry ")" */
} child;

typedef struct repl {
    mg_options opt;
    le_editor ed;
    bool tty;
    bool at_bol;           /* the last byte shown ended a line */
    rbuf imports, history; /* accepted entries, each ending in "\n" */
    accepted *acc;         /* the same entries, in the order accepted */
    int nacc, acc_cap;
    size_t shown[3]; /* what the accepted entries have shown, per fd */
    child cur;       /* the session child, pid 0 when there is none */
    rbuf entry;      /* the entry being typed */
    rbuf typeahead;  /* terminal bytes read while an entry ran */
    bool eof;
} repl;

static void child_init(child *c) {
    memset(c, 0, sizeof *c);
    c->out = c->err = c->up = c->go = -1;
    c->status = -1;
}

static void child_reset(child *c) {
    free(c->raw.p);
    free(c->line.p);
    free(c->spans);
    child_init(c);
}

static void close_fd(int *fd) {
    if (*fd >= 0) close(*fd);
    *fd = -1;
}

static void show(repl *r, int fd, const char *s, size_t n) {
    if (n == 0) return;
    if (r->tty) le_hide(&r->ed);
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w <= 0) break;
        r->at_bol = s[w - 1] == '\n';
        s += w;
        n -= (size_t)w;
    }
}

/* Rewrites "repl:L" and "repl:L:C" positions to the line of the entry they fall in
 * (and column: the expression wrapper shifts an entry's first line). */
static void show_err_line(repl *r, child *c, const char *s, size_t n) {
    rbuf out = {0};
    const char *end = s + n, *tag = REPL_FILE ":";
    size_t tl = strlen(tag);
    while (s < end) {
        const char *hit = memmem(s, (size_t)(end - s), tag, tl);
        if (!hit) {
            rb_add(&out, s, (size_t)(end - s));
            break;
        }
        const char *p = hit + tl;
        long line = 0, col = 0;
        while (p < end && *p >= '0' && *p <= '9')
            line = line * 10 + (*p++ - '0');
        const char *cp = p;
        if (p + 1 < end && *p == ':' && p[1] >= '0' && p[1] <= '9') {
            for (cp = p + 1; cp < end && *cp >= '0' && *cp <= '9'; cp++)
                col = col * 10 + (*cp - '0');
        }
        rb_add(&out, s, (size_t)(hit - s));
        const span *sp = NULL;
        for (int i = 0; i < c->nspans && p > hit + tl; i++)
            if (line >= c->spans[i].start && line < c->spans[i].start + c->spans[i].n)
                sp = &c->spans[i];
        if (!sp) {
            rb_add(&out, hit, (size_t)(cp - hit)); /* the REPL's own lines: as they are */
        } else {
            if (sp->expr && line == sp->start && col > EXPR_SHIFT) col -= EXPR_SHIFT;
            char pos[64];
            long rel = line - sp->start + 1;
            int k = col ? snprintf(pos, sizeof pos, "%s%ld:%ld", tag, rel, col)
                        : snprintf(pos, sizeof pos, "%s%ld", tag, rel);
            rb_add(&out, pos, (size_t)k);
        }
        s = cp;
    }
    show(r, 2, out.p, out.len);
    free(out.p);
}

/* Output of child c on fd (1 or 2), the marker already taken out: hides the replay's
 * first skip bytes and shows the rest (stderr line by line, positions rewritten). */
static void deliver(repl *r, child *c, int fd, const char *s, size_t n, bool flush) {
    c->got[fd] += n;
    if (c->skip[fd] > 0) {
        size_t k = n < c->skip[fd] ? n : c->skip[fd];
        c->skip[fd] -= k;
        s += k;
        n -= k;
    }
    if (fd == 1) {
        show(r, 1, s, n);
        return;
    }
    rb_add(&c->line, s, n);
    char *nl = c->line.len ? memrchr(c->line.p, '\n', c->line.len) : NULL;
    size_t upto = flush ? c->line.len : nl ? (size_t)(nl - c->line.p) + 1 : 0;
    if (upto) {
        show_err_line(r, c, c->line.p, upto);
        rb_drop(&c->line, upto);
    }
}

/* Stderr bytes from the child: finds the marker (possibly split across reads). */
static void take_err(repl *r, child *c, const char *s, size_t n) {
    rb_add(&c->raw, s, n);
    for (;;) {
        char *m = c->raw.len ? memmem(c->raw.p, c->raw.len, MARK, MARK_LEN) : NULL;
        if (!m) break;
        size_t before = (size_t)(m - c->raw.p);
        deliver(r, c, 2, c->raw.p, before, true);
        rb_drop(&c->raw, before + MARK_LEN);
        c->done = true;
    }
    /* hold back the longest tail that could begin the marker */
    size_t keep = 0;
    for (size_t k = MARK_LEN - 1; k > 0; k--)
        if (c->raw.len >= k && memcmp(c->raw.p + c->raw.len - k, MARK, k) == 0) {
            keep = k;
            break;
        }
    deliver(r, c, 2, c->raw.p, c->raw.len - keep, false);
    rb_drop(&c->raw, c->raw.len - keep);
}

/* Reads what is available on one of c's pipes; false at EOF. */
static bool pump(repl *r, child *c, int fd) {
    int *pfd = fd == 1 ? &c->out : &c->err;
    char buf[4096];
    for (;;) {
        ssize_t n = read(*pfd, buf, sizeof buf);
        if (n > 0) {
            if (fd == 1)
                deliver(r, c, 1, buf, (size_t)n, false);
            else
                take_err(r, c, buf, (size_t)n);
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) return true;
        close_fd(pfd);
        if (fd == 2) {
            deliver(r, c, 2, c->raw.p, c->raw.len, true);
            rb_drop(&c->raw, c->raw.len);
            deliver(r, c, 2, "", 0, true);
        }
        return false;
    }
}

/* Waits for c to end (after its pipes closed) and records its status. */
static void reap(child *c) {
    int st;
    while (waitpid(c->pid, &st, 0) < 0 && errno == EINTR) {
    }
    c->status = WIFEXITED(st) ? WEXITSTATUS(st) : 2;
    close_fd(&c->up);
    close_fd(&c->go);
}

/* Stops c, shows what it had still written, and reaps it. */
static void kill_child(repl *r, child *c) {
    if (c->pid <= 0) return;
    kill(c->pid, SIGKILL);
    while (c->out >= 0)
        pump(r, c, 1);
    while (c->err >= 0)
        pump(r, c, 2);
    reap(c);
}

/* The child's side: compile (expression form first when given), report the form,
 * wait for the go-ahead, run. Never returns. */
static void child_main(repl *r, int up, int go, const char *expr_src, const char *stmt_src) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
    const char *srcs[2] = {expr_src, stmt_src};
    for (int k = 0; k < 2; k++) {
        if (!srcs[k]) continue;
        mg_vm *vm = mg_vm_new(&r->opt);
        if (!vm) _exit(2);
        mg_status st = mg_load_string(vm, REPL_FILE, srcs[k], strlen(srcs[k]));
        if (st == MG_ERR_COMPILE && k == 0) {
            mg_vm_free(vm);
            continue;
        }
        if (st != MG_OK) {
            fputs(mg_error(vm), stderr);
            _exit(1);
        }
        char form = k == 0 ? 'E' : 'S', byte;
        if (write(up, &form, 1) != 1) _exit(0);
        if (read(go, &byte, 1) != 1) _exit(0);
        int status = mg_run_main(vm);
        mg_vm_free(vm);
        _exit(status);
    }
    _exit(1);
}

/* Starts a child (c: fresh from child_init, its spans set) on the given program
 * texts (expr_src may be NULL); false if the system refused. The child waits for a
 * byte on c->go before it runs. */
static bool spawn(repl *r, child *c, const char *expr_src, const char *stmt_src) {
    int po[2], pe[2], pu[2], pg[2];
    if (pipe(po) || pipe(pe) || pipe(pu) || pipe(pg)) {
        perror("minigo repl: pipe");
        return false;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        perror("minigo repl: fork");
        return false;
    }
    if (pid == 0) {
        dup2(po[1], 1);
        dup2(pe[1], 2);
        close(po[0]), close(po[1]), close(pe[0]), close(pe[1]);
        close(pu[0]), close(pg[1]);
        if (r->cur.out >= 0) close(r->cur.out);
        if (r->cur.err >= 0) close(r->cur.err);
        if (r->cur.go >= 0) close(r->cur.go);
        if (r->cur.up >= 0) close(r->cur.up);
        child_main(r, pu[1], pg[0], expr_src, stmt_src);
    }
    close(po[1]), close(pe[1]), close(pu[1]), close(pg[0]);
    c->pid = pid;
    c->out = po[0];
    c->err = pe[0];
    c->up = pu[0];
    c->go = pg[1];
    fcntl(c->out, F_SETFL, O_NONBLOCK);
    fcntl(c->err, F_SETFL, O_NONBLOCK);
    fcntl(c->go, F_SETFD, FD_CLOEXEC);
    return true;
}

/* Waits for the compile verdict: 'E', 'S', or 0 when it did not compile (the child
 * has then exited, its diagnostics shown). */
static char await_compile(repl *r, child *c) {
    char form = 0;
    ssize_t n;
    while ((n = read(c->up, &form, 1)) < 0 && errno == EINTR) {
    }
    if (n == 1) return form;
    kill_child(r, c);
    return 0;
}

static void add_span(child *c, int start, int n, bool expr) {
    if (!c) return;
    span *sp = realloc(c->spans, sizeof *sp * (size_t)(c->nspans + 1));
    if (!sp) return; /* positions then stay program lines */
    sp[c->nspans++] = (span){start, n, expr};
    c->spans = sp;
}

/* Appends one section's accepted entries (imports or the rest) to p, with their spans. */
static void add_section(repl *r, rbuf *p, const rbuf *text, bool imports, child *c) {
    int line = count_lines(p->p) + 1;
    for (int i = 0; i < r->nacc; i++)
        if (r->acc[i].import == imports) {
            add_span(c, line, r->acc[i].n, r->acc[i].expr);
            line += r->acc[i].n;
        }
    rb_add(p, text->p ? text->p : "", text->len);
}

/* Appends an entry (as an expression: wrapped in EXPR_OPEN ")") to p; c (may be
 * NULL) gets its span. */
static void add_entry(rbuf *p, const char *entry, bool expr, child *c) {
    add_span(c, count_lines(p->p) + 1, count_lines(entry) + 1, expr);
    if (expr) rb_adds(p, EXPR_OPEN);
    rb_adds(p, entry);
    rb_adds(p, expr ? ")\n" : "\n");
}

/* The program: header, imports, accepted entries, the new entry (NULL: none),
 * trailer; c gets the spans of the entries. */
static char *program(repl *r, const char *entry, bool is_import, bool expr, child *c) {
    rbuf p = {0};
    c->nspans = 0;
    rb_adds(&p, HEADER);
    add_section(r, &p, &r->imports, true, c);
    if (entry && is_import) add_entry(&p, entry, false, c);
    add_section(r, &p, &r->history, false, c);
    if (entry && !is_import) add_entry(&p, entry, expr, c);
    rb_adds(&p, TRAILER);
    return p.p;
}

static bool ident_byte(char c);

static bool starts_word(const char *s, const char *w) {
    size_t n = strlen(w);
    return strncmp(s, w, n) == 0 && !ident_byte(s[n]);
}

static bool ident_byte(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c & 0x80);
}

static const char *skip_blanks(const char *p) {
    while (*p == ' ' || *p == '\t')
        p++;
    return p;
}

/* After "func": a declaration (`func f(`, `func (r T) M(`) rather than a literal
 * (`func(x int) int {`)? A method's receiver is followed by a name and "(". */
static bool func_decl(const char *p) {
    p = skip_blanks(p);
    if (*p != '(') return ident_byte(*p);
    int depth = 0;
    for (; *p; p++) {
        if (*p == '(') depth++;
        if (*p == ')' && --depth == 0) break;
    }
    if (!*p) return false;
    p = skip_blanks(p + 1);
    if (!ident_byte(*p)) return false;
    while (ident_byte(*p))
        p++;
    return *skip_blanks(p) == '(';
}

/* Whether the entry can only be a statement or a declaration (no expression try). */
static bool never_expr(const char *s) {
    static const char *const kw[] = {"var",    "const", "type",     "import", "go",
                                     "defer",  "for",   "if",       "switch", "select",
                                     "return", "break", "continue", "goto",   "fallthrough"};
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
        if (starts_word(s, kw[i])) return true;
    if (starts_word(s, "func")) return func_decl(s + 4);
    /* calls whose results nobody wants shown: writes and builtins */
    static const char *const stmt_calls[] = {"fmt.Print", "fmt.Fprint", "print", "println", "panic",
                                             "close",     "delete",     "copy",  "os.Exit"};
    for (size_t i = 0; i < sizeof stmt_calls / sizeof stmt_calls[0]; i++)
        if (strncmp(s, stmt_calls[i], strlen(stmt_calls[i])) == 0) return true;
    return *s == '{' || *s == '}';
}

/* Whether an entry goes on: it ends inside a bracket, a raw string or a block
 * comment, or after a binary operator, a comma or a dot (Go inserts no semicolon
 * there, so the expression continues on the next line). */
static bool entry_open(const char *s) {
    int depth = 0;
    char last = 0, before = 0; /* the last two bytes outside comments and blanks */
    for (; *s; s++) {
        char c = *s;
        if (c == '/' && s[1] == '/') {
            s += strcspn(s, "\n");
            if (!*s) break;
            continue;
        }
        if (c == '/' && s[1] == '*') {
            const char *end = strstr(s + 2, "*/");
            if (!end) return true;
            s = end + 1;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        before = last;
        last = c;
        if (c == '`') {
            s = strchr(s + 1, '`');
            if (!s) return true;
        } else if (c == '"' || c == '\'') {
            for (s++; *s && *s != c && *s != '\n'; s++)
                if (*s == '\\' && s[1]) s++;
            if (!*s) break;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth--;
        }
    }
    if (depth > 0) return true;
    if (!last || !strchr("+-*/%&|^<>=!,.:", last)) return false;
    return !((last == '+' || last == '-') && before == last); /* x++ and x-- are done */
}

static void session_reset(repl *r) {
    r->imports.len = r->history.len = 0;
    r->nacc = 0;
    memset(r->shown, 0, sizeof r->shown);
}

/* Starts (again) the session child that replays the accepted entries. */
static void start_session(repl *r) {
    if (r->history.len == 0 && r->imports.len == 0) return;
    child c;
    child_init(&c);
    char *src = program(r, NULL, false, false, &c);
    if (spawn(r, &c, NULL, src) && await_compile(r, &c)) {
        memcpy(c.skip, r->shown, sizeof c.skip);
        if (write(c.go, "g", 1) != 1) kill_child(r, &c);
        r->cur = c;
    } else {
        child_reset(&c);
    }
    free(src);
}

/* Reads pending terminal bytes during a run: Ctrl-C stops it; the rest is kept. */
static bool read_typeahead(repl *r) {
    char buf[256];
    ssize_t n = read(0, buf, sizeof buf);
    if (n <= 0) {
        r->eof = true;
        return false;
    }
    for (ssize_t i = 0; i < n; i++) {
        if (buf[i] == 3) return true;
        rb_add(&r->typeahead, &buf[i], 1);
    }
    return false;
}

/* Runs child c until its entry is done, it exits, or Ctrl-C. Returns 'd' (done),
 * 'x' (exited) or 'i' (interrupted). */
static char run_until_done(repl *r, child *c) {
    while (!c->done) {
        struct pollfd fds[3] = {{c->out, POLLIN, 0}, {c->err, POLLIN, 0}, {-1, POLLIN, 0}};
        if (r->tty && !r->eof) fds[2].fd = 0;
        if (c->out < 0 && c->err < 0) {
            reap(c);
            return 'x';
        }
        if (poll(fds, 3, -1) < 0 && errno != EINTR) break;
        if (fds[0].revents) pump(r, c, 1);
        if (fds[1].revents) pump(r, c, 2);
        if (fds[2].revents && read_typeahead(r)) {
            kill_child(r, c);
            show(r, 1, "^C\n", 3);
            return 'i';
        }
    }
    if (c->out >= 0) pump(r, c, 1); /* stdout was flushed before the marker */
    return 'd';
}

/* Runs one complete entry. Returns -1 to go on, or the status to exit the REPL with. */
static int run_entry(repl *r, const char *entry) {
    const char *head = entry; /* the entry runs as typed: its columns are the user's */
    while (*head == ' ' || *head == '\t' || *head == '\n')
        head++;
    if (!*head) return -1;
    bool is_import = starts_word(head, "import");
    bool try_expr = !never_expr(head);
    child c, ce;
    child_init(&c);
    child_init(&ce);
    char *esrc = try_expr ? program(r, entry, false, true, &ce) : NULL;
    char *ssrc = program(r, entry, is_import, false, &c);
    bool ok = spawn(r, &c, esrc, ssrc);
    free(esrc);
    free(ssrc);
    if (!ok) {
        child_reset(&ce);
        child_reset(&c);
        return -1;
    }
    char form = await_compile(r, &c);
    if (form == 'E') { /* the expression form's spans */
        free(c.spans);
        c.spans = ce.spans;
        c.nspans = ce.nspans;
        ce.spans = NULL;
    }
    child_reset(&ce);
    if (!form) { /* diagnostics shown; the session child runs on untouched */
        child_reset(&c);
        return -1;
    }
    c.expr = form == 'E';
    if (r->cur.pid > 0) { /* what it showed is what the replay must hide */
        kill_child(r, &r->cur);
        memcpy(r->shown, r->cur.got, sizeof r->shown);
        child_reset(&r->cur);
    }
    memcpy(c.skip, r->shown, sizeof c.skip);
    if (write(c.go, "g", 1) != 1) {
        kill_child(r, &c);
        child_reset(&c);
        return -1;
    }
    char how = run_until_done(r, &c);
    if (how == 'd') {
        add_entry(is_import ? &r->imports : &r->history, entry, c.expr, NULL);
        if (r->nacc == r->acc_cap) {
            r->acc_cap = r->acc_cap ? 2 * r->acc_cap : 32;
            r->acc = realloc(r->acc, sizeof *r->acc * (size_t)r->acc_cap);
            if (!r->acc) abort();
        }
        r->acc[r->nacc++] = (accepted){is_import, c.expr, count_lines(entry) + 1};
        r->cur = c;
        return -1;
    }
    int status = c.status;
    child_reset(&c);
    if (how == 'x' && status != 2) return status; /* os.Exit or a top-level return */
    start_session(r);
    return -1;
}

/* The session child ended on its own, between prompts: a background goroutine's
 * panic or fatal error (already shown). The accepted entries would do it again. */
static void session_died(repl *r) {
    reap(&r->cur);
    child_reset(&r->cur);
    session_reset(r);
    const char *msg = "minigo: the session program ended; starting an empty session\n";
    show(r, 2, msg, strlen(msg));
}

/* One line of input: adds it to the entry and runs the entry once it is complete. */
static int take_line(repl *r, const char *line, bool force) {
    if (r->tty) le_history_add(&r->ed, line); /* line by line: the editor has one line */
    if (r->entry.len) rb_adds(&r->entry, "\n");
    rb_adds(&r->entry, line);
    if (!force && entry_open(r->entry.p)) return -1;
    char *e = strdup(r->entry.p);
    r->entry.len = 0;
    r->entry.p[0] = 0;
    int st = e ? run_entry(r, e) : -1;
    free(e);
    return st;
}

static int repl_loop(repl *r) {
    bool prompt = true;
    rbuf plain = {0}; /* not a terminal: bytes of the unfinished line */
    for (;;) {
        if (r->tty && prompt) {
            if (!r->at_bol) show(r, 1, "\n", 1);
            le_start(&r->ed, r->entry.len ? "... " : ">>> ");
            prompt = false;
            /* keys typed while the last entry ran */
            while (r->typeahead.len && !prompt) {
                unsigned char ch = (unsigned char)r->typeahead.p[0];
                rb_drop(&r->typeahead, 1);
                le_event ev = le_feed(&r->ed, ch);
                if (ev == LE_EOF) return 0;
                if (ev == LE_INTERRUPT) r->entry.len = 0, prompt = true;
                if (ev == LE_LINE) {
                    int st = take_line(r, le_line(&r->ed), false);
                    if (st >= 0) return st;
                    prompt = true;
                }
            }
            if (prompt) continue;
        }
        if (r->eof && !r->tty) {
            if (plain.len || r->entry.len) {
                rb_add(&plain, "", 0);
                int st = take_line(r, plain.p ? plain.p : "", true);
                plain.len = 0;
                if (st >= 0) return st;
            }
            free(plain.p);
            return 0;
        }
        if (r->eof) return 0;
        struct pollfd fds[3] = {{0, POLLIN, 0}, {r->cur.out, POLLIN, 0}, {r->cur.err, POLLIN, 0}};
        if (r->cur.pid <= 0) fds[1].fd = fds[2].fd = -1;
        if (poll(fds, 3, -1) < 0) {
            if (errno == EINTR) continue;
            return 2;
        }
        if (fds[1].revents) pump(r, &r->cur, 1);
        if (fds[2].revents) pump(r, &r->cur, 2);
        if (r->cur.pid > 0 && r->cur.out < 0 && r->cur.err < 0) session_died(r);
        if (r->tty && !r->ed.shown && !prompt) {
            if (!r->at_bol) show(r, 1, "\n", 1);
            le_show(&r->ed);
        }
        if (!fds[0].revents) continue;
        char buf[512];
        ssize_t n = read(0, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            r->eof = true;
            continue;
        }
        for (ssize_t i = 0; i < n; i++) {
            if (!r->tty) {
                if (buf[i] != '\n') {
                    rb_add(&plain, &buf[i], 1);
                    continue;
                }
                int st = take_line(r, plain.p ? plain.p : "", false);
                plain.len = 0;
                if (plain.p) plain.p[0] = 0;
                if (st >= 0) return st;
                continue;
            }
            le_event ev = le_feed(&r->ed, (unsigned char)buf[i]);
            if (ev == LE_EOF) return 0;
            if (ev == LE_INTERRUPT) {
                r->entry.len = 0;
                prompt = true;
            } else if (ev == LE_LINE) {
                /* the rest of this read is typed ahead of the next prompt */
                rb_add(&r->typeahead, buf + i + 1, (size_t)(n - i - 1));
                int st = take_line(r, le_line(&r->ed), false);
                if (st >= 0) return st;
                prompt = true;
                break;
            }
        }
    }
}

int mg_cli_repl(int argc, char **argv, int first) {
    repl r;
    memset(&r, 0, sizeof r);
    mg_options_init(&r.opt);
    int i = mg_cli_parse_flags(argc, argv, first, &r.opt, NULL, NULL);
    if (i < 0) return 2;
    if (i < argc) {
        fprintf(stderr, "minigo repl: unexpected argument %s\n", argv[i]);
        return 2;
    }
    if (r.opt.deterministic) {
        /* virtual time would spin the session's idle loop */
        fputs("minigo repl: -seed is not supported in the REPL\n", stderr);
        return 2;
    }
    static const char *const args[] = {REPL_FILE};
    r.opt.argc = 1;
    r.opt.argv = args;
    signal(SIGPIPE, SIG_IGN);
    child_reset(&r.cur);
    le_init(&r.ed, 1);
    r.at_bol = true;
    r.tty = le_raw_on(&r.ed, 0);
    int status = repl_loop(&r);
    kill_child(&r, &r.cur);
    child_reset(&r.cur);
    if (r.tty) {
        le_hide(&r.ed);
        le_raw_off(&r.ed, 0);
    }
    le_free(&r.ed);
    free(r.imports.p);
    free(r.history.p);
    free(r.acc);
    free(r.entry.p);
    free(r.typeahead.p);
    return status;
}
