/* alloc.c - the one allocation API (object.h): Boehm GC underneath.
 *
 * Pointer-holding memory comes from GC_MALLOC (zeroed); pointer-free payloads
 * from GC_MALLOC_ATOMIC, which we zero ourselves because the GC does not.
 * A NULL from the GC means the heap is exhausted: Go's fatal error, exit 2, for
 * the running VM only (limits.c), which also checks its heap limit first.
 */
#include "gc_glue.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include "object.h"

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
