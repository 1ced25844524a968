/* vet.h - minigo vet: static checks over the checked AST of package main for the
 * concurrency mistakes Go's documents warn about (go vet's copylock, loopclosure and
 * lostcancel analyzers, plus two checks of minigo's own). See vet.c.
 */
#ifndef MG_VET_H
#define MG_VET_H

#include "types.h"

/* Runs every check over pkg, which must have been checked (and compiled) without
 * error. Returns the findings as "file:line:col: message\n" lines in go vet's order
 * (GC-allocated), or "" when there are none. */
char *vet_package(Package *pkg);

#endif
