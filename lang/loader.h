/* loader.h - builds a program: parses the main file, loads the standard
 * packages it imports (from sources embedded in the binary), checks them in
 * dependency order, and compiles the lot.
 */
#ifndef MG_LOADER_H
#define MG_LOADER_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "compile.h"
#include "diag.h"

/* A package the embedder generated (vm/api_host.c: mg_register_package): Go source whose
 * bodyless functions the compiler binds to the host-call trampoline. */
typedef struct mg_host_source {
    const char *path;
    const char *src;
    size_t len;
} mg_host_source;

typedef struct mg_build_opts {
    bool loopvar;              /* Go 1.22 loop variables (a //go:build line may override) */
    char **vet_findings;       /* if set: after a successful build, minigo vet's findings
                                  over package main (lang/vet.h), "" when none */
    /* the embedder's import filter (mg_options): NULL-terminated package paths the main
     * package may import (allow) or not (deny); standard packages are not filtered */
    const char *const *allow, *const *deny;
    const mg_host_source *hosts; /* host packages, importable whatever allow/deny say */
    int nhosts;
    mg_arena *arena; /* if set: the build's memory (lang/arena.h); the program lives in it */
} mg_build_opts;

/* Returns NULL and fills d on a compile error. */
mg_program *mg_build_program(const char *filename, const char *src, size_t len,
                             const mg_build_opts *opts, Diag *d);

#endif
