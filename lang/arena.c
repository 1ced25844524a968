/* arena.c - a build's bump allocator; see arena.h for why and for the rules. */
#include "arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "../vm/gc_glue.h"
#include "../vm/object.h"

#define AR_RESERVE ((size_t)64 << 20) /* address space; what is never touched costs nothing */
#define AR_HUGE    ((uintptr_t)2 << 20)
#define AR_ALIGN   ((size_t)16)          /* as GC_MALLOC's granule */
#define AR_ROOT    ((uintptr_t)64 << 10) /* the GC root grows in steps of this */

struct mg_arena {
    void *map; /* the mapping, for munmap */
    size_t map_len;
    char *base;   /* 2 MiB-aligned start */
    char *lo;     /* pointer-holding memory: [base, lo) */
    char *hi;     /* pointer-free memory: [hi, top) */
    char *rooted; /* [base, rooted) is registered as a GC root; lo <= rooted */
};

/* The arena of the build running on this thread (set by the loader for a build). */
static __thread mg_arena *ar_current;

mg_arena *ar_new(void) {
    size_t len = AR_RESERVE + AR_HUGE;
    void *m =
        mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) return NULL;
    mg_arena *a = malloc(sizeof *a);
    if (!a) {
        munmap(m, len);
        return NULL;
    }
    a->map = m;
    a->map_len = len;
    a->base = (char *)(((uintptr_t)m + AR_HUGE - 1) & ~(AR_HUGE - 1));
#ifdef MADV_HUGEPAGE
    /* a hint: without THP nothing changes but the fault count */
    (void)madvise(a->base, AR_RESERVE, MADV_HUGEPAGE);
#endif
    a->lo = a->rooted = a->base;
    a->hi = a->base + AR_RESERVE;
    return a;
}

void ar_free(mg_arena *a) {
    if (!a) return;
    if (a->rooted > a->base) GC_remove_roots(a->base, a->rooted);
    munmap(a->map, a->map_len);
    free(a);
}

mg_arena *ar_use(mg_arena *a) {
    mg_arena *old = ar_current;
    ar_current = a;
    return old;
}

static size_t ar_round(size_t bytes) {
    size_t n = bytes ? (bytes + AR_ALIGN - 1) & ~(AR_ALIGN - 1) : AR_ALIGN;
    return n < bytes ? SIZE_MAX : n; /* SIZE_MAX never fits */
}

/* n bytes of pointer-holding memory from a, or NULL if it is full */
static void *bump_lo(mg_arena *a, size_t n) {
    if (n > (size_t)(a->hi - a->lo)) return NULL;
    char *p = a->lo;
    a->lo += n;
    if (a->lo > a->rooted) {
        /* before the memory is handed out: a collection may come at the next allocation.
         * Boehm extends the root that starts at base (GC_add_roots with the same start). */
        uintptr_t r = ((uintptr_t)a->lo + AR_ROOT - 1) & ~(AR_ROOT - 1);
        char *end = a->hi < (char *)r ? a->hi : (char *)r;
        GC_add_roots(a->base, end);
        a->rooted = end;
    }
    return p;
}

/* n bytes of pointer-free memory from a, or NULL if it is full; kept above the root
 * (which may reach past lo) so that the GC never scans it */
static void *bump_hi(mg_arena *a, size_t n) {
    char *floor = a->rooted > a->lo ? a->rooted : a->lo;
    if (n > (size_t)(a->hi - floor)) return NULL;
    a->hi -= n;
    return a->hi;
}

void *ar_alloc(size_t bytes) {
    mg_arena *a = ar_current;
    void *p = a ? bump_lo(a, ar_round(bytes)) : NULL;
    return p ? p : mg_alloc(bytes);
}

void *ar_alloc_atomic(size_t bytes) {
    mg_arena *a = ar_current;
    void *p = a ? bump_hi(a, ar_round(bytes)) : NULL;
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
    void *p = process_arena ? bump_hi(process_arena, ar_round(bytes)) : NULL;
    pthread_mutex_unlock(&process_lock);
    return p ? p : mg_alloc_uncollectable(bytes); /* no arena, or full: zeroed, never freed */
}
