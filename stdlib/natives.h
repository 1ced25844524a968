/* natives.h - the registry of C functions behind bodyless stdlib functions.
 *
 * A stdlib package declares a native in its .mg source as a function without a
 * body; the compiler binds it by its qualified name:
 *   "strings.Index"                 package function
 *   "strings.Builder.WriteString"   method (pointer or value receiver alike)
 * Each stdlib C file exports one table, terminated by {NULL, NULL}, listed once
 * in natives.c.
 */
#ifndef MG_NATIVES_H
#define MG_NATIVES_H

#include "../vm/value.h"

typedef struct mg_native_entry {
    const char *name;
    mg_native_fn fn;
} mg_native_entry;

mg_native_fn mg_native_lookup(const char *qualified_name);
/* The same, and whether the native never blocks: it returns without parking, yielding,
 * calling back into bytecode or touching the scheduler (mg_func.never_blocks). */
mg_native_fn mg_native_lookup_flags(const char *qualified_name, bool *never_blocks);

/* Embedded stdlib sources (generated into build/ from the stdlib .mg files). */
typedef struct mg_stdlib_source {
    const char *path; /* import path: "strings", "unicode/utf8" */
    const char *src;
    size_t len;
    const char *part; /* NULL: the package's main file; else the name of an optional
                         file, compiled only into programs that name one of its
                         exported identifiers (lang/loader.c) */
} mg_stdlib_source;
extern const mg_stdlib_source mg_stdlib_sources[];
extern const int mg_stdlib_nsources;

#endif
