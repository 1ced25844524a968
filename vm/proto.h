/* proto.h - compiled functions (mg_proto) and whole programs (mg_program).
 *
 * Produced by the compiler (lang/compile*.c), read by the interpreter. Both are
 * immutable once cg_compile returns, so one program can be run by several VMs at once:
 * everything mutable (globals, goroutines) lives in the VM.
 */
#ifndef MG_PROTO_H
#define MG_PROTO_H

#include <stdio.h>

#include "opcodes.h"
#include "value.h"

typedef struct mg_proto {
    mg_instr *code; /* instructions and their extra words (opcodes.h) */
    int ncode;
    mg_word *k; /* constant pool: ints, float bits, string (ptr,len) pairs, ... */
    int nk;
    int nregs;        /* frame size in words, parameters included */
    int *lines;       /* lines[pc]: source line of code word pc */
    const char *file; /* source file name for stack traces */
    int line;         /* line of the declaration */
    mg_func *fn;      /* the function this is the body of */
    int recover_pc;   /* epilogue to resume at after a deferred call recovered; -1: none */
    int ncaptured;    /* closures: number of captured words expected */
    uint8_t trace;    /* PROTO_TRACE_*: how stack traces show this function's frames */
} mg_proto;

/* Go hides the wrappers its compiler generates (method values, go/defer of builtins,
 * promoted and pointer-receiver methods) from tracebacks, except a wrapper that itself
 * panicked (a nil receiver in the pointer-receiver wrapper, a nil func value called by the
 * wrapper of `go f(x)`): mg_proto.trace, set by the compiler. */
enum {
    PROTO_TRACE_SHOWN = 0,
    PROTO_TRACE_HIDDEN,                 /* never shown */
    PROTO_TRACE_HIDDEN_UNLESS_PANICKED, /* shown only as the frame a panic started in */
};

typedef struct mg_program {
    mg_func **funcs; /* every function (top-level, methods, literals, wrappers) */
    int nfuncs;
    int nglobal_words;       /* size of each VM's global array, zero-initialised */
    mg_func *init;           /* runs package initialisation (vars, then init()s), in dependency
                                order; takes no arguments, returns nothing */
    mg_func *main;           /* main.main (NULL if the program has none) */
    const mg_rtype **rtypes; /* every rtype the program built (named types of every package,
                                including all of package runtime's, plus string) */
    int nrtypes;
    const char *file; /* main source file name */
    struct vm_itab_cache *itabs; /* itabs built at run time (vm/rtype.c) */
    bool spawns; /* a go statement outside package runtime: the scheduler starts a spare M */
} mg_program;

/* Lookups by qualified name ("runtime.errorString", "string", "main.main", "runtime.f"). */
const mg_rtype *mg_program_rtype(const mg_program *p, const char *name);
mg_func *mg_program_func(const mg_program *p, const char *name);

/* Disassembler (vm/disasm.c). */
void vm_disasm(FILE *out, const mg_func *fn);

#endif
