/* gc_glue.h - the one place that knows which memory manager is underneath.
 * Every file that calls the GC includes this instead of <gc.h>.
 *
 * Normal build: Boehm GC, thread-aware (GC_THREADS, so pthread_create and
 * pthread_join are the GC's wrappers and every M is a registered thread);
 * this header is then exactly `#define GC_THREADS 1` + `#include <gc.h>`.
 *
 * -DMINIGO_GC_MALLOC (the ThreadSanitizer build, `make tsan`): TSan cannot run
 * with Boehm (its deferred signals break the GC's stop-the-world handshake,
 * TOOLCHAIN.md), so the GC entry points the project uses are mapped here onto
 * the C library: memory comes from calloc and is never collected (explicit
 * GC_FREE still frees), threads need no registration, GC_do_blocking is a plain
 * call, collections and finalizers never happen. Fine for tests, not for
 * programs that allocate without bound.
 */
#ifndef MG_GC_GLUE_H
#define MG_GC_GLUE_H

#ifndef MINIGO_GC_MALLOC

#define GC_THREADS 1
#include <gc.h>

#else /* MINIGO_GC_MALLOC */

#include <malloc.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Zeroed like GC_MALLOC, including any slack malloc_usable_size reports, because
 * callers may size things by GC_size. NULL stays NULL: callers report OOM. */
static inline void *mg_glue_malloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (p) memset(p, 0, malloc_usable_size(p));
    return p;
}

static inline void *mg_glue_realloc(void *p, size_t n) {
    size_t old = p ? malloc_usable_size(p) : 0;
    void *q = realloc(p, n ? n : 1);
    if (q) {
        size_t now = malloc_usable_size(q);
        if (now > old) memset((char *)q + old, 0, now - old);
    }
    return q;
}

#define GC_MALLOC(n)                                 mg_glue_malloc(n)
#define GC_MALLOC_ATOMIC(n)                          mg_glue_malloc(n)
#define GC_MALLOC_UNCOLLECTABLE(n)                   mg_glue_malloc(n)
#define GC_MALLOC_ATOMIC_UNCOLLECTABLE(n)            mg_glue_malloc(n)
#define GC_REALLOC(p, n)                             mg_glue_realloc((p), (n))
#define GC_FREE(p)                                   free(p)
#define GC_malloc(n)                                 mg_glue_malloc(n)
#define GC_malloc_atomic(n)                          mg_glue_malloc(n)
#define GC_malloc_uncollectable(n)                   mg_glue_malloc(n)
#define GC_realloc(p, n)                             mg_glue_realloc((p), (n))
#define GC_free(p)                                   free(p)
#define GC_size(p)                                   malloc_usable_size(p)

/* Process set-up and collection control: nothing to do. */
#define GC_INIT()                                    ((void)0)
#define GC_init()                                    ((void)0)
#define GC_allow_register_threads()                  ((void)0)
#define GC_gcollect()                                ((void)0)
#define GC_disable()                                 ((void)0)
#define GC_enable()                                  ((void)0)
#define GC_set_max_heap_size(n)                      ((void)(n))
#define GC_expand_hp(n)                              ((void)(n))
#define GC_add_roots(lo, hi)                         ((void)(lo), (void)(hi))
#define GC_remove_roots(lo, hi)                      ((void)(lo), (void)(hi))
#define GC_get_heap_size()                           ((size_t)0)
#define GC_get_memory_use()                          ((size_t)0)
/* Nothing is collected, so no finalizer ever runs (Go does not promise they do). */
#define GC_register_finalizer(obj, fn, cd, ofn, ocd) ((void)(obj), (void)(fn), (void)(cd))
#define GC_REGISTER_FINALIZER(obj, fn, cd, ofn, ocd) ((void)(obj), (void)(fn), (void)(cd))
#define GC_set_finalize_on_demand(on)                ((void)(on))
#define GC_set_dont_precollect(on)                   ((void)(on))
#define GC_should_invoke_finalizers()                0
#define GC_invoke_finalizers()                       0
/* Statistics: no collection ever ran. Every pointer is the base of its block. */
#define GC_get_gc_no()                               ((size_t)0)
#define GC_base(p)                                   ((void *)(p))

/* Threads: any thread may touch any memory, so registration always "succeeds". */
#define GC_SUCCESS                                   0
struct GC_stack_base {
    void *mem_base;
};
static inline int GC_thread_is_registered(void) {
    return 1;
}
static inline int GC_get_stack_base(struct GC_stack_base *sb) {
    return GC_SUCCESS;
}
static inline int GC_register_my_thread(const struct GC_stack_base *sb) {
    return GC_SUCCESS;
}
static inline int GC_unregister_my_thread(void) {
    return GC_SUCCESS;
}
#define GC_do_blocking(fn, arg)                      ((fn)(arg))
#define GC_pthread_create                            pthread_create
#define GC_pthread_join                              pthread_join

#endif /* MINIGO_GC_MALLOC */

#endif
