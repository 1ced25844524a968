/* trace.h - the scheduler tracer behind `minigo run -trace FILE` (trace.c).
 *
 * While a trace is on (rt_sched.trace != NULL), the runtime records what happens to
 * goroutines: creation (with parent and go statement), every run on a P and M, parks
 * with their wait reason, unparks with the waker, channel operations, sleeps and
 * timers. Each event goes to the buffer of the P held by the recording M (only that M
 * writes it, so no lock); an M without a P uses the trace's one locked spill buffer.
 * At exit rt_trace_write merges the buffers by time and writes Chrome trace-event JSON
 * (Perfetto and chrome://tracing open it).
 *
 * Off, every hook costs one predictable branch on a field the code already has at hand
 * (RT_TRACE). Buffers are malloc'd and hold no GC pointers: strings a G's description
 * names are copied.
 */
#ifndef RT_TRACE_H
#define RT_TRACE_H

#include <stdint.h>

typedef struct rt_sched rt_sched;
typedef struct rt_g rt_g;
typedef struct rt_trace rt_trace;

/* What the VM says about a G when it is created (the describe callback). */
typedef struct rt_gdesc {
    int64_t id;       /* the goroutine id users see ("goroutine 7") */
    int64_t parent;   /* the creator's id, 0 for main */
    const char *fn;   /* its function: "main.worker" */
    const char *file; /* where the go statement is (NULL for main) */
    int line;
} rt_gdesc;

typedef enum rt_tev_kind {
    RT_TEV_CREATE,  /* g created by the current G; b: its rt_gdesc (malloc'd copy) */
    RT_TEV_START,   /* g starts running on this P and M */
    RT_TEV_YIELD,   /* g preempted or Gosched: runnable again */
    RT_TEV_BLOCK,   /* g parks; a: rt_wait_reason */
    RT_TEV_UNBLOCK, /* g made runnable by the current G (none: a timer or the host) */
    RT_TEV_END,     /* g exited */
    RT_TEV_SEND,    /* the current G sends on channel a; b: 1 from a select */
    RT_TEV_RECV,    /* ... receives */
    RT_TEV_CLOSE,   /* ... closes */
    RT_TEV_SELECT,  /* ... enters a select of a cases */
    RT_TEV_SLEEP,   /* ... sleeps a ns */
    RT_TEV_TIMER,   /* a timer due at a fires on this P */
    RT_TEV_HANDOFF, /* g, running, hands its P over (a blocking call, rt_poll_wait) */
    RT_TEV_REGAIN,  /* g, still running, holds a P again */
    RT_TEV_COUNT
} rt_tev_kind;

/* Hooks: one line at each point the runtime reports. */
#define RT_TRACE(s, kind, g, a, b)                                                                 \
    do {                                                                                           \
        if (__builtin_expect((s) != NULL && (s)->trace != NULL, 0))                                \
            rt_trace_ev((s), (kind), (g), (a), (b));                                               \
    } while (0)

void rt_trace_ev(rt_sched *s, rt_tev_kind kind, const rt_g *g, int64_t a, int64_t b);
/* A G was spawned: asks the VM to describe it, records CREATE. */
void rt_trace_create(rt_sched *s, rt_g *g);

/* Turn tracing on; before rt_sched_run_main. describe(user, g, d) (user: the VM's
 * rt_sched_new pointer) fills d for each G as it is spawned; d starts as {.id = goid}. */
typedef void (*rt_trace_describe_fn)(void *user, rt_g *g, rt_gdesc *d);
void rt_trace_start(rt_sched *s, rt_trace_describe_fn describe);
/* After rt_sched_run_main: write the JSON to path and free the buffers (tracing stops).
 * Returns 0, or -1 with errno set. */
int rt_trace_write(rt_sched *s, const char *path);

#endif
