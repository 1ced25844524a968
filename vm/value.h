/* value.h - how minigo values look at run time (DESIGN §3), shared by the
 * compiler, the interpreter, the object/map code and the native stdlib.
 *
 * A value is one or more 64-bit words (mg_word); registers and heap objects
 * use the same layout:
 *   bool, ints, floats, pointer, map, chan, func ....... 1 word
 *   complex64, complex128 .............................. 2 words: real, imaginary part
 *                                                        (doubles; complex64's hold floats)
 *   string ............................................. 2 words: bytes, len
 *   slice .............................................. 3 words: data, len, cap
 *   interface .......................................... 2 words: itab, data
 *   struct / array ..................................... fields / elements flattened
 * Slices and arrays store every element in words(elem) words, except the
 * PACKED element kinds below; string bytes are packed.
 *
 * PACKED ELEMENTS (docs/packed.md; a departure from DESIGN §3's word per
 * element). Arrays and slice backing stores whose element kind is bool,
 * uint8/byte, uint16 or uint32 store each element in its natural size (1, 2,
 * 4 bytes, little-endian, no gaps): a [N]byte takes ceil(N/8) words, wherever
 * it lives (registers, struct fields, globals, heap), the padding bytes of its
 * last word zero. A slice's ptr then points at bytes (an mg_slice.ptr is
 * only typed mg_word *); strides are mg_elem_bytes(elem). Scalars of these
 * kinds stay one normalised word in registers, struct fields, boxes, globals,
 * maps and channels. That word, read as memory, holds the value's natural
 * bytes first and zeros above them, so a sized load or store (1/2/4 bytes) on
 * it is exact: a pointer *uint8 may point into a packed array or at a word
 * slot, and every load or store through a pointer to a packed kind is sized.
 * Signed kinds (int8/16/32, rune) and float32 are NOT packed: their word form
 * (sign-extended; a double) differs from their natural bytes, so a sized
 * store through a pointer into a struct field's word slot would leave the
 * word inconsistent (see docs/packed.md for what packing them needs).
 *
 * Interfaces: the first word is an mg_itab* (NULL for a nil interface) for
 * empty and non-empty interfaces alike; an empty interface uses the type's own
 * `self_itab`. itab->type is the dynamic type. The data word holds a one-word
 * value directly and a pointer to a GC-allocated copy of a larger value (the
 * copy is never mutated: interfaces have value semantics).
 *
 * Functions: a func value is a pointer to an mg_closure (never NULL unless the
 * func value is nil); top-level functions have a closure with no captures.
 */
#ifndef MG_VALUE_H
#define MG_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef union mg_word {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} mg_word;

typedef struct mg_string {
    const uint8_t *ptr;
    int64_t len;
} mg_string;

typedef struct mg_slice {
    mg_word *ptr;
    int64_t len, cap; /* in elements */
} mg_slice;

typedef struct mg_rtype mg_rtype;
typedef struct mg_itab mg_itab;
typedef struct mg_func mg_func;
typedef struct mg_closure mg_closure;
typedef struct mg_vm mg_vm;
typedef struct mg_g mg_g;
typedef struct mg_ncall mg_ncall;

typedef struct mg_iface {
    mg_itab *tab;
    mg_word data;
} mg_iface;

_Static_assert(sizeof(mg_word) == 8, "word");
_Static_assert(sizeof(mg_string) == 16, "string is 2 words");
_Static_assert(sizeof(mg_slice) == 24, "slice is 3 words");
_Static_assert(sizeof(mg_iface) == 16, "interface is 2 words");

/* ---------- runtime type descriptors ---------- */
typedef enum mg_kind {
    MK_INVALID,
    MK_BOOL,
    MK_INT,
    MK_INT8,
    MK_INT16,
    MK_INT32,
    MK_INT64,
    MK_UINT,
    MK_UINT8,
    MK_UINT16,
    MK_UINT32,
    MK_UINT64,
    MK_UINTPTR,
    MK_FLOAT32,
    MK_FLOAT64,
    MK_COMPLEX64,
    MK_COMPLEX128,
    MK_STRING,
    MK_UNSAFEPTR,
    MK_ARRAY,
    MK_SLICE,
    MK_STRUCT,
    MK_POINTER,
    MK_FUNC,
    MK_INTERFACE,
    MK_MAP,
    MK_CHAN,
} mg_kind;

typedef struct mg_rfield {
    const char *name;
    const mg_rtype *type;
    int offset; /* words */
    bool embedded;
    bool exported;
} mg_rfield;

typedef struct mg_rmethod {
    const char *name;      /* sorted by name within an rtype */
    mg_func *ifn;          /* callable with the interface data word as its one receiver word,
                              followed by the method's parameters */
    const mg_rtype *mtype; /* the method's func type (without receiver), for itab checks */
    bool ptr_only;         /* declared on *T: in T's rtype only for completeness; not in T's method
                              set */
} mg_rmethod;

struct mg_itab {
    const mg_rtype *type;  /* dynamic type */
    const mg_rtype *iface; /* interface type (NULL for an empty interface's self_itab) */
    int nfun;
    mg_func *fun[]; /* in the order of iface's sorted method list */
};

struct mg_rtype {
    mg_kind kind;
    int words;           /* size in words */
    const char *name;    /* Go spelling, qualified: "int", "main.T", "[]main.T",
                            "map[string]int", "*main.T", "interface {}" */
    const char *pkgpath; /* named types: "main", "" for predeclared */
    bool named;
    bool comparable;      /* == allowed (false: slices, maps, funcs, and structs/arrays
                             holding them) */
    bool pointers;        /* may hold GC pointers (false: allocate atomic) */
    const mg_rtype *elem; /* array, slice, pointer, chan, map value */
    const mg_rtype *key;  /* map */
    int64_t len;          /* array */
    int chan_dir;
    const mg_rfield *fields; /* struct */
    int nfields;
    const mg_rtype *const *params; /* func */
    const mg_rtype *const *results;
    int nparams, nresults;
    bool variadic;
    const mg_rmethod *imethods; /* interface: sorted method list (names + types) */
    int nimethods;
    const mg_rmethod *methods; /* concrete: method set of this type (for *T, includes T's
                                  value methods), sorted by name */
    int nmethods;
    const mg_rtype *ptr_to; /* cached *T, may be NULL */
    mg_itab self_itab;      /* type = this, iface = NULL, nfun = 0: the empty interface's
                               type word for values of this type. MUST BE LAST. */
};

/* ---------- packed elements (see the comment at the top) ---------- */

/* The natural size of a packed element kind (1, 2, 4), or 0 for a kind stored in words. */
static inline int mg_packed_size(mg_kind k) {
    switch (k) {
    case MK_BOOL:
    case MK_UINT8: return 1;
    case MK_UINT16: return 2;
    case MK_UINT32: return 4;
    default: return 0;
    }
}

/* Bytes per element of an array or slice of elem (its stride). */
static inline int64_t mg_elem_bytes(const mg_rtype *elem) {
    int n = mg_packed_size(elem->kind);
    return n ? n : (int64_t)elem->words * (int64_t)sizeof(mg_word);
}

/* A packed element of `size` bytes at p as its register word (zero-extended) ... */
static inline uint64_t mg_packed_load(const void *p, int size) {
    switch (size) {
    case 1: return *(const uint8_t *)p;
    case 2: {
        uint16_t v;
        __builtin_memcpy(&v, p, 2);
        return v;
    }
    default: {
        uint32_t v;
        __builtin_memcpy(&v, p, 4);
        return v;
    }
    }
}

/* ... and back: the low `size` bytes of the word v. */
static inline void mg_packed_store(void *p, int size, uint64_t v) {
    switch (size) {
    case 1: *(uint8_t *)p = (uint8_t)v; return;
    case 2: {
        uint16_t x = (uint16_t)v;
        __builtin_memcpy(p, &x, 2);
        return;
    }
    default: {
        uint32_t x = (uint32_t)v;
        __builtin_memcpy(p, &x, 4);
        return;
    }
    }
}

/* Element i of an array or slice of elem at base, as words: a word-stored element in place;
 * a packed one loaded into *tmp (valid until tmp is reused). Generic walkers (hash, fmt, the
 * host API) read elements with this. */
static inline const mg_word *mg_elem_at(const mg_rtype *elem, const void *base, int64_t i,
                                        mg_word *tmp) {
    int n = mg_packed_size(elem->kind);
    if (n) {
        tmp->u = mg_packed_load((const uint8_t *)base + i * n, n);
        return tmp;
    }
    return (const mg_word *)base + i * elem->words;
}

/* ---------- functions ---------- */

/* A native: reads its parameters (flattened words) from args and writes its results
 * (flattened words) to res. args and res do not overlap. Natives are leaves (DESIGN §5):
 * they must not block; to fail they call mg_native_panic* and return. */
typedef void (*mg_native_fn)(mg_ncall *c, mg_word *args, mg_word *res);

struct mg_func {
    const char *name;    /* "main.main", "main.(*T).String", "main.main.func1" */
    mg_native_fn native; /* non-NULL: implemented in C */
    int param_words;     /* including the receiver for methods */
    int result_words;
    struct mg_proto *proto; /* bytecode; private to the compiler and interpreter */
    const mg_rtype *type;   /* package main's top-level functions: their func type, which
                               mg_call checks a host's arguments against; else NULL */
    bool never_blocks;      /* a native that never parks or calls back (stdlib/natives.h):
                               mg_call may run its callers without a scheduler */
    /* proto->code + 1 and the first instruction, set with proto (NULL in a proto built by
     * hand): a call dispatches the callee's first instruction one dependent load after
     * loading the mg_func, not three, with its pc already past it */
    const uint64_t *code1;
    uint64_t first;
};

struct mg_closure {
    mg_func *fn;
    int ncaptured;
    mg_word captured[]; /* boxes (pointers) of captured variables, or a bound receiver */
};

/* The native behind every bodyless function of a host package (vm/api_host.c): its first
 * argument is the index of the host function to call. */
void mg_host_trampoline(mg_ncall *c, mg_word *args, mg_word *res);

/* ---------- services natives may use (implemented in vm/) ---------- */
mg_vm *mg_ncall_vm(mg_ncall *c);
/* The environment the host gave the VM (NULL-terminated "KEY=value"), or NULL: the
 * process's own. */
const char *const *mg_vm_environ(mg_vm *vm);
/* Panic with a runtime error ("runtime error: " + msg is printed; recover() returns a
 * runtime.Error whose Error() is "runtime error: " + msg). */
void mg_native_runtime_error(mg_ncall *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* panic(v) with an arbitrary interface value (e.g. an error made by errors.New). */
void mg_native_panic(mg_ncall *c, mg_iface v);
/* panic(s) with a string value, like panic("...") in Go. */
void mg_native_panic_string(mg_ncall *c, const char *s);
/* The nil-pointer-dereference runtime error, printed with Go's [signal SIGSEGV ...] line. */
void mg_native_nil_deref(mg_ncall *c);
/* Fatal error: prints "fatal error: msg" and ends the program with status 2. */
void mg_native_fatal(mg_ncall *c, const char *msg);
/* Call a minigo function value from a native (e.g. fmt calling a String method).
 * Runs to completion on the current goroutine; the callee must not block.
 * Returns false if the callee panicked (the panic then propagates when the native
 * returns). */
bool mg_native_call(mg_ncall *c, mg_closure *fn, const mg_word *args, int nargs, mg_word *res,
                    int nres);
/* Write to the program's stdout / stderr (the VM's output streams). */
void mg_native_write(mg_ncall *c, int fd, const void *buf, size_t len);

/* ---------- natives that wait (used by the concurrency stdlib over runtime/) ----------
 * A native that must block calls a runtime primitive (runtime/sched.h: rt_semacquire,
 * rt_sleep, ...) with the calling goroutine; when that returns RT_PARK the native calls
 * mg_native_park and returns at once: the interpreter parks the goroutine, which resumes
 * at the instruction after the call when readied. mg_native_yield is runtime.Gosched. */
struct rt_sched;
struct rt_g;
struct rt_sched *mg_ncall_sched(mg_ncall *c);
struct rt_g *mg_ncall_rtg(mg_ncall *c);
void mg_native_park(mg_ncall *c);
/* Whether the native runs inside a function that a native called (mg_native_call: fmt
 * calling a String method): it must not park then; it may wait with rt_poll_wait. */
bool mg_native_in_callback(mg_ncall *c);
/* A native that must wait and then carry on (not merely return) parks with
 * mg_native_park_retry instead: once readied, the goroutine calls `fn` again with the
 * same `nargs` (at most 4) argument words before it runs anything else, and during that
 * call mg_native_retry_state returns `state` (on any other call, 0, so state must not
 * be 0). Such a native returns no results. */
void mg_native_park_retry(mg_ncall *c, mg_native_fn fn, const mg_word *args, int nargs,
                          int64_t state);
int64_t mg_native_retry_state(mg_ncall *c);
void mg_native_yield(mg_ncall *c);

#endif
