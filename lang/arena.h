/* arena.h - the memory of one build (parse, check, compile), outside the GC's heap.
 *
 * Why: on the virtual machines this runs on, the first touch of every fresh 4 KiB page
 * is a fault that costs ~10 us, and a hello world's build touched some 200 pages of
 * Boehm's heap (a block per size class, free lists built through each). The arena is
 * one reservation madvised for transparent huge pages, filled by bumping a pointer: a
 * build touches one or two huge pages, and nothing is zeroed (fresh memory is zero).
 * The program's own objects never land there (they come from mg_alloc at run time),
 * so random-access programs keep the small pages they are fastest on (bench/NOTES.md,
 * "Startup (stop 19)": a huge-page section inside Boehm's heap slowed mapops 40%).
 *
 * Lifetime: the compiled program lives in it, so the arena lives as long as the VM
 * that loaded it (mg_vm_free releases it); nothing is freed before. Pointer-holding
 * memory is registered with the GC as a root, so what it points to in the GC heap stays
 * alive; pointer-free memory is not scanned. Pointer-holding memory comes in two
 * kinds: the scratch of parsing and checking (ASTs, scopes, symbols, the checker's
 * types), which is dead once the build is over and stops being a root then
 * (ar_end_build: scanning it at every collection of the run made GC-heavy programs 12%
 * slower), and the compiler's output (ar_begin_program), which the program runs on.
 * So nothing the program reads at run time may hold a pointer into the GC heap from
 * the scratch: the run time sees only what cg_compile made, and pointer-free data.
 *
 * Only the thread building a program uses its arena (ar_use). Process-wide data (the
 * predeclared types and universe, the identifier intern table, rtypes published on
 * predeclared types) must never come from it: such callers use mg_alloc.
 */
#ifndef MG_ARENA_H
#define MG_ARENA_H

#include <stddef.h>

typedef struct mg_arena mg_arena;

/* A new, empty arena (address space only), or NULL if none could be reserved. */
mg_arena *ar_new(void);
/* Releases a's memory and its GC root; NULL is ignored. */
void ar_free(mg_arena *a);
/* Makes a (may be NULL) the calling thread's build arena; returns the previous one. */
mg_arena *ar_use(mg_arena *a);
/* From now on a's pointer-holding memory is the program's (cg_compile); NULL ignored. */
void ar_begin_program(mg_arena *a);
/* The build is over: a's scratch is no GC root any more; NULL ignored. */
void ar_end_build(mg_arena *a);
/* Zeroed memory from the calling thread's arena, or from mg_alloc / mg_alloc_atomic
 * when it has none (or it is full). Never freed explicitly, never passed to GC_FREE,
 * GC_REALLOC, GC_base or GC_size. */
void *ar_alloc(size_t bytes);
void *ar_alloc_atomic(size_t bytes);

/* Pointer-free memory that lives as long as the process (the identifier intern table and
 * its strings, the process's type hash table: what was uncollectable GC memory, zeroed,
 * a page at a time), from one process-wide arena; thread-safe. Not scanned by the GC:
 * what it holds may point only into itself, at static data, or at uncollectable
 * objects. */
void *ar_process_alloc(size_t bytes);

#endif
