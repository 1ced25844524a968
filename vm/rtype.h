/* rtype.h - run-time type descriptors (mg_rtype) built from the checker's Types, and itabs.
 *
 * Descriptors are built lazily at compile time (cg_rtype caches them in Type.rt) and are
 * immutable and uncollectable afterwards, so any number of VMs may share them. Building is
 * guarded by one process-wide recursive mutex (predeclared Types are shared by all builds).
 * Itabs are immutable too; the run-time lookup cache (vm_itab_lookup) is a process-wide
 * mutex-protected hash table of immutable entries.
 */
#ifndef MG_RTYPE_H
#define MG_RTYPE_H

#include "../lang/types.h"
#include "value.h"

/* Compile time. */
const mg_rtype *cg_rtype(Type *t);
/* The itab for converting a value of concrete type t to interface type iface (known at
 * compile time); for an empty interface, &rtype(t)->self_itab. */
const mg_itab *cg_itab(Type *t, Type *iface);

/* Run time: the itab of concrete type t for interface iface, NULL if t lacks a method. */
const mg_itab *vm_itab_lookup(const mg_rtype *t, const mg_rtype *iface);
/* The name of the first method of iface that t does not have (NULL if none). */
const char *vm_missing_method(const mg_rtype *t, const mg_rtype *iface);

#endif
