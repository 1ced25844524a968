/* loader.h - builds a program: parses the main file, loads the standard
 * packages it imports (from sources embedded in the binary), checks them in
 * dependency order, and compiles the lot.
 */
#ifndef MG_LOADER_H
#define MG_LOADER_H

#include <stdbool.h>
#include <stddef.h>

#include "compile.h"
#include "diag.h"

typedef struct mg_build_opts {
    bool loopvar;              /* Go 1.22 loop variables (a //go:build line may override) */
    char **vet_findings;       /* if set: after a successful build, minigo vet's findings
                                  over package main (lang/vet.h), "" when none */
} mg_build_opts;

/* Returns NULL and fills d on a compile error. */
mg_program *mg_build_program(const char *filename, const char *src, size_t len,
                             const mg_build_opts *opts, Diag *d);

#endif
