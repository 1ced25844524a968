/* alloc.c - the one allocation API (object.h): Boehm GC underneath.
 *
 * Pointer-holding memory comes from GC_MALLOC (zeroed); pointer-free payloads
 * from GC_MALLOC_ATOMIC, which we zero ourselves because the GC does not.
 * A NULL from the GC means the heap is exhausted: Go's fatal error, exit 2, for
 * the running VM only (limits.c), which also checks its heap limit first.
 *
 * vm_gc_main_stack spares GC_INIT a parse of /proc/self/maps.
 */
#include "gc_glue.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include "object.h"
#include "vm.h"

void *mg_alloc(size_t bytes) {
    mg_alloc_check(bytes);
    void *p = GC_MALLOC(bytes ? bytes : 1);
    if (!p) mg_out_of_memory();
    return p;
}

void *mg_alloc_atomic(size_t bytes) {
    mg_alloc_check(bytes);
    void *p = GC_MALLOC_ATOMIC(bytes ? bytes : 1);
    if (!p) mg_out_of_memory();
    memset(p, 0, bytes);
    return p;
}

void *mg_alloc_words(const mg_rtype *elem, int64_t count) {
    size_t bytes = (size_t)count * (size_t)elem->words * sizeof(mg_word);
    return elem->pointers ? mg_alloc(bytes) : mg_alloc_atomic(bytes);
}

void *mg_alloc_elems(const mg_rtype *elem, int64_t count) {
    size_t bytes = (size_t)count * (size_t)mg_elem_bytes(elem);
    return elem->pointers ? mg_alloc(bytes) : mg_alloc_atomic(bytes);
}

void *mg_alloc_uncollectable(size_t bytes) {
    void *p = GC_MALLOC_UNCOLLECTABLE(bytes ? bytes : 1);
    if (!p) mg_out_of_memory();
    return p;
}

/* GC_INIT looks up the initialising thread's stack with pthread_getattr_np, which on
 * the main thread reads and parses /proc/self/maps: a quarter of what initialising
 * costs. There glibc already knows where the stack ends (__libc_stack_end; above it
 * lie only argv, the environment and the auxiliary vector, no GC pointers). On any
 * other thread Boehm's own lookup stays: it must find that thread's stack. */
#if !defined(MINIGO_GC_MALLOC) && defined(__GLIBC__)
extern void *__libc_stack_end;
#endif

void vm_gc_main_stack(void) {
#if !defined(MINIGO_GC_MALLOC) && defined(__GLIBC__)
    if (gettid() != getpid()) return;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    if (!GC_stackbottom) GC_stackbottom = __libc_stack_end; /* read by GC_INIT only */
#pragma GCC diagnostic pop
#endif
}
