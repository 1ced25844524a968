/* map.h - Go maps: any comparable key type, values of any size, randomised
 * iteration order, Go's semantics for mutation during iteration (an entry
 * deleted before it is reached is not produced; one added may or may not be).
 *
 * Keys and values are stored flattened in words (key->words, val->words).
 * A map value is an mg_map* (nil map = NULL; reads of a nil map give zero,
 * writes are the interpreter's "assignment to entry in nil map" panic).
 */
#ifndef MG_MAP_H
#define MG_MAP_H

#include "value.h"

typedef struct mg_map mg_map;

typedef struct mg_map_iter {
    mg_map *m;
    uint64_t start, pos, count; /* private */
    int64_t gen;
    void *priv;
} mg_map_iter;

mg_map *mg_map_new(const mg_rtype *key, const mg_rtype *val, int64_t hint);
int64_t mg_map_len(const mg_map *m); /* 0 for NULL */
/* Lookup: pointer to the value words, or NULL when absent (or m is NULL). *bad is set to the
 * offending type when the key holds an unhashable dynamic type (interface keys). */
mg_word *mg_map_get(mg_map *m, const mg_word *key, const mg_rtype **bad);
/* Insert or find: pointer to the value words (zeroed when newly inserted). */
mg_word *mg_map_set(mg_map *m, const mg_word *key, const mg_rtype **bad);
void mg_map_delete(mg_map *m, const mg_word *key, const mg_rtype **bad);
void mg_map_clear(mg_map *m);
/* Iteration in a random order. next returns false at the end; key/val point into the map
 * (copy them out before the next mutation). */
void mg_map_iter_init(mg_map_iter *it, mg_map *m, uint64_t random);
bool mg_map_iter_next(mg_map_iter *it, mg_word **key, mg_word **val);
const mg_rtype *mg_map_key_type(const mg_map *m);
const mg_rtype *mg_map_val_type(const mg_map *m);

#endif
