/* check.h - the type checker: resolves names, computes types and constants,
 * reports gc-worded errors, and makes the AST ready for the compiler (the
 * CHECKER CONTRACT in ast.h).
 */
#ifndef MG_CHECK_H
#define MG_CHECK_H

#include "diag.h"
#include "types.h"

typedef struct Loader Loader;

/* Imports a package by path (implemented by the loader: parses and checks it once,
 * returns the same Package on later calls; NULL if unknown, after which the checker
 * reports gc's "package foo is not in std"). */
Package *loader_import(Loader *ld, const char *path, Diag *d);
/* Whether the main package may import path under the embedder's allow/deny lists. */
bool loader_import_allowed(const Loader *ld, const char *path);

/* Checks pkg (pkg->files must be set). Returns false if any error was reported. */
bool check_package(Package *pkg, Loader *ld, Diag *d);
/* Makes the process-wide universe scope now (once), before a build's arena is in use:
 * the universe must not live in one build's memory (lang/arena.h). */
void check_init(void);

#endif
