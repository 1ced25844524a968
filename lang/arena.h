/* arena.h - the memory of parsing and checking a program, outside the GC's heap.
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
 * What goes there: what the parser and the checker allocate (ASTs, scopes, symbols,
 * types, constants, strings). The compiler's output does not (lang/loader.c): it comes
 * from the GC heap as before. Pointer-holding memory is a GC root while the build runs
 * (what it points to in the GC heap stays alive) and stops being one when the build is
 * over (ar_end_build): it is dead then, and scanning it at every collection of the run
 * made GC-heavy programs slower. So the run time must never read a pointer into the
 * GC heap from the arena: it sees only what cg_compile made, and the arena's
 * pointer-free memory (names, string constants), which is never scanned and lives as
 * long as the VM that loaded the program (mg_vm_free releases the arena).
 *
 * The reservation lies far below the addresses where mmap places the GC's heap, so
 * that the collector rejects a pointer into it (a string constant in a register) at
 * its first bounds check.
 *
 * Only the thread building a program uses its arena (ar_use). Process-wide data (the
 * predeclared types and universe, rtypes published on predeclared types) must never
 * come from it: such callers use mg_alloc or ar_process_alloc.
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
/* The build is over: a's pointer-holding memory is no GC root any more; NULL ignored. */
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
