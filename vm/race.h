/* race.h - the VM's half of the race detector (minigo run -race): shadow state of
 * memory words and Go-format reports. The happens-before clocks are runtime/race.h.
 *
 * The interpreter runs a second dispatch table under -race whose memory instructions
 * call vm_race_access before doing their work; the plain table is untouched, so a run
 * without -race pays nothing. Only the main package's code is checked (the standard
 * library's sync and channel work is what makes the edges; its own bookkeeping is not
 * user data).
 */
#ifndef MG_VM_RACE_H
#define MG_VM_RACE_H

#include <stdbool.h>
#include <stdint.h>

#include "g.h"

typedef struct vm_race vm_race;

/* Before the scheduler starts: the detector and the main goroutine's clock. */
void vm_race_init(mg_vm *vm, mg_g *main_g);
/* The main package's source file (pointer identity, as the compiler shares it). */
const char *vm_race_user_file(mg_vm *vm);
/* g's top frame (with its pc saved) reads or writes n words at addr. */
void vm_race_access(mg_g *g, const void *addr, int64_t n, bool write);
/* ... or nbytes bytes at addr, each shadowed on its own (packed elements, []byte). */
void vm_race_access_bytes(mg_g *g, const void *addr, int64_t nbytes, bool write);
/* A go statement: child's clock starts from parent's (before the child is spawned). */
void vm_race_go(mg_g *parent, mg_g *child);
void vm_race_spawned(mg_g *child); /* after rt_spawn: the goroutine id is known */
void vm_race_exit(mg_g *g);
/* At the end of a normal run: "Found N data race(s)" and exit status 66. */
int vm_race_finish(mg_vm *vm, int status);

#endif
