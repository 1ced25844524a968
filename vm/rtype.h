/* rtype.h - run-time type descriptors (mg_rtype) built from the checker's Types, and itabs.
 *
 * Descriptors are built lazily at compile time (cg_rtype caches them in Type.rt) and are
 * immutable afterwards, so any number of VMs may share them; they are GC memory and die
 * with the last program that references them. Building is guarded by one process-wide
 * recursive mutex (predeclared Types are shared by all builds). Itabs are immutable too;
 * the run-time lookup cache (vm_itab_lookup) belongs to the program.
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

/* lang/compile.c: a chan type's descriptor was handed out during a compile. */
void cg_note_chan(const mg_rtype *r);
/* Run time: the itab of concrete type t for interface iface, NULL if t lacks a method. */
/* A program's cache of itabs built at run time (interface-to-interface conversions and
 * assertions). It belongs to the program, so it dies with it. */
typedef struct vm_itab_cache vm_itab_cache;
vm_itab_cache *vm_itab_cache_new(void);
/* The itab of t for iface, NULL when t does not implement iface; cache may be NULL. */
const mg_itab *vm_itab_lookup(vm_itab_cache *cache, const mg_rtype *t, const mg_rtype *iface);
/* The name of the first method of iface that t does not have (NULL if none). */
const char *vm_missing_method(const mg_rtype *t, const mg_rtype *iface);

#endif
