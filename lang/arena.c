/* arena.c - a build's bump allocator; see arena.h for why and for the rules.
 *
 * One reservation, carved front to back into chunks of AR_CHUNK bytes (or one
 * request's size, if larger), each holding one kind of memory: pointer-holding or
 * pointer-free. The first chunk of each kind lies in the first huge page, which is all
 * a small build touches. A pointer-holding chunk is a GC root up to its fill mark
 * (rounded up to a page) until the build ends (ar_end_build).
 */
#include "arena.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "../vm/gc_glue.h"
#include "../vm/object.h"

#define AR_RESERVE ((size_t)64 << 20) /* address space; what is never touched costs nothing */
#define AR_HINT    ((uintptr_t)0x200000000000) /* 32 TiB: below PIE, brk and mmap on x86-64 */
#define AR_HUGE    ((uintptr_t)2 << 20)
#define AR_ALIGN   ((size_t)16) /* as GC_MALLOC's granule */
#define AR_CHUNK   ((size_t)64 << 10)
#define AR_PAGE    ((uintptr_t)4096)
#define AR_ROOTS   64 /* pointer-holding chunks at most; past them, the GC heap */

enum { AR_POINTERS, AR_ATOMIC, AR_KINDS };

typedef struct ar_chunk {
    char *lo, *cur, *end;
    char *rooted; /* [lo, rooted) is registered as a GC root (pointer kinds) */
} ar_chunk;

struct mg_arena {
    void *map; /* the mapping, for munmap */
    size_t map_len;
    char *next, *top; /* chunks are carved from [next, top) */
    ar_chunk cur[AR_KINDS];
    ar_chunk roots[AR_ROOTS]; /* every pointer-holding chunk, for GC_remove_roots */
    int nroots;
    bool ended;  /* ar_end_build: no pointer-holding memory any more */
    char *dirty; /* a recycled arena: [base, dirty) was used before, zeroed when carved */
};

/* Freed arenas kept for the next builds: a host that runs VM after VM would otherwise
 * pay a fresh huge page (its fault and the kernel's zeroing of 2 MiB) and the mapping
 * calls per VM, three times what creating and running an empty VM cost before. Their
 * first AR_KEEP bytes stay mapped (what a small build touched); process-wide, like the
 * address space they hold. */
#define AR_CACHE 2
#define AR_KEEP  ((size_t)4 << 20)
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static mg_arena *cache[AR_CACHE];
static int ncache;

/* The arena of the build running on this thread (set by the loader for a build). */
static __thread mg_arena *ar_current;

static mg_arena *ar_recycled(void) {
    pthread_mutex_lock(&cache_lock);
    mg_arena *a = ncache ? cache[--ncache] : NULL;
    pthread_mutex_unlock(&cache_lock);
    if (!a) return NULL;
    char *base = a->top - AR_RESERVE;
    *a = (mg_arena){.map = a->map,
                    .map_len = a->map_len,
                    .next = base,
                    .top = a->top,
                    .dirty = a->next > a->dirty ? a->next : a->dirty};
    return a;
}

mg_arena *ar_new(void) {
    mg_arena *r = ar_recycled();
    if (r) return r;
    size_t len = AR_RESERVE + AR_HUGE;
    /* where the next reservation is asked for (a hint: the kernel puts it elsewhere if
     * that range is taken); process-wide like the address space it hands out */
    static _Atomic uintptr_t hint = AR_HINT;
    void *want = (void *)atomic_fetch_add(&hint, len);
    void *m =
        mmap(want, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) return NULL;
    mg_arena *a = calloc(1, sizeof *a);
    if (!a) {
        munmap(m, len);
        return NULL;
    }
    a->map = m;
    a->map_len = len;
    a->next = (char *)(((uintptr_t)m + AR_HUGE - 1) & ~(AR_HUGE - 1));
    a->top = a->next + AR_RESERVE;
    a->dirty = a->next;
#ifdef MADV_HUGEPAGE
    /* a hint: without THP nothing changes but the fault count */
    (void)madvise(a->next, AR_RESERVE, MADV_HUGEPAGE);
#endif
    return a;
}

static void unroot(mg_arena *a) {
    for (int i = 0; i < a->nroots; i++)
        if (a->roots[i].rooted > a->roots[i].lo)
            GC_remove_roots(a->roots[i].lo, a->roots[i].rooted);
    a->nroots = 0;
}

void ar_free(mg_arena *a) {
    if (!a) return;
    unroot(a);
    char *base = a->top - AR_RESERVE, *used = a->next > a->dirty ? a->next : a->dirty;
    if (used > base + AR_KEEP) { /* give a big build's memory back */
        (void)madvise(base + AR_KEEP, (size_t)(used - (base + AR_KEEP)), MADV_DONTNEED);
        if (a->next > base + AR_KEEP) a->next = base + AR_KEEP;
        if (a->dirty > base + AR_KEEP) a->dirty = base + AR_KEEP;
    }
    pthread_mutex_lock(&cache_lock);
    bool kept = ncache < AR_CACHE;
    if (kept) cache[ncache++] = a;
    pthread_mutex_unlock(&cache_lock);
    if (kept) return;
    munmap(a->map, a->map_len);
    free(a);
}

mg_arena *ar_use(mg_arena *a) {
    mg_arena *old = ar_current;
    ar_current = a;
    return old;
}

void ar_end_build(mg_arena *a) {
    if (!a) return;
    /* the memory stays (the program's pointer-free data is in it), unscanned; nothing
     * pointer-holding is allocated from a any more (a full chunk says so) */
    unroot(a);
    a->ended = true;
}

static size_t ar_round(size_t bytes) {
    size_t n = bytes ? (bytes + AR_ALIGN - 1) & ~(AR_ALIGN - 1) : AR_ALIGN;
    return n < bytes ? SIZE_MAX : n; /* SIZE_MAX never fits */
}

/* n bytes (a multiple of AR_ALIGN) of the given kind from a, or NULL if it is full */
static void *bump(mg_arena *a, int kind, size_t n) {
    ar_chunk *c = &a->cur[kind];
    if (kind == AR_POINTERS && a->ended) return NULL;
    if (n > (size_t)(c->end - c->cur)) {
        if (kind == AR_POINTERS && (a->ended || a->nroots == AR_ROOTS)) return NULL;
        size_t len = n > AR_CHUNK ? (n + AR_PAGE - 1) & ~(AR_PAGE - 1) : AR_CHUNK;
        if (len < n || len > (size_t)(a->top - a->next)) return NULL;
        *c = (ar_chunk){.lo = a->next, .cur = a->next, .end = a->next + len, .rooted = a->next};
        if (a->next < a->dirty) /* recycled: what the last build left there */
            memset(a->next, 0,
                   (size_t)(a->dirty - a->next) < len ? (size_t)(a->dirty - a->next) : len);
        a->next += len;
        if (kind == AR_POINTERS) a->nroots++;
    }
    char *p = c->cur;
    c->cur += n;
    if (kind == AR_POINTERS && c->cur > c->rooted) {
        /* before the memory is handed out: a collection may come at the next allocation.
         * Boehm extends the root that starts at lo (GC_add_roots with the same start). */
        c->rooted = (char *)(((uintptr_t)c->cur + AR_PAGE - 1) & ~(AR_PAGE - 1));
        GC_add_roots(c->lo, c->rooted);
        a->roots[a->nroots - 1] = *c;
    }
    return p;
}

void *ar_alloc(size_t bytes) {
    mg_arena *a = ar_current;
    void *p = a ? bump(a, AR_POINTERS, ar_round(bytes)) : NULL;
    return p ? p : mg_alloc(bytes);
}

void *ar_alloc_atomic(size_t bytes) {
    mg_arena *a = ar_current;
    void *p = a ? bump(a, AR_ATOMIC, ar_round(bytes)) : NULL;
    return p ? p : mg_alloc_atomic(bytes);
}

static pthread_once_t process_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t process_lock = PTHREAD_MUTEX_INITIALIZER;
static mg_arena *process_arena; /* never freed: what it holds is never freed either */

static void process_init(void) {
    process_arena = ar_new();
}

void *ar_process_alloc(size_t bytes) {
    pthread_once(&process_once, process_init);
    pthread_mutex_lock(&process_lock);
    void *p = process_arena ? bump(process_arena, AR_ATOMIC, ar_round(bytes)) : NULL;
    pthread_mutex_unlock(&process_lock);
    return p ? p : mg_alloc_uncollectable(bytes); /* no arena, or full: zeroed, never freed */
}
