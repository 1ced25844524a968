/* alloc.c - the one allocation API (object.h): Boehm GC underneath.
 *
 * Pointer-holding memory comes from GC_MALLOC (zeroed); pointer-free payloads
 * from GC_MALLOC_ATOMIC, which we zero ourselves because the GC does not.
 * A NULL from the GC means the heap is exhausted: Go's fatal error, exit 2, for
 * the running VM only (limits.c), which also checks its heap limit first.
 *
 * vm_gc_reserve_heap gives the process one heap section up front (see there): the
 * first touch of a fresh page is a fault, and faults were a third of a hello
 * world's run. vm_gc_main_stack spares GC_INIT a parse of /proc/self/maps.
 */
#include "gc_glue.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <sys/mman.h>

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

/* Boehm grows its heap 64 KiB at a time and every fresh page faults when first
 * touched, which on a virtual machine costs microseconds: compiling a hello world's
 * runtime, fmt and errors packages (about 1 MiB allocated) took some 330 heap faults
 * and 4 collections. Reserved here once per process instead: one section of
 * VM_STARTUP_HEAP bytes, most of it in 2 MiB-aligned ranges madvised for
 * transparent huge pages (one fault per 2 MiB where the kernel offers them, the
 * usual 4 KiB pages where not), and allocation begins at the aligned part. Nothing
 * is touched here: an unused reservation costs address space, not memory. */
#define VM_STARTUP_HEAP ((size_t)6 << 20)
#define HUGE_PAGE       ((uintptr_t)2 << 20)
#define GC_BLOCK        ((size_t)4096) /* Boehm's HBLKSIZE on x86-64 and arm64 */

void vm_gc_reserve_heap(void) {
#if !defined(MINIGO_GC_MALLOC) && defined(MADV_HUGEPAGE)
    if (!GC_expand_hp(VM_STARTUP_HEAP)) return;
    /* the new section is the only free block this large: a pointer-free object that
     * spans it says where it is, without touching it */
    size_t span = VM_STARTUP_HEAP - 2 * GC_BLOCK;
    char *p = GC_MALLOC_ATOMIC(span);
    if (!p) return;
    uintptr_t lo = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    uintptr_t hi = ((uintptr_t)p + span) & ~(HUGE_PAGE - 1);
    if (hi > lo) madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
    GC_FREE(p);
    /* Boehm splits a free block from its low end: occupy the unaligned head (it is
     * garbage, reused after the first collection) so that what the program allocates
     * first lands in the huge pages. One byte of the request is Boehm's slack. */
    size_t head = (size_t)(lo - (uintptr_t)p);
    if (hi > lo && head > GC_BLOCK) (void)GC_MALLOC_ATOMIC(head - 1);
#endif
}
