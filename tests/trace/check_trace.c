/* check_trace.c - checks a `minigo run -trace` JSON file against a test program.
 *
 *   check_trace TRACE.json PROG.mg
 *   check_trace TRACE.json -          the structural checks only
 *
 * The whole file must be valid JSON (a strict parser, RFC 8259) of the form
 * {"traceEvents":[...]}; every event has a known "ph", numeric pid/tid/ts; "X" slices
 * have dur >= 0; on each P lane and each goroutine lane the slices never overlap (two
 * goroutines on one P at once, or a goroutine in two states, would be a tracer bug);
 * every flow start "s" has its end "f"; every goroutine lane has a thread_name.
 * Then each `// Trace: CHECK` line of PROG.mg must hold, CHECK being one of
 *   lanes=N            the number of goroutine lanes
 *   lane:NAME          a goroutine lane called NAME ("G1 main.main")
 *   i:PREFIX OP N      instants whose name starts with PREFIX ("chan send")
 *   state:NAME OP N    goroutine-lane slices called NAME ("running", "chan receive")
 *   flow:NAME OP N     flow arrows called NAME ("go", "unblock")
 *   p:NAME OP N        P-lane slices called NAME ("G5 main.producer")
 * with OP one of = >= <=. Exit status 0 when all hold, 1 (with the reasons) if not.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------- a small JSON tree ---------- */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } jkind;

typedef struct jval {
    jkind kind;
    double num;
    char *str;          /* J_STR (decoded only as far as these checks need: \uXXXX kept) */
    struct jval **item; /* J_ARR items, J_OBJ values */
    char **key;         /* J_OBJ */
    int n, cap;
} jval;

typedef struct parser {
    const char *p, *end;
    const char *err;
} parser;

static void ws(parser *ps) {
    while (ps->p < ps->end && strchr(" \t\r\n", *ps->p))
        ps->p++;
}

static jval *jnew(jkind k) {
    jval *v = calloc(1, sizeof *v);
    if (!v) exit(2);
    v->kind = k;
    return v;
}

static void push(jval *v, char *key, jval *item) {
    if (v->n == v->cap) {
        v->cap = v->cap ? 2 * v->cap : 4;
        v->item = realloc(v->item, sizeof *v->item * (size_t)v->cap);
        if (v->kind == J_OBJ) v->key = realloc(v->key, sizeof *v->key * (size_t)v->cap);
        if (!v->item || (v->kind == J_OBJ && !v->key)) exit(2);
    }
    if (v->kind == J_OBJ) v->key[v->n] = key;
    v->item[v->n++] = item;
}

static char *jstring(parser *ps) {
    if (ps->p >= ps->end || *ps->p != '"') return ps->err = "expected a string", NULL;
    const char *s = ++ps->p, *q = s;
    while (q < ps->end && *q != '"')
        q += *q == '\\' && q + 1 < ps->end ? 2 : 1;
    char *out = malloc((size_t)(q - s) + 1), *o = out; /* escapes only shrink */
    if (!out) exit(2);
    while (ps->p < ps->end && *ps->p != '"') {
        unsigned char c = (unsigned char)*ps->p++;
        if (c < 0x20) return free(out), ps->err = "control character in a string", NULL;
        if (c == '\\') {
            if (ps->p >= ps->end) break;
            char e = *ps->p++;
            if (e == 'u') {
                for (int i = 0; i < 4; i++)
                    if (ps->p >= ps->end || !isxdigit((unsigned char)*ps->p++))
                        return free(out), ps->err = "bad \\u escape", NULL;
                *o++ = '?';
                continue;
            }
            const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t", *k = strchr(from, e);
            if (!e || !k) return free(out), ps->err = "bad escape", NULL;
            *o++ = to[k - from];
            continue;
        }
        *o++ = (char)c;
    }
    if (ps->p >= ps->end) return free(out), ps->err = "unterminated string", NULL;
    ps->p++;
    *o = 0;
    return out;
}

static jval *jvalue(parser *ps, int depth);

static jval *jnumber(parser *ps) {
    const char *s = ps->p;
    if (ps->p < ps->end && *ps->p == '-') ps->p++;
    if (ps->p >= ps->end || !isdigit((unsigned char)*ps->p)) return ps->err = "bad value", NULL;
    if (*ps->p == '0')
        ps->p++;
    else
        while (ps->p < ps->end && isdigit((unsigned char)*ps->p))
            ps->p++;
    if (ps->p < ps->end && *ps->p == '.') {
        ps->p++;
        if (ps->p >= ps->end || !isdigit((unsigned char)*ps->p))
            return ps->err = "bad number", NULL;
        while (ps->p < ps->end && isdigit((unsigned char)*ps->p))
            ps->p++;
    }
    if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
        ps->p++;
        if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-')) ps->p++;
        if (ps->p >= ps->end || !isdigit((unsigned char)*ps->p))
            return ps->err = "bad number", NULL;
        while (ps->p < ps->end && isdigit((unsigned char)*ps->p))
            ps->p++;
    }
    jval *v = jnew(J_NUM);
    v->num = strtod(s, NULL);
    return v;
}

static jval *jcompound(parser *ps, int depth, bool obj) {
    jval *v = jnew(obj ? J_OBJ : J_ARR);
    ps->p++;
    ws(ps);
    if (ps->p < ps->end && *ps->p == (obj ? '}' : ']')) return ps->p++, v;
    for (;;) {
        char *key = NULL;
        ws(ps);
        if (obj) {
            if (!(key = jstring(ps))) return NULL;
            ws(ps);
            if (ps->p >= ps->end || *ps->p++ != ':') return ps->err = "expected ':'", NULL;
        }
        jval *item = jvalue(ps, depth + 1);
        if (!item) return NULL;
        push(v, key, item);
        ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == (obj ? '}' : ']')) return ps->p++, v;
        return ps->err = obj ? "expected ',' or '}'" : "expected ',' or ']'", NULL;
    }
}

static jval *jvalue(parser *ps, int depth) {
    ws(ps);
    if (depth > 64) return ps->err = "nested too deeply", NULL;
    if (ps->p >= ps->end) return ps->err = "unexpected end", NULL;
    static const char *const lits[] = {"null", "true", "false"};
    for (int i = 0; i < 3; i++) {
        size_t n = strlen(lits[i]);
        if ((size_t)(ps->end - ps->p) >= n && memcmp(ps->p, lits[i], n) == 0) {
            ps->p += n;
            jval *v = jnew(i ? J_BOOL : J_NULL);
            v->num = i == 1;
            return v;
        }
    }
    if (*ps->p == '{' || *ps->p == '[') return jcompound(ps, depth, *ps->p == '{');
    if (*ps->p == '"') {
        char *s = jstring(ps);
        if (!s) return NULL;
        jval *v = jnew(J_STR);
        v->str = s;
        return v;
    }
    return jnumber(ps);
}

static jval *get(const jval *o, const char *key) {
    if (!o || o->kind != J_OBJ) return NULL;
    for (int i = 0; i < o->n; i++)
        if (strcmp(o->key[i], key) == 0) return o->item[i];
    return NULL;
}

static const char *sget(const jval *o, const char *key) {
    jval *v = get(o, key);
    return v && v->kind == J_STR ? v->str : NULL;
}

static bool nget(const jval *o, const char *key, double *out) {
    jval *v = get(o, key);
    if (!v || v->kind != J_NUM) return false;
    *out = v->num;
    return true;
}

/* ---------- the checks ---------- */

enum { PID_P = 1, PID_G = 2 };

static int failures;

static void fail(const char *fmt, const char *a, double b) {
    printf("check_trace: ");
    printf(fmt, a, b);
    putchar('\n');
    failures++;
}

typedef struct span {
    double t0, t1;
    int pid;
    double tid;
} span;

static int span_cmp(const void *x, const void *y) {
    const span *a = x, *b = y;
    if (a->pid != b->pid) return a->pid - b->pid;
    if (a->tid != b->tid) return a->tid < b->tid ? -1 : 1;
    return a->t0 < b->t0 ? -1 : a->t0 > b->t0;
}

static bool has_prefix(const char *s, const char *prefix) {
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

/* How many events of ph on pid (0: any) have a name matching (prefix or exact). */
static int count(const jval *evs, const char *ph, int pid, const char *name, bool prefix) {
    int n = 0;
    for (int i = 0; i < evs->n; i++) {
        const jval *e = evs->item[i];
        double p = 0;
        const char *nm = sget(e, "name"), *eph = sget(e, "ph");
        if (!eph || strcmp(eph, ph) != 0 || !nm) continue;
        if (pid && (!nget(e, "pid", &p) || p != pid)) continue;
        if (prefix ? has_prefix(nm, name) : strcmp(nm, name) == 0) n++;
    }
    return n;
}

static int goroutine_lanes(const jval *evs, const char *name) {
    int n = 0;
    for (int i = 0; i < evs->n; i++) {
        const jval *e = evs->item[i];
        double pid = 0;
        const char *ph = sget(e, "ph"), *nm = sget(e, "name");
        if (!ph || strcmp(ph, "M") || !nm || strcmp(nm, "thread_name")) continue;
        if (!nget(e, "pid", &pid) || pid != PID_G) continue;
        const char *ln = sget(get(e, "args"), "name");
        if (!name || (ln && strcmp(ln, name) == 0)) n++;
    }
    return n;
}

static void structure(const jval *evs) {
    span *spans = malloc(sizeof *spans * (size_t)(evs->n + 1));
    int nspans = 0, starts = 0, ends = 0;
    if (!spans) exit(2);
    for (int i = 0; i < evs->n; i++) {
        const jval *e = evs->item[i];
        const char *ph = sget(e, "ph");
        double pid, tid, ts, dur;
        if (!ph || !strchr("MXiIsfBE", ph[0]) || ph[1]) {
            fail("event %s: unknown or missing ph", ph ? ph : "?", 0);
            continue;
        }
        if (!nget(e, "pid", &pid) || !nget(e, "tid", &tid) || !nget(e, "ts", &ts)) {
            fail("a %s event without numeric pid, tid or ts", ph, 0);
            continue;
        }
        if (!sget(e, "name")) fail("a %s event without a name", ph, 0);
        if (ph[0] == 's') starts++;
        if (ph[0] == 'f') ends++;
        if (ph[0] != 'X') continue;
        if (!nget(e, "dur", &dur) || dur < 0) {
            fail("X event %s without a dur >= 0", sget(e, "name"), 0);
            continue;
        }
        if (pid == PID_P || pid == PID_G) spans[nspans++] = (span){ts, ts + dur, (int)pid, tid};
    }
    if (starts != ends) fail("%s: %g flow starts without their end", "flows", starts - ends);
    qsort(spans, (size_t)nspans, sizeof *spans, span_cmp);
    for (int i = 1; i < nspans; i++) {
        const span *a = &spans[i - 1], *b = &spans[i];
        /* stamps are printed to the ns: allow that much rounding */
        if (a->pid == b->pid && a->tid == b->tid && b->t0 < a->t1 - 0.002)
            fail("overlapping slices on a %s lane (tid %g)", a->pid == PID_P ? "P" : "goroutine",
                 a->tid);
    }
    free(spans);
}

static bool compare(int got, const char *op, int want) {
    return strcmp(op, "=") == 0 ? got == want : strcmp(op, ">=") == 0 ? got >= want : got <= want;
}

static void check_line(const jval *evs, char *c) {
    char *nl = c + strcspn(c, "\r\n");
    *nl = 0;
    if (strncmp(c, "lanes=", 6) == 0) {
        int got = goroutine_lanes(evs, NULL);
        if (got != atoi(c + 6)) fail("%s: got %g goroutine lanes", c, got);
        return;
    }
    if (strncmp(c, "lane:", 5) == 0) {
        if (goroutine_lanes(evs, c + 5) != 1) fail("%s: no such goroutine lane (or several)", c, 0);
        return;
    }
    /* KIND:NAME OP N, OP the last = >= or <= */
    char *colon = strchr(c, ':'), *op = NULL;
    for (char *q = c; colon && *q; q++)
        if (*q == '=' && q > colon) op = q > c && (q[-1] == '>' || q[-1] == '<') ? q - 1 : q;
    if (!colon || !op) {
        fail("cannot read the check \"%s\"", c, 0);
        return;
    }
    char opstr[3] = {0}, name[256];
    size_t oplen = op[0] == '=' ? 1 : 2;
    memcpy(opstr, op, oplen);
    int want = atoi(op + oplen);
    size_t nlen = (size_t)(op - colon - 1);
    while (nlen && colon[nlen] == ' ')
        nlen--;
    if (nlen >= sizeof name) nlen = sizeof name - 1;
    memcpy(name, colon + 1, nlen);
    name[nlen] = 0;
    int got;
    if (strncmp(c, "i:", 2) == 0)
        got = count(evs, "i", 0, name, true);
    else if (strncmp(c, "state:", 6) == 0)
        got = count(evs, "X", PID_G, name, false);
    else if (strncmp(c, "flow:", 5) == 0)
        got = count(evs, "s", 0, name, false);
    else if (strncmp(c, "p:", 2) == 0)
        got = count(evs, "X", PID_P, name, false);
    else {
        fail("unknown check \"%s\"", c, 0);
        return;
    }
    if (!compare(got, opstr, want)) fail("%s: got %g", c, got);
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) buf[n] = 0;
    *len = (size_t)n;
    return buf;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fputs("usage: check_trace TRACE.json PROG.mg\n", stderr);
        return 2;
    }
    size_t len = 0, plen = 0;
    bool structural = strcmp(argv[2], "-") == 0;
    char *text = slurp(argv[1], &len), *prog = structural ? strdup("") : slurp(argv[2], &plen);
    if (!text || !prog) {
        fprintf(stderr, "check_trace: cannot read %s\n", text ? argv[2] : argv[1]);
        return 2;
    }
    parser ps = {text, text + len, NULL};
    jval *root = jvalue(&ps, 0);
    if (root) ws(&ps);
    if (!root || ps.p != ps.end) {
        printf("check_trace: %s: invalid JSON at byte %ld: %s\n", argv[1], (long)(ps.p - text),
               ps.err ? ps.err : "trailing text");
        return 1;
    }
    jval *evs = get(root, "traceEvents");
    if (!evs || evs->kind != J_ARR) {
        printf("check_trace: %s: no traceEvents array\n", argv[1]);
        return 1;
    }
    structure(evs);
    int nchecks = 0;
    for (char *line = strtok(prog, "\n"); line; line = strtok(NULL, "\n")) {
        char *c = strstr(line, "// Trace: ");
        if (c != line) continue;
        check_line(evs, c + 10);
        nchecks++;
    }
    if (nchecks == 0 && !structural) fail("%s has no // Trace: lines", argv[2], 0);
    if (failures) return 1;
    printf("check_trace: %s: %d events, %d checks ok\n", argv[1], evs->n, nchecks);
    return 0;
}
