/* compile.h - typed AST -> bytecode (mg_program). */
#ifndef MG_COMPILE_H
#define MG_COMPILE_H

#include "diag.h"
#include "types.h"

typedef struct mg_program mg_program; /* defined by the compiler/interpreter (vm/) */

/* Compiles checked packages, given in dependency order (main last). Natives for
 * bodyless functions are looked up with mg_native_lookup (stdlib/natives.h). */
mg_program *cg_compile(Package **pkgs, int npkgs, Diag *d);

#endif
