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
 * one VM must not be used by two host threads at once (mg_vm_stop excepted: any thread,
 * any time). mg_run and mg_call run on the calling thread and return when the program
 * or function is over. docs/embedding.md is the full reference, threading rules first.
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
    MG_CLOSED = 9,      /* channels: a send on, or a close of, a closed channel */
    MG_WOULDBLOCK = 10, /* channels: a try operation that could not proceed at once */
    MG_TIMEOUT = 11,    /* channels: a timed operation whose time ran out (not the run's
                           wall-clock limit, which is MG_ERR_TIMEOUT) */
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
    int vet;                /* 1: after compiling, run minigo vet's static checks over the
                               main package (copylock, loopclosure, lostcancel, ...); a
                               successful load then leaves the findings, one
                               "file:line:col: message" line each, in mg_error() ("" when
                               clean) */
    int race; /* 1: detect data races (minigo run -race): Go's reports on stderr, and exit
                 status 66 after a normal end that found any */

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
    const char *trace;      /* non-NULL: record what the scheduler does (goroutines, runs on
                               each P and M, parks and wake-ups, channel operations) and
                               write it to this file when main returns, as Chrome
                               trace-event JSON (minigo run -trace FILE) */
} mg_options;

/* Zeroes opt: zero is every field's default. */
void mg_options_init(mg_options *opt);

/* A new, empty VM with a copy of *opt (NULL: the defaults; arrays the options point to
 * must outlive the VM). Starts no thread. NULL only when out of memory. */
mg_vm *mg_vm_new(const mg_options *opt);
/* Frees the VM and everything it owns; its handles become invalid. NULL is fine. Not
 * while a run or call on it is in progress, nor from one of its host functions. */
void mg_vm_free(mg_vm *vm);

/* Compile a program, once per VM: a package main file, or a snippet (statements; the
 * standard packages they use are imported for them). name is used in diagnostics
 * ("prog.mg:3:1: ..."). MG_ERR_COMPILE with the diagnostics in mg_error, MG_ERR_IO
 * (mg_load_file could not read path), MG_ERR_STATE when a program is already loaded. */
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

/* ---------- values across the boundary (the host's handles) ----------
 *
 * An mg_value is a handle to one minigo value, owned by the host: what it refers to
 * (a slice's array, a map, a struct behind a pointer) stays alive, whatever the
 * collector does, until mg_release(v); every function below that returns an mg_value *
 * returns a new handle the host must release (NULL: no value, e.g. a field that does not
 * exist). Handles belong to one VM and stay valid across calls until released or the VM
 * is freed; they may be used from any thread, one at a time, but not while a call that
 * received them runs.
 *
 * Values the host makes carry no Go type yet: mg_call gives each the type of the
 * parameter it is passed for, converting as Go's assignment would (an int to any integer
 * type that holds it, an int or float to a float type, a list to a slice or an array of
 * that length, a dict to a map, or with string keys to a struct or a pointer to a new
 * struct, nil to the zero value of a pointer, slice, map, chan, func or interface), and
 * refuses the call (MG_ERR_STATE, mg_error says which argument) when no conversion
 * exists. Values a call returned keep their Go type and can be passed back as they are.
 */
typedef struct mg_value mg_value;

typedef enum mg_value_kind {
    MG_NIL, /* the host's nil, or a nil pointer/slice/map/interface/error result */
    MG_BOOL,
    MG_INT,   /* int, int8 ... int64 (host ints too) */
    MG_UINT,  /* uint, uint8 ... uintptr */
    MG_FLOAT, /* float32, float64 */
    MG_STRING,
    MG_SLICE, /* []T, and the host's lists */
    MG_ARRAY,
    MG_MAP, /* map[K]V, and the host's dicts */
    MG_STRUCT,
    MG_POINTER,
    MG_ERROR, /* a non-nil error */
    MG_FUNC,
    MG_CHAN,
    MG_OTHER /* complex numbers, unsafe pointers */
} mg_value_kind;

/* Host values, for arguments and results: they get a Go type when converted (above).
 * NULL only when out of memory. Thread-safe (host functions may make values in
 * parallel). */
mg_value *mg_new_int(mg_vm *vm, long long x);
mg_value *mg_new_uint(mg_vm *vm, unsigned long long x);
mg_value *mg_new_float(mg_vm *vm, double x);
mg_value *mg_new_bool(mg_vm *vm, int x);
mg_value *mg_new_string(mg_vm *vm, const char *s, size_t len); /* bytes are copied */
mg_value *mg_new_nil(mg_vm *vm);
/* A list of n values (copied: the caller still releases its own), for []T or [n]T. */
mg_value *mg_new_list(mg_vm *vm, int n, mg_value *const *items);
/* n key/value pairs (copied), for map[K]V, or with string keys for a struct or *struct. */
mg_value *mg_new_dict(mg_vm *vm, int n, mg_value *const *keys, mg_value *const *vals);
/* Another handle to the same value. */
mg_value *mg_retain(mg_value *v);
void mg_release(mg_value *v); /* NULL is fine */

/* What a value is. An interface-typed result (any, a named interface) shows as its
 * dynamic value; an error as MG_ERROR, or MG_NIL when nil. */
mg_value_kind mg_kind_of(const mg_value *v);
/* Its Go type as Go spells it ("int", "[]string", "main.Point", "*main.Point"); the host's
 * own values: "untyped int", "list", "dict" and so on. Owned by the VM. */
const char *mg_type_name(const mg_value *v);
long long mg_to_int(const mg_value *v);           /* ints, uints, floats (truncated); else 0 */
unsigned long long mg_to_uint(const mg_value *v); /* as mg_to_int */
double mg_to_float(const mg_value *v);            /* ints, uints, floats; else 0 */
int mg_to_bool(const mg_value *v);                /* 1 for true */
/* A string's bytes, NUL-terminated (Go strings may hold NULs: *len tells), valid while
 * v is; NULL for a non-string. */
const char *mg_to_string(mg_value *v, size_t *len);
/* An error's Error() text (runs the method: MG_ERR_* results as for mg_call leave NULL),
 * valid while v is; NULL for a non-error or a nil error. */
const char *mg_error_text(mg_value *v);
/* len() of a string, slice, array, map, list or dict; -1 for other kinds. */
long long mg_len(const mg_value *v);
/* Element i of a slice, array or list (NULL when out of range). */
mg_value *mg_index(const mg_value *v, long long i);
/* Field `name` of a struct, or of the struct a non-nil pointer points to. */
mg_value *mg_field(const mg_value *v, const char *name);
/* What a non-nil pointer points to (a copy). */
mg_value *mg_deref(const mg_value *v);
/* m[key] of a map (key converted to the key type as for mg_call); NULL when absent. */
mg_value *mg_lookup(const mg_value *m, const mg_value *key);
/* The keys of a map (or dict) as a list, in Go's random order. */
mg_value *mg_keys(const mg_value *m);

/* Call package main's top-level function `name` with nargs arguments, converted to its
 * parameter types (see above; a variadic function takes its last parameter as a slice),
 * on the calling thread, which becomes the VM's first M (as for mg_run_main) until the
 * function returns. Package initialisation runs before the first call (or main). The
 * goroutines the call starts end when it returns, like a program's when main returns;
 * package variables keep their values from call to call. On MG_OK, res[0..nres) get the
 * results (nres must equal the function's result count). A panic comes back as
 * MG_ERR_RUNTIME with Go's report (the panic value and the goroutine trace) in mg_error,
 * not printed; limits and mg_vm_stop end a call as they end a run. MG_ERR_STATE, before
 * anything runs: no such function, wrong nargs/nres, an argument that does not convert.
 * Lookups are cached; a function that cannot block (no go statement, channel operation,
 * call through a func value or interface, native call but the string, strconv, math and
 * unicode ones, call of a host function flagged MG_HOST_BLOCKING, defer or explicit
 * panic, in it or what it calls) runs directly on the calling thread, with no scheduler
 * and no thread started: such a call costs some tens of nanoseconds (mg_fn_call below:
 * less). */
mg_status mg_call(mg_vm *vm, const char *name, int nargs, mg_value *const *args, int nres,
                  mg_value **res);

/* ---------- prepared calls: mg_call without the lookup, the conversions and handles ----
 *
 * mg_fn_get looks package main's function `name` up once and returns a handle that keeps
 * the call's argument and result words, as a Lua host keeps a function in a register
 * and pushes and reads plain values:
 *
 *     mg_fn *add = mg_fn_get(vm, "Add");          // func Add(a, b int) int
 *     mg_fn_arg_int(add, 0, 20);
 *     mg_fn_arg_int(add, 1, 22);
 *     if (mg_fn_call(add) == MG_OK) printf("%lld\n", mg_fn_result_int(add, 0));
 *
 * A call runs exactly as mg_call's (directly when the function cannot block, the same
 * statuses and reports). Arguments stay set from call to call; one never set is its
 * type's zero value. Results are those of the last mg_fn_call, valid until the next
 * mg_fn_call or mg_fn_free of the handle; after a failed call there are none. The
 * handle belongs to its VM and follows its threading rule (one host thread at a time);
 * mg_vm_free frees the handles the host did not free, which must not be used after. */
typedef struct mg_fn mg_fn;
/* NULL (mg_error says why) before a load or when package main has no function `name`. */
mg_fn *mg_fn_get(mg_vm *vm, const char *name);
void mg_fn_free(mg_fn *f); /* NULL is fine */
/* Sets argument i to v converted to parameter i's type, as mg_call converts; v stays
 * the caller's. MG_ERR_STATE (mg_error says why; the argument is unchanged) for an i out
 * of range or a value that does not convert. */
mg_status mg_fn_arg(mg_fn *f, int i, const mg_value *v);
/* mg_fn_arg of mg_new_int(vm, x) (mg_new_float, mg_new_bool, mg_new_string), the same
 * conversions and errors, without the handle when parameter i is an int or int64
 * (float64, bool, string). mg_fn_arg_string copies the bytes. */
mg_status mg_fn_arg_int(mg_fn *f, int i, long long x);
mg_status mg_fn_arg_float(mg_fn *f, int i, double x);
mg_status mg_fn_arg_bool(mg_fn *f, int i, int x);
mg_status mg_fn_arg_string(mg_fn *f, int i, const char *s, size_t len);
/* Calls the function with the arguments set; MG_OK or mg_call's statuses. */
mg_status mg_fn_call(mg_fn *f);
/* A new handle to result i of the last call (the caller releases it); NULL when the last
 * call failed, there was none, or i is out of range. */
mg_value *mg_fn_result(mg_fn *f, int i);
/* mg_to_int(mg_fn_result(f, i)) (mg_to_float, mg_to_bool) without the handle when
 * result i is a signed integer (float, bool) type; 0 where mg_fn_result is NULL. */
long long mg_fn_result_int(mg_fn *f, int i);
double mg_fn_result_float(mg_fn *f, int i);
int mg_fn_result_bool(mg_fn *f, int i);
/* The bytes of result i if it is a string (or an interface holding one), *len of them
 * (len may be NULL), not NUL-terminated, valid until the next mg_fn_call or mg_fn_free
 * of f; NULL otherwise. */
const char *mg_fn_result_string(mg_fn *f, int i, size_t *len);

/* ---------- channels across the boundary ----------
 *
 * A host thread can make a minigo channel, pass it to minigo code (an argument of
 * mg_call for a `chan T`, `<-chan T` or `chan<- T` parameter, or a host function's
 * result), and send, receive and close on it while goroutines do the same, with Go's
 * semantics: an unbuffered send waits for a receiver, a buffered one for room, values
 * arrive in order, a receive from a closed channel gets the buffered values and then
 * the zero value with *ok = 0, and closing readies every waiter.
 *
 * Blocking: a blocking call blocks only the calling host thread, on a waiter record of
 * its own that the channel queues as it queues goroutines; it never takes an M or a P
 * from the VM, so the goroutines keep running. It may be made from any thread: a thread
 * of the host's own, or a host function (flag it MG_HOST_BLOCKING, or use the try and
 * timeout forms: an unflagged one holds a P while it waits). The thread running
 * mg_call/mg_run is inside the VM until the call returns, so the host that feeds or
 * drains a channel while minigo code runs does it from another thread. Several threads
 * may use one channel handle at once (unlike other handles).
 *
 * Between runs (before the first mg_call, between calls) a channel keeps its buffered
 * values, and host threads may use it with each other; the goroutines of a finished run
 * no longer wait on it (what they were about to send or receive did not happen).
 *
 * Deadlock: while the host holds a handle to a channel of the VM (made by mg_new_chan,
 * returned by mg_call, or any other handle whose type is a channel type), or a host
 * thread is inside one of the calls below, the VM cannot know that a goroutine blocked
 * on a channel will never be woken, so it does not report "all goroutines are asleep":
 * a run whose goroutines all wait then waits for the host (or for mg_vm_stop, or
 * opt.time_limit_ms). When the last such handle is released the check runs again.
 *
 * Stop and free: mg_vm_stop wakes every host thread blocked in a channel operation of
 * the VM at that moment: the operation did not happen and returns MG_STOPPED (later
 * operations behave as usual). mg_vm_free does the same, waits for those threads to
 * leave the call, and makes any later call fail; release channel handles before it.
 *
 * Element values convert as mg_call's arguments do (an mg_new_int for an int8 channel,
 * a list for a []int one, a dict for a struct one); received values are typed handles
 * the host releases. Not for deterministic runs (opt.deterministic).
 */

/* A new channel `chan T` of capacity cap (0: unbuffered), T given as Go spells it
 * ("int", "uint8", "float64", "string", "bool", "[]int", "map[string]int",
 * "main.Point", "*main.Point", "error", "struct {}"). T must be a type the loaded
 * program knows: one that appears in the signature of one of package main's top-level
 * functions or of a host function, or a named type of the program (the places a host
 * channel can go). NULL (mg_error says why) before a load or for an unknown type. */
mg_value *mg_new_chan(mg_vm *vm, const char *elem_type, size_t cap);

/* ch <- v, blocking until a receiver took it or the buffer had room. MG_OK; MG_CLOSED
 * when the channel is or gets closed (Go's "send on closed channel" panic, as a
 * status: nothing is sent); MG_STOPPED (see above); MG_ERR_STATE (mg_error says why)
 * for a nil or receive-only channel, a handle that is not a channel or v that does not
 * convert to the element type. v stays the caller's. */
mg_status mg_chan_send(mg_vm *vm, mg_value *ch, const mg_value *v);
/* As mg_chan_send without waiting: MG_WOULDBLOCK when no receiver waits and the buffer
 * is full (a select with a default). */
mg_status mg_chan_try_send(mg_vm *vm, mg_value *ch, const mg_value *v);
/* As mg_chan_send, waiting at most timeout_ns nanoseconds: MG_TIMEOUT then (not sent). */
mg_status mg_chan_send_timeout(mg_vm *vm, mg_value *ch, const mg_value *v, long long timeout_ns);

/* *out, *ok = <-ch, blocking until a value or the close arrives. MG_OK with *out a new
 * handle (the zero value and *ok = 0 once the channel is closed and drained; out and
 * ok may be NULL to discard them); MG_STOPPED; MG_ERR_STATE for a nil or send-only
 * channel or a handle that is not a channel. */
mg_status mg_chan_recv(mg_vm *vm, mg_value *ch, mg_value **out, int *ok);
/* Without waiting: MG_WOULDBLOCK (and *out NULL) when nothing is ready. */
mg_status mg_chan_try_recv(mg_vm *vm, mg_value *ch, mg_value **out, int *ok);
/* Waiting at most timeout_ns nanoseconds: MG_TIMEOUT (and *out NULL) then. */
mg_status mg_chan_recv_timeout(mg_vm *vm, mg_value *ch, mg_value **out, int *ok,
                               long long timeout_ns);

/* close(ch): blocked receivers get the zero value, blocked senders (goroutines panic,
 * host threads get MG_CLOSED). MG_CLOSED if it was closed already (Go's "close of
 * closed channel"); MG_ERR_STATE for a nil or receive-only channel. */
mg_status mg_chan_close(mg_vm *vm, mg_value *ch);
/* len(ch) and cap(ch); -1 for a handle that is not a non-nil channel. */
long long mg_chan_len(mg_value *ch);
long long mg_chan_cap(mg_value *ch);

/* ---------- host packages: C functions a script imports ----------
 *
 * mg_register_package(vm, "host", entries, n), before mg_load_*, makes `import "host"`
 * available to the program (whatever the allow/deny lists say): package host (the
 * path's last element names it) has one function per entry, with the Go signature
 * given, e.g. "func(string, int) (string, error)" (parameter types only, no names; a
 * last parameter may be variadic, "...int"). The checker enforces the signatures like
 * any Go function's; a malformed one is a compile error of the load.
 *
 * A host function runs on the thread of the M that runs the calling goroutine, several
 * at once when goroutines call it in parallel: it must be thread-safe. It reads its
 * arguments with mg_host_arg, sets its results with mg_host_return (a result left unset
 * is the zero value), and may instead end with mg_host_error (the error result, which
 * must be the last, gets an error whose Error() is msg) or mg_host_panic (the calling
 * goroutine panics with the string msg, as panic(msg) would). It must not call mg_call,
 * mg_run or mg_vm_free of its own VM. An entry flagged MG_HOST_BLOCKING may block (I/O,
 * a lock, a channel operation of this VM from the host side): its M hands its P to
 * another while it runs, so the VM's other goroutines keep running; one that is not
 * flagged must return quickly, as it holds a P.
 */
typedef struct mg_hostcall mg_hostcall;
typedef void (*mg_host_fn)(mg_hostcall *call);

enum { MG_HOST_BLOCKING = 1 };

typedef struct mg_host_entry {
    const char *name;      /* exported Go name: "Greet" */
    const char *signature; /* "func(string, int) (string, error)" */
    mg_host_fn fn;
    void *user; /* mg_host_user() */
    int flags;  /* MG_HOST_BLOCKING */
} mg_host_entry;

/* The entries are copied. MG_ERR_STATE after a load, or for a path registered twice;
 * MG_ERR_COMPILE for a signature that is not a func type (mg_error says which). */
mg_status mg_register_package(mg_vm *vm, const char *path, const mg_host_entry *entries, int n);

/* The calls below are valid only inside a host function, on its thread, for its call. */
/* The parameter count (a variadic parameter counts once). */
int mg_host_nargs(mg_hostcall *call);
/* Argument i, a handle owned by the call (valid until the host function returns; use
 * mg_retain to keep it). A variadic parameter is one argument, a slice. */
mg_value *mg_host_arg(mg_hostcall *call, int i);
/* Sets result i to v converted to the result type (as mg_call converts arguments); v
 * stays the caller's. MG_ERR_STATE (and nothing set) when it does not convert. */
mg_status mg_host_return(mg_hostcall *call, int i, const mg_value *v);
/* The last result (an error) becomes an error whose Error() is msg (copied); without an
 * error result, the same as mg_host_panic. */
void mg_host_error(mg_hostcall *call, const char *msg);
/* When the host function returns, the calling goroutine panics with the string msg
 * (copied), as panic(msg) would; the script may recover it. */
void mg_host_panic(mg_hostcall *call, const char *msg);
/* Typed shortcuts, for speed: no handle is made. mg_host_arg_int(call, i) is
 * mg_to_int(mg_host_arg(call, i)), and so on: read straight from the argument when
 * its type is a signed integer (a float, a bool, a string) type, else through the
 * handle. mg_host_arg_string gives the string's bytes, *len of them (len may be NULL),
 * not NUL-terminated, valid until the host function returns; NULL if argument i is
 * not a string. */
long long mg_host_arg_int(mg_hostcall *call, int i);
double mg_host_arg_float(mg_hostcall *call, int i);
int mg_host_arg_bool(mg_hostcall *call, int i);
const char *mg_host_arg_string(mg_hostcall *call, int i, size_t *len);
/* mg_host_return(call, i, v) of v = mg_new_int(vm, x) (mg_new_float, mg_new_bool,
 * mg_new_string), the same conversions and errors, without the handle when result i
 * is an int or int64 (float64, bool, string): written straight into the result, as
 * Lua's lua_pushinteger. */
mg_status mg_host_return_int(mg_hostcall *call, int i, long long x);
mg_status mg_host_return_float(mg_hostcall *call, int i, double x);
mg_status mg_host_return_bool(mg_hostcall *call, int i, int x);
mg_status mg_host_return_string(mg_hostcall *call, int i, const char *s, size_t len);
/* The entry's user pointer. */
void *mg_host_user(mg_hostcall *call);
/* The VM the call belongs to (for mg_new_* values). */
mg_vm *mg_host_vm(mg_hostcall *call);

/* The last error's text (diagnostics or panic report), "" if none. Owned by the VM. */
const char *mg_error(mg_vm *vm);

/* MINIGO_VERSION, the library's version ("0.1.0"). */
const char *mg_version(void);

#ifdef __cplusplus
}
#endif

#endif
