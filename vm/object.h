/* object.h - allocation and the run-time operations on strings, slices,
 * interfaces and boxes that the interpreter and the natives share.
 *
 * Allocation: every object that can hold a pointer comes from mg_alloc
 * (GC_MALLOC, zeroed); pointer-free payloads (string bytes, []int, []float64,
 * packed []byte / []bool) from mg_alloc_atomic (zeroed here, although
 * GC_MALLOC_ATOMIC is not).
 * Out of memory is Go's "fatal error: runtime: out of memory".
 *
 * All functions are thread-safe (no shared mutable state).
 */
#ifndef MG_OBJECT_H
#define MG_OBJECT_H

#include "value.h"

void *mg_alloc(size_t bytes);
/* limits.c: the VM running on this thread may allocate `bytes` more (its heap limit), and
 * counts the allocation for runtime.MemStats;
 * mg_out_of_memory ends that VM's run with Go's fatal error (never returns). */
void mg_alloc_check(size_t bytes);
_Noreturn void mg_out_of_memory(void);
void *mg_alloc_atomic(size_t bytes);
void *mg_alloc_words(const mg_rtype *elem, int64_t count); /* count * elem->words words */
/* An array or slice backing store of count elements: count * mg_elem_bytes(elem) bytes
 * (packed kinds have no pointers: atomic). */
void *mg_alloc_elems(const mg_rtype *elem, int64_t count);
/* A GC-allocated array that lives as long as the process (type descriptors, itabs, ...). */
void *mg_alloc_uncollectable(size_t bytes);
/* Zeroed memory for a big table (maps), scanned by the GC only if pointers; big ones
 * are backed by transparent huge pages where the kernel allows (alloc.c). */
void *mg_alloc_table(size_t bytes, bool pointers);

/* ---------- strings ---------- */
mg_string mg_str_from_c(const char *s);
mg_string mg_str_from_bytes(const void *p, size_t n); /* copies */
mg_string mg_str_concat(mg_string a, mg_string b);
mg_string mg_str_concat_n(const mg_string *parts, int n);
int mg_str_compare(mg_string a, mg_string b); /* <0, 0, >0 like memcmp, then length */
bool mg_str_equal(mg_string a, mg_string b);
char *mg_str_to_c(mg_string s);             /* NUL-terminated GC copy */
/* Conversions (Go semantics: invalid UTF-8 decodes as U+FFFD one byte at a time). */
mg_string mg_str_from_rune(int64_t r);      /* string(rune); invalid -> "\uFFFD" */
mg_slice mg_str_to_bytes(mg_string s);      /* []byte(s): a packed copy */
mg_string mg_str_from_byteslice(mg_slice b);
mg_slice mg_str_to_runes(mg_string s);      /* []rune(s) */
mg_string mg_str_from_runes(mg_slice r);
/* Decode one rune at byte offset i: returns the rune and stores its width (>= 1). */
int32_t mg_utf8_decode(const uint8_t *p, int64_t n, int *width);
int mg_utf8_encode(uint8_t buf[4], int32_t r); /* returns length */

/* ---------- slices ---------- */
/* append(s, elems...) with Go's growth rule; elems are n elements laid out as in a backing
 * store (packed kinds packed). */
mg_slice mg_slice_append(mg_slice s, const void *elems, int64_t n, const mg_rtype *elem);
/* append(s, R[..n]...) of n elements held one value per words(elem) registers. */
mg_slice mg_slice_append_regs(mg_slice s, const mg_word *regs, int64_t n, const mg_rtype *elem);
/* copy(dst, src) of elements elem_bytes bytes each (mg_elem_bytes). */
int64_t mg_slice_copy(mg_slice dst, mg_slice src, int64_t elem_bytes);
mg_slice mg_slice_make(const mg_rtype *elem, int64_t len, int64_t cap);

/* ---------- values generically (by rtype) ---------- */
/* Equality of two values of type t laid out in words; t must be comparable, except that an
 * interface holding an uncomparable dynamic type makes *panicked true (Go's "runtime error:
 * comparing uncomparable type T"). */
bool mg_value_equal(const mg_rtype *t, const mg_word *a, const mg_word *b, const mg_rtype **bad);
uint64_t mg_value_hash(const mg_rtype *t, const mg_word *v, uint64_t seed, const mg_rtype **bad);
/* Interface equality (both interfaces): same dynamic type and equal values. */
bool mg_iface_equal(mg_iface a, mg_iface b, const mg_rtype **bad);
/* Box a value of type t for an interface's data word (1-word values are stored directly). */
mg_word mg_iface_box(const mg_rtype *t, const mg_word *v);
/* Inverse: copy the value out of an interface data word into dst (t->words words). */
void mg_iface_unbox(const mg_rtype *t, mg_word data, mg_word *dst);
/* dst := n / m for complex128 values (two words each; dst may alias either): gc's runtime
 * complex128div. */
void vm_complex_div(mg_word *dst, const mg_word *n, const mg_word *m);
/* The method set lookup: method named `name` of dynamic type t, or NULL. */
const mg_rmethod *mg_rtype_method(const mg_rtype *t, const char *name);

#endif
