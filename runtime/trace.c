/* trace.c - the scheduler tracer (`minigo run -trace FILE`): per-P event buffers while
 * the program runs, Chrome trace-event JSON when it is over (trace.h).
 *
 * Recording: rt_trace_ev stamps an event with the monotonic clock, the recording M, P
 * and running G, and appends it to the buffer of the P that M holds. Only the M holding
 * a P touches its buffer (a P changes hands under s->lock, which orders the writes), so
 * the hot path takes no lock; an M without a P (inside a blocking call, a host thread)
 * appends to the spill buffer under its mutex. A park is recorded by the parking G
 * before it releases the lock that publishes it, so its BLOCK is always stamped before
 * the UNBLOCK of whoever wakes it.
 *
 * Writing: every buffer is merged by time and replayed through a state machine per G
 * (runnable -> running -> blocked/runnable -> ... -> dead). Each state becomes an "X"
 * slice on the G's lane (process "Goroutines", one thread per G); each run also becomes
 * a slice on its P's lane ("Procs (P)") and its M's lane ("Threads (M)"). Channel
 * operations, selects, sleeps and go statements are "i" instants on the actor's lane;
 * go statements and wake-ups are flow arrows ("s" in the actor's running slice, "f" at
 * the start of the target's runnable slice). "M" metadata names every lane.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

typedef struct rt_tev {
    int64_t ts;   /* rt_nanotime() */
    int64_t g;    /* goid of the event's subject (0: none) */
    int64_t by;   /* goid of the G running on the recording M (0: none) */
    int64_t a, b; /* per kind (trace.h) */
    int32_t p, m; /* recording P (-1: none) and M (-1: not an M) */
    uint32_t seq; /* position in its buffer: orders equal stamps */
    uint8_t kind;
} rt_tev;

typedef struct rt_tbuf {
    rt_tev *ev;
    size_t n, cap;
} rt_tbuf;

/* A buffer holds at most this many events (56 MB); when one is full the whole trace
 * stops, so that it stays a consistent prefix of the run rather than losing pieces. */
#define RT_TRACE_MAX_EVENTS (1u << 20)

struct rt_trace {
    int64_t t0;
    pthread_mutex_t spill_lock;
    rt_tbuf spill;
    rt_trace_describe_fn describe;
    _Atomic bool full;       /* a buffer filled up (or an allocation failed): stopped */
    _Atomic int64_t stop_ts; /* when: the writer drops later events */
};

/* ---------- recording ---------- */

static void trace_stop(rt_trace *t, int64_t ts) {
    int64_t zero = 0;
    atomic_compare_exchange_strong(&t->stop_ts, &zero, ts);
    atomic_store(&t->full, true);
}

static void tbuf_push(rt_trace *t, rt_tbuf *b, rt_tev *e) {
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4096;
        rt_tev *ev = b->n < RT_TRACE_MAX_EVENTS ? realloc(b->ev, cap * sizeof *ev) : NULL;
        if (!ev) {
            trace_stop(t, e->ts);
            return;
        }
        b->ev = ev;
        b->cap = cap;
    }
    e->seq = (uint32_t)b->n;
    b->ev[b->n++] = *e;
}

void rt_trace_ev(rt_sched *s, rt_tev_kind kind, const rt_g *g, int64_t a, int64_t b) {
    rt_trace *t = s->trace;
    if (atomic_load_explicit(&t->full, memory_order_relaxed)) return;
    rt_m *m = rt_current_m(s);
    rt_tev e = {.ts = rt_nanotime(),
                .g = g ? g->goid : 0,
                .by = m && m->curg ? m->curg->goid : 0,
                .a = a,
                .b = b,
                .p = -1,
                .m = m ? (int32_t)m->id : -1,
                .kind = (uint8_t)kind};
    rt_p *p = m ? m->p : NULL;
    if (p && !p->tbuf) p->tbuf = calloc(1, sizeof(rt_tbuf));
    if (p && p->tbuf) {
        e.p = p->id;
        tbuf_push(t, p->tbuf, &e);
        return;
    }
    pthread_mutex_lock(&t->spill_lock);
    tbuf_push(t, &t->spill, &e);
    pthread_mutex_unlock(&t->spill_lock);
}

void rt_trace_create(rt_sched *s, rt_g *g) {
    rt_gdesc d = {.id = g->goid};
    if (s->trace->describe) s->trace->describe(s->user, g, &d);
    const char *fn = d.fn ? d.fn : "?", *file = d.file ? d.file : "";
    size_t nfn = strlen(fn) + 1, nfile = strlen(file) + 1;
    rt_gdesc *c = malloc(sizeof *c + nfn + nfile); /* the VM's strings may be GC memory */
    if (!c) return;
    *c = d;
    c->fn = memcpy((char *)(c + 1), fn, nfn);
    c->file = memcpy((char *)(c + 1) + nfn, file, nfile);
    rt_trace_ev(s, RT_TEV_CREATE, g, 0, (int64_t)(intptr_t)c);
}

void rt_trace_start(rt_sched *s, rt_trace_describe_fn describe) {
    rt_trace *t = calloc(1, sizeof *t);
    if (!t) return;
    t->describe = describe;
    pthread_mutex_init(&t->spill_lock, NULL);
    t->t0 = rt_nanotime();
    s->trace = t;
}

/* ---------- writing ---------- */

enum { GS_NONE, GS_RUNNABLE, GS_RUNNING, GS_BLOCKED, GS_DEAD };
enum { PID_P = 1, PID_G = 2, PID_M = 3 };

typedef struct gstate {
    const rt_gdesc *d;
    int state;
    int64_t since; /* when the current state began */
    int32_t p, m;  /* running: where */
    uint8_t reason;
    const char *why; /* runnable: "created", "preempted", "woken" */
    int64_t waker;   /* runnable after a wake-up: the waker's goid (0: a timer) */
} gstate;

typedef struct writer {
    FILE *f;
    int64_t t0;
    gstate *gs;
    int64_t ngs;
    int64_t flows;
    uintptr_t *chans; /* open addressing: channel pointer -> slot index + 1 in ids */
    int64_t *chan_ids;
    size_t chans_cap;
    int64_t nchans;
    bool first;
} writer;

static int tev_cmp(const void *x, const void *y) {
    const rt_tev *a = x, *b = y;
    if (a->ts != b->ts) return a->ts < b->ts ? -1 : 1;
    if (a->p != b->p) return a->p < b->p ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static void json_str(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static double usec(writer *w, int64_t ts) {
    return (double)(ts - w->t0) / 1000.0;
}

/* Starts one event object: {"ph":..,"pid":..,"tid":..,"ts":.. (the caller adds fields). */
static void ev_begin(writer *w, const char *ph, int pid, int64_t tid, int64_t ts) {
    fprintf(w->f, "%s\n{\"ph\":\"%s\",\"pid\":%d,\"tid\":%lld,\"ts\":%.3f", w->first ? "" : ",", ph,
            pid, (long long)tid, usec(w, ts));
    w->first = false;
}

static gstate *gst(writer *w, int64_t goid) {
    return goid > 0 && goid < w->ngs ? &w->gs[goid] : NULL;
}

static int64_t gid(writer *w, int64_t goid) {
    gstate *g = gst(w, goid);
    return g && g->d ? g->d->id : goid;
}

static void gname(writer *w, int64_t goid, char *buf, size_t n) {
    gstate *g = gst(w, goid);
    snprintf(buf, n, "G%lld %s", (long long)gid(w, goid), g && g->d ? g->d->fn : "?");
}

static void metadata(writer *w, const char *what, int pid, int64_t tid, const char *name,
                     int64_t sort) {
    ev_begin(w, "M", pid, tid, w->t0);
    fprintf(w->f, ",\"name\":\"%s\",\"args\":{\"name\":", what);
    json_str(w->f, name);
    fputs("}}", w->f);
    ev_begin(w, "M", pid, tid, w->t0);
    fprintf(w->f, ",\"name\":\"%s_sort_index\",\"args\":{\"sort_index\":%lld}}",
            what[0] == 'p' ? "process" : "thread", (long long)sort);
}

/* A slice [from, to] named name; args_json is the inside of the args object. */
static void slice(writer *w, int pid, int64_t tid, int64_t from, int64_t to, const char *cat,
                  const char *name, const char *args_json) {
    ev_begin(w, "X", pid, tid, from);
    fprintf(w->f, ",\"dur\":%.3f,\"cat\":\"%s\",\"name\":", (double)(to - from) / 1000.0, cat);
    json_str(w->f, name);
    fprintf(w->f, ",\"args\":{%s}}", args_json);
}

static void flow(writer *w, int64_t from_goid, int64_t to_goid, int64_t ts, const char *name) {
    int64_t id = ++w->flows;
    ev_begin(w, "s", PID_G, gid(w, from_goid), ts);
    fprintf(w->f, ",\"id\":%lld,\"cat\":\"flow\",\"name\":\"%s\"}", (long long)id, name);
    ev_begin(w, "f", PID_G, gid(w, to_goid), ts);
    fprintf(w->f, ",\"id\":%lld,\"cat\":\"flow\",\"name\":\"%s\"}", (long long)id, name);
}

/* Ends g's current state at ts: its slice on the G lane, and for a run the P and M ones. */
static void state_end(writer *w, int64_t goid, int64_t ts) {
    gstate *g = gst(w, goid);
    if (!g) return;
    char args[160], name[160];
    int64_t id = gid(w, goid);
    switch (g->state) {
    case GS_RUNNING:
        snprintf(args, sizeof args, "\"P\":%d,\"M\":%d", g->p, g->m);
        slice(w, PID_G, id, g->since, ts, "running", g->p >= 0 ? "running" : "running, no P", args);
        gname(w, goid, name, sizeof name);
        snprintf(args, sizeof args, "\"g\":%lld,\"M\":%d", (long long)id, g->m);
        if (g->p >= 0) slice(w, PID_P, g->p, g->since, ts, "running", name, args);
        snprintf(args, sizeof args, "\"g\":%lld,\"P\":%d", (long long)id, g->p);
        if (g->m >= 0) slice(w, PID_M, g->m, g->since, ts, "running", name, args);
        break;
    case GS_RUNNABLE:
        if (g->waker)
            snprintf(args, sizeof args, "\"after\":\"%s\",\"woken by\":\"G%lld\"", g->why,
                     (long long)gid(w, g->waker));
        else
            snprintf(args, sizeof args, "\"after\":\"%s\"", g->why);
        slice(w, PID_G, id, g->since, ts, "runnable", "runnable", args);
        break;
    case GS_BLOCKED: {
        const char *r = rt_wait_reason_text(g->reason);
        snprintf(args, sizeof args, "\"reason\":\"%s\"", r);
        slice(w, PID_G, id, g->since, ts, "blocked", *r ? r : "blocked", args);
        break;
    }
    default: break;
    }
    g->state = GS_NONE;
}

static void state_begin(writer *w, int64_t goid, int state, int64_t ts) {
    gstate *g = gst(w, goid);
    if (!g) return;
    state_end(w, goid, ts);
    g->state = state;
    g->since = ts;
    g->waker = 0;
}

/* A short per-trace number for a channel: c1, c2, ... in order of first use. */
static int64_t chan_id(writer *w, int64_t ptr) {
    if (!ptr) return 0;
    if (w->nchans * 2 >= (int64_t)w->chans_cap) {
        size_t cap = w->chans_cap ? w->chans_cap * 2 : 64;
        uintptr_t *k = calloc(cap, sizeof *k);
        int64_t *v = calloc(cap, sizeof *v);
        if (!k || !v) {
            free(k);
            free(v);
            return -1;
        }
        for (size_t i = 0; i < w->chans_cap; i++) {
            if (!w->chans[i]) continue;
            size_t j = (w->chans[i] >> 4) & (cap - 1);
            while (k[j])
                j = (j + 1) & (cap - 1);
            k[j] = w->chans[i];
            v[j] = w->chan_ids[i];
        }
        free(w->chans);
        free(w->chan_ids);
        w->chans = k;
        w->chan_ids = v;
        w->chans_cap = cap;
    }
    uintptr_t key = (uintptr_t)ptr;
    size_t j = (key >> 4) & (w->chans_cap - 1);
    while (w->chans[j] && w->chans[j] != key)
        j = (j + 1) & (w->chans_cap - 1);
    if (!w->chans[j]) {
        w->chans[j] = key;
        w->chan_ids[j] = ++w->nchans;
    }
    return w->chan_ids[j];
}

/* An instant on the actor's G lane, or on the P lane when no G acted (a timer). */
static void instant(writer *w, const rt_tev *e, const char *name, const char *args_json) {
    if (e->by)
        ev_begin(w, "i", PID_G, gid(w, e->by), e->ts);
    else
        ev_begin(w, "i", PID_P, e->p >= 0 ? e->p : 0, e->ts);
    fputs(",\"s\":\"t\",\"cat\":\"op\",\"name\":", w->f);
    json_str(w->f, name);
    fprintf(w->f, ",\"args\":{%s}}", args_json);
}

static void replay(writer *w, const rt_tev *e) {
    gstate *g = gst(w, e->g);
    char args[200], name[160];
    switch ((rt_tev_kind)e->kind) {
    case RT_TEV_CREATE:
        if (!g) break;
        g->d = (const rt_gdesc *)(intptr_t)e->b;
        state_begin(w, e->g, GS_RUNNABLE, e->ts);
        g->why = "created";
        if (e->by) {
            gname(w, e->g, name, sizeof name);
            snprintf(args, sizeof args, "\"g\":%lld,\"at\":\"%s:%d\"", (long long)g->d->id,
                     g->d->file, g->d->line);
            char what[200];
            snprintf(what, sizeof what, "go %s", name);
            instant(w, e, what, args);
            flow(w, e->by, e->g, e->ts, "go");
        }
        break;
    case RT_TEV_START:
        if (!g) break;
        state_begin(w, e->g, GS_RUNNING, e->ts);
        g->p = e->p;
        g->m = e->m;
        break;
    case RT_TEV_HANDOFF: /* the run goes on without a P: its P lane slice ends here */
    case RT_TEV_REGAIN:
        if (!g || g->state != GS_RUNNING) break;
        state_begin(w, e->g, GS_RUNNING, e->ts);
        g->p = e->kind == RT_TEV_HANDOFF ? -1 : e->p;
        g->m = e->m;
        break;
    case RT_TEV_YIELD:
        state_begin(w, e->g, GS_RUNNABLE, e->ts);
        if (g) g->why = "preempted";
        break;
    case RT_TEV_BLOCK:
        state_begin(w, e->g, GS_BLOCKED, e->ts);
        if (g) g->reason = (uint8_t)e->a;
        break;
    case RT_TEV_UNBLOCK:
        if (!g) break;
        state_begin(w, e->g, GS_RUNNABLE, e->ts);
        g->why = "woken";
        g->waker = e->by;
        if (e->by && e->by != e->g) flow(w, e->by, e->g, e->ts, "unblock");
        break;
    case RT_TEV_END: state_begin(w, e->g, GS_DEAD, e->ts); break;
    case RT_TEV_SEND:
    case RT_TEV_RECV:
    case RT_TEV_CLOSE: {
        static const char *const names[] = {"chan send", "chan recv", "chan close"};
        int64_t c = chan_id(w, e->a);
        char cname[32] = "nil";
        if (c) snprintf(cname, sizeof cname, "c%lld", (long long)c);
        snprintf(name, sizeof name, "%s %s", names[e->kind - RT_TEV_SEND], cname);
        snprintf(args, sizeof args, "\"chan\":\"%s\",\"select\":%s", cname,
                 e->b ? "true" : "false");
        instant(w, e, name, args);
        break;
    }
    case RT_TEV_SELECT:
        snprintf(args, sizeof args, "\"cases\":%lld", (long long)e->a);
        instant(w, e, "select", args);
        break;
    case RT_TEV_SLEEP:
        snprintf(args, sizeof args, "\"ns\":%lld", (long long)e->a);
        instant(w, e, "sleep", args);
        break;
    case RT_TEV_TIMER:
        snprintf(args, sizeof args, "\"late_ns\":%lld", (long long)(e->ts - e->a));
        ev_begin(w, "i", PID_P, e->p >= 0 ? e->p : 0, e->ts);
        fprintf(w->f, ",\"s\":\"t\",\"cat\":\"timer\",\"name\":\"timer fires\",\"args\":{%s}}",
                args);
        break;
    default: break;
    }
}

static size_t add_events(rt_tev *all, size_t n, const rt_tbuf *b) {
    if (b && b->n) memcpy(all + n, b->ev, b->n * sizeof *all);
    return n + (b ? b->n : 0);
}

static int write_json(rt_sched *s, rt_trace *t, FILE *f) {
    rt_p **allp = atomic_load(&s->allp);
    int32_t np = atomic_load(&s->allp_len);
    size_t total = t->spill.n;
    for (int32_t i = 0; i < np; i++)
        if (allp[i]->tbuf) total += allp[i]->tbuf->n;
    rt_tev *all = malloc((total ? total : 1) * sizeof *all);
    if (!all) return -1;
    size_t n = add_events(all, 0, &t->spill);
    for (int32_t i = 0; i < np; i++)
        n = add_events(all, n, allp[i]->tbuf);
    qsort(all, n, sizeof *all, tev_cmp);
    int64_t stop = atomic_load(&t->stop_ts);
    size_t recorded = n;
    while (stop && n > 0 && all[n - 1].ts > stop) /* Ps that had not seen the stop yet */
        n--;

    writer w = {.f = f, .t0 = t->t0, .first = true};
    /* the program ended now: the states still open at exit last until here */
    int64_t maxg = 0, maxm = -1, t_end = stop ? stop : rt_nanotime();
    bool *seen_p = calloc((size_t)np + 1, 1);
    for (size_t i = 0; i < n; i++) {
        if (all[i].g > maxg) maxg = all[i].g;
        if (all[i].by > maxg) maxg = all[i].by;
        if (all[i].m > maxm) maxm = all[i].m;
        if (all[i].ts > t_end) t_end = all[i].ts;
        if (seen_p && all[i].p >= 0 && all[i].p < np) seen_p[all[i].p] = true;
    }
    w.ngs = maxg + 1;
    w.gs = calloc((size_t)w.ngs, sizeof *w.gs);
    if (!w.gs || !seen_p) {
        free(all);
        free(seen_p);
        free(w.gs);
        return -1;
    }
    fputs("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[", f);
    metadata(&w, "process_name", PID_P, 0, "Procs (P)", 1);
    metadata(&w, "process_name", PID_G, 0, "Goroutines", 2);
    metadata(&w, "process_name", PID_M, 0, "Threads (M)", 3);
    for (int32_t i = 0; i < np; i++) {
        char name[32];
        snprintf(name, sizeof name, "P%d", i);
        if (seen_p[i]) metadata(&w, "thread_name", PID_P, i, name, i);
    }
    for (int64_t i = 0; i <= maxm; i++) {
        char name[32];
        snprintf(name, sizeof name, "M%lld", (long long)i);
        metadata(&w, "thread_name", PID_M, i, name, i);
    }
    for (size_t i = 0; i < n; i++)
        replay(&w, &all[i]);
    for (int64_t i = 1; i < w.ngs; i++) {
        if (!w.gs[i].d) continue;
        state_end(&w, i, t_end);
        char name[160];
        gname(&w, i, name, sizeof name);
        metadata(&w, "thread_name", PID_G, w.gs[i].d->id, name, w.gs[i].d->id);
    }
    fprintf(f, "\n],\"otherData\":{\"producer\":\"minigo\",\"events\":%zu,\"stopped_early\":%s}}\n",
            n, stop ? "true" : "false");
    if (stop)
        fprintf(stderr,
                "minigo: the trace buffer filled up: the trace covers the first %.3f ms only\n",
                (double)(stop - t->t0) / 1e6);
    for (size_t i = 0; i < recorded; i++)
        if (all[i].kind == RT_TEV_CREATE) free((void *)(intptr_t)all[i].b);
    free(all);
    free(seen_p);
    free(w.gs);
    free(w.chans);
    free(w.chan_ids);
    return ferror(f) ? -1 : 0;
}

int rt_trace_write(rt_sched *s, const char *path) {
    rt_trace *t = s->trace;
    if (!t) return 0;
    s->trace = NULL;
    FILE *f = fopen(path, "w");
    int r = f ? write_json(s, t, f) : -1;
    int err = errno;
    if (f && fclose(f) != 0 && r == 0) {
        r = -1;
        err = errno;
    }
    rt_p **allp = atomic_load(&s->allp);
    int32_t np = atomic_load(&s->allp_len);
    for (int32_t i = 0; i < np; i++) {
        if (!allp[i]->tbuf) continue;
        free(allp[i]->tbuf->ev);
        free(allp[i]->tbuf);
        allp[i]->tbuf = NULL;
    }
    free(t->spill.ev);
    pthread_mutex_destroy(&t->spill_lock);
    free(t);
    errno = err;
    return r;
}
