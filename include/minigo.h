/* minigo.h - embedding minigo, a runtime for a Go subset, in a C program.
 *
 * A host creates one or more independent VMs (mg_vm), loads a program into
 * each, runs its main, and reads back the exit status and any error text:
 *
 *     mg_options opt;
 *     mg_options_init(&opt);
 *     mg_vm *vm = mg_vm_new(&opt);
 *     if (mg_load_file(vm, "prog.mg") != MG_OK) { fputs(mg_error(vm), stderr); ... }
 *     int status = mg_run_main(vm);      // 0, 2 after a panic, or os.Exit's code
 *     mg_vm_free(vm);
 *
 * VMs share nothing: two VMs in one process never see each other's globals,
 * goroutines or output. All functions are safe to call from any thread, but
 * one VM must not be used by two host threads at once.
 */
#ifndef MINIGO_H
#define MINIGO_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MINIGO_VERSION "0.1.0"

typedef struct mg_vm mg_vm;

typedef enum mg_status {
    MG_OK = 0,
    MG_ERR_COMPILE = 1, /* the source does not compile; mg_error() has the diagnostics */
    MG_ERR_RUNTIME = 2, /* a panic or fatal error; mg_error() has the text */
    MG_ERR_IO = 3,      /* the file could not be read */
    MG_ERR_STATE = 4,   /* called out of order (run before load, load twice) */
    MG_STOPPED = 5,     /* mg_vm_stop ended the run */
    MG_ERR_BUDGET = 6,  /* the instruction budget (opt.max_instructions) ran out */
    MG_ERR_TIMEOUT = 7, /* the wall-clock limit (opt.time_limit_ms) passed */
    MG_ERR_HEAP = 8,    /* out of memory: opt.heap_limit reached, or the heap could not grow */
} mg_status;

/* Output callback: receives every byte the program writes to stdout (fd 1) or stderr
 * (fd 2), the VM's own reports (panics, fatal errors) included. It is called from
 * whichever thread runs the writing goroutine, one call at a time per VM. */
typedef void (*mg_write_fn)(void *user, int fd, const char *buf, size_t len);

typedef struct mg_options {
    int gomaxprocs;    /* 0: the GOMAXPROCS environment variable, else the CPU count */
    int loopvar;       /* 1: Go 1.22 per-iteration loop variables; 0: classic */
    mg_write_fn write; /* NULL: write to the process's stdout/stderr */
    void *write_user;
    int argc; /* os.Args (argv[0] is the program name); may be 0 */
    const char *const *argv;
    size_t max_stack_bytes; /* per-goroutine stack limit; 0: the default (1 GB, as Go) */
    int leaks;              /* 1: when main returns, list the goroutines still alive (where
                               they wait, where they were created) on stderr; mg_run_main
                               then returns 3 if there were any */
    int disasm;             /* 1: after compiling, print the bytecode of the main package's
                               functions on stderr (minigo run -d) */
    int deterministic;      /* 1: deterministic scheduling (minigo run -seed): one thread,
                               every scheduling choice from a generator seeded with `seed`,
                               virtual time; the same seed gives the same run */
    unsigned long long seed;

    /* ---- sandbox limits; 0 means none. Each ends the run with its own mg_status. ---- */
    size_t heap_limit; /* bytes the program may keep allocated; beyond: "fatal error: runtime:
                          out of memory", MG_ERR_HEAP. Counted against what this VM
                          allocates, measured after a collection (see docs/embedding.md) */
    unsigned long long max_instructions; /* interpreter ticks (one per function entry and
                          per backward jump, the preemption unit), checked every 10,000
                          ticks of a goroutine: "fatal error: instruction budget
                          exhausted", MG_ERR_BUDGET */
    unsigned long long time_limit_ms;    /* wall-clock time of mg_run_main: "fatal error:
                          wall-clock limit exceeded" and every goroutine's trace,
                          MG_ERR_TIMEOUT */
    /* Standard packages the program (its main package) may import, NULL-terminated.
     * allow_packages non-NULL: only those; deny_packages: all but those. A refused import
     * is a compile error ("package os is not allowed"); standard packages still use each
     * other internally. */
    const char *const *allow_packages;
    const char *const *deny_packages;
    /* os.Getenv/os.Environ: NULL-terminated "KEY=value" strings; NULL: the process's
     * environment. The array must outlive the VM. */
    const char *const *env;
} mg_options;

void mg_options_init(mg_options *opt);

mg_vm *mg_vm_new(const mg_options *opt);
void mg_vm_free(mg_vm *vm);

/* Compile a program. name is used in diagnostics ("prog.mg:3:1: ..."). */
mg_status mg_load_file(mg_vm *vm, const char *path);
mg_status mg_load_string(mg_vm *vm, const char *name, const char *src, size_t len);

/* Run package initialisation and main.main to completion. Returns the process exit
 * status a `go run` of the same program would have: 0, 2 after an unrecovered panic or
 * a fatal error (deadlock included), or the code given to os.Exit; 3 when opt.leaks found
 * goroutines still alive. While it runs, SIGQUIT prints every goroutine's stack and ends
 * the program with status 2, as Go does. */
int mg_run_main(mg_vm *vm);

/* As mg_run_main, but tells how the run ended: MG_OK when main returned or os.Exit was
 * called, MG_ERR_RUNTIME after a panic or fatal error, MG_STOPPED, MG_ERR_BUDGET,
 * MG_ERR_TIMEOUT, MG_ERR_HEAP; MG_ERR_STATE if nothing is loaded or main already ran.
 * *exit_status (may be NULL) gets what mg_run_main would return. */
mg_status mg_run(mg_vm *vm, int *exit_status);

/* How the last mg_run/mg_run_main ended (MG_OK before any run). */
mg_status mg_vm_status(mg_vm *vm);

/* Stop the VM from any thread (a signal handler excepted), e.g. a host's watchdog or UI
 * thread: every goroutine of the VM ends within a few milliseconds of busy work (a
 * goroutine inside a blocking host call ends when that call returns); deferred calls do
 * not run, as on os.Exit. The pending mg_run_main returns 2, mg_run MG_STOPPED. Called
 * before mg_run_main, that run stops at once; called after, it does nothing. */
void mg_vm_stop(mg_vm *vm);

/* The last error's text (diagnostics or panic report), "" if none. Owned by the VM. */
const char *mg_error(mg_vm *vm);

const char *mg_version(void);

#ifdef __cplusplus
}
#endif

#endif
