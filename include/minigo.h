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
} mg_status;

/* Output callback: receives every byte the program writes to fd 1 or 2. */
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
    const char *trace;      /* non-NULL: record what the scheduler does (goroutines, runs on
                               each P and M, parks and wake-ups, channel operations) and
                               write it to this file when main returns, as Chrome
                               trace-event JSON (minigo run -trace FILE) */
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

/* The last error's text (diagnostics or panic report), "" if none. Owned by the VM. */
const char *mg_error(mg_vm *vm);

const char *mg_version(void);

#ifdef __cplusplus
}
#endif

#endif
