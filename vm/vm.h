/* vm.h - the inside of an mg_vm (include/minigo.h keeps it opaque).
 *
 * One mg_vm owns everything a program needs: its options, its compiled
 * program, its globals, its output streams, its exit state and error text.
 * Nothing here is shared between VMs (DESIGN §2). The struct is allocated
 * uncollectable from the GC so that everything it points to (globals, the
 * main G) stays alive and is scanned.
 *
 * Output: stdout is buffered per VM (flushed when full, at exit, and before
 * anything is written to stderr, so the two interleave as the program wrote
 * them); stderr is unbuffered. out_lock serialises both, for the Ms of the
 * next stage.
 */
#ifndef MG_VM_H
#define MG_VM_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "minigo.h"
#include "value.h"

typedef struct mg_program mg_program;

#define VM_OUTBUF_SIZE (64 * 1024)

struct mg_vm {
    mg_options opt;
    mg_program *prog; /* NULL until a load succeeds */
    mg_word *globals; /* the program's package-level variables, zeroed */

    /* output */
    pthread_mutex_t out_lock;
    char *outbuf; /* malloc'd, VM_OUTBUF_SIZE bytes: never holds GC pointers */
    size_t outlen;

    /* exit state: set by os.Exit, fatal errors and unrecovered panics */
    bool exiting;
    int exit_code;
    bool ran; /* mg_run_main was called */

    char *error; /* malloc'd text for mg_error, or NULL */

    uint64_t rand_state; /* random source (map iteration order, select) */
    int64_t next_goid;   /* the next goroutine id */
    int ngoroutines;
    mg_g *main_g;

    /* rtypes the VM builds values of (from the program, cached at load) */
    const mg_rtype *rt_string;
    const mg_rtype *rt_error[4]; /* indexed by RT_ERRSTR, RT_PLAIN, RT_BOUNDS, RT_ASSERT */
    int gomaxprocs;
    size_t max_stack_bytes;
};

/* Output (vm.c). fd is 1 or 2. */
void vm_write(mg_vm *vm, int fd, const void *buf, size_t len);
void vm_flush(mg_vm *vm);
/* Replace the VM's error text (a copy is kept). */
void vm_set_error(mg_vm *vm, const char *text, size_t len);
/* Next value of the VM's random source. */
uint64_t vm_rand(mg_vm *vm);

#endif
