/* alloc.c - the one allocation API (object.h): Boehm GC underneath.
 *
 * Pointer-holding memory comes from GC_MALLOC (zeroed); pointer-free payloads
 * from GC_MALLOC_ATOMIC, which we zero ourselves because the GC does not.
 * Big map tables (mg_alloc_table) ask for transparent huge pages; see there.
 * A NULL from the GC means the heap is exhausted: Go's fatal error, exit 2, for
 * the running VM only (limits.c), which also checks its heap limit first.
 *
 * vm_gc_main_stack spares GC_INIT a parse of /proc/self/maps.
 */
#include "gc_glue.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <sys/mman.h>

#include "object.h"
#include "vm.h"
#ifndef MINIGO_GC_MALLOC
#include <gc/gc_mark.h>
#endif

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

/* ---------- big tables ----------
 * A map's table is one allocation that is written all over at once (zeroed,
 * then filled by the rehash), and a big map goes through a chain of them. On
 * fresh memory every 4 KiB page costs a fault, which on the VMs this runs on
 * costs more than the map work itself (1e6 inserts: 47k faults, a third of
 * the run). So a table of TABLE_HUGE bytes or more asks the kernel for
 * transparent huge pages on the 2 MiB stretches inside it before it is first
 * touched (a hint: without THP, or with THP "never", nothing changes).
 *
 * That only helps if nothing touches the memory first, and GC_MALLOC zeroes
 * what it returns. Pointer-free tables come from GC_MALLOC_ATOMIC (not zeroed);
 * tables that hold pointers come from a kind of our own that the collector
 * scans like GC_MALLOC memory but does not zero. The kind is the process's, as
 * the collector is (like gc_once in api.c): made once, never changed after. */
#define HUGE_PAGE  ((uintptr_t)2 << 20)
#define TABLE_HUGE (2 * (size_t)HUGE_PAGE) /* holds at least one aligned huge page */

static void advise_huge(void *p, size_t bytes) {
    uintptr_t lo = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    uintptr_t hi = ((uintptr_t)p + bytes) & ~(HUGE_PAGE - 1);
    if (hi > lo) (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
}

#ifndef MINIGO_GC_MALLOC
static pthread_once_t table_kind_once = PTHREAD_ONCE_INIT;
static unsigned table_kind;

static void table_kind_init(void) {
    /* as GC_MALLOC's own kind (whole object scanned conservatively), minus the zeroing */
    table_kind = GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, 1, 0);
}

static void *table_malloc(size_t bytes, bool pointers) {
    if (!pointers) return GC_MALLOC_ATOMIC(bytes);
    pthread_once(&table_kind_once, table_kind_init);
    return GC_generic_malloc(bytes, (int)table_kind);
}
#else
static void *table_malloc(size_t bytes, bool pointers) {
    (void)pointers;
    return GC_MALLOC_ATOMIC(bytes);
}
#endif

void *mg_alloc_table(size_t bytes, bool pointers) {
    if (bytes < TABLE_HUGE) return pointers ? mg_alloc(bytes) : mg_alloc_atomic(bytes);
    mg_alloc_check(bytes);
    void *p = table_malloc(bytes, pointers);
    if (!p) mg_out_of_memory();
    advise_huge(p, bytes);
    memset(p, 0, bytes);
    return p;
}
