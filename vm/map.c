/* map.c - Go maps (map.h): open addressing with linear probing and a control
 * byte per slot.
 *
 * Why this layout: keys and values live interleaved in one flat word array
 * (slot = key words then value words), so a lookup touches one control byte
 * and usually one slot, which is what the benchmark shapes (1e6 int or string
 * keys) reward; Go-style buckets with overflow chains would cost a pointer
 * chase and more code for no gain under Boehm. A table is one allocation: its
 * size, then the slots, then the control bytes, so one pointer (m->tab)
 * identifies it and its geometry can never be seen torn. Big tables come from
 * mg_alloc_table (huge pages: alloc.c).
 *
 * Control byte: 0 empty, 1 deleted (tombstone), 0x80|tag full, where tag is
 * 7 bits of the hash (the slot index comes from the high bits), so most
 * mismatching probes are rejected without touching the slot.
 *
 * Invariants:
 *  - Linear probing: for a full slot p whose home slot is h, every slot in
 *    [h, p) is non-empty. A delete leaves a tombstone unless the next slot is
 *    empty, in which case it (and the tombstones before it) become empty.
 *  - Load: count + tombstones stays at most 3/4 of cap; a rehash always
 *    allocates a fresh table (never rewrites one in place), so an old table
 *    is immutable once replaced and stays valid GC memory.
 *  - Entries never move within a table. A freed slot is zeroed so the GC
 *    can reclaim what it referenced.
 *
 * Iteration: a random start slot (and, in small tables, a random odd stride)
 * over the table current when the iteration began. While that table is still
 * the map's table, full slots are produced directly: a deleted entry is an
 * empty/tombstone slot and is skipped, an inserted one may or may not be
 * reached. Once the map has been rehashed, the iterator keeps walking its old
 * table (every slot visited at most once, so no entry twice) and looks each
 * old key up in the current table, producing the current value, or skipping
 * the key if it has been deleted since.
 *
 * Key modes: KM_WORD (one-word keys compared by word: ints, bools, pointers,
 * chans), KM_STRING, and KM_GENERIC (mg_value_hash / mg_value_equal: floats,
 * interfaces, structs, arrays). The hot functions are specialised per mode by
 * inlining a mode-generic body with a constant mode.
 */
#include <stdatomic.h>
#include <string.h>

#include "hash.h"
#include "map.h"
#include "object.h"

enum { KM_WORD, KM_STRING, KM_GENERIC };

#define CTRL_EMPTY   0
#define CTRL_TOMB    1
#define MIN_CAP      8
#define REHASH_AHEAD 8 /* slots: how far ahead rehash prefetches string keys' bytes */

/* One table: its geometry lives with its slots, and every operation reads m->tab
 * once, so even goroutines that race on a map (a program error that Go reports
 * when it notices, below) never pair one table's slots with another's size. */
typedef struct table {
    uint64_t cap, mask; /* cap: a power of two */
    int shift;          /* 64 - log2(cap) */
    uint8_t *ctrl;      /* cap control bytes, after the slots */
    mg_word slots[];    /* cap * sw words */
} table;

struct mg_map {
    const mg_rtype *key, *val;
    int kw, vw, sw; /* words per key, value, slot */
    int mode;
    bool pointers; /* slots may hold GC pointers */
    int64_t count, tombs;
    table *tab; /* NULL: no table yet */
    uint64_t seed;
    _Atomic uint8_t writing; /* a write is in progress (Go's hashWriting): the interpreter
                                detects concurrent writes / a read during a write with it */
};

/* The interpreter brackets every write with begin/end (false: another goroutine is
 * writing) and checks mg_map_writing before reads. Declared in vm.h.
 *
 * Like Go's hashWriting this is a plain flag, not a lock: an atomic exchange here
 * (a full barrier) made each write wait for the previous write's cache misses to
 * finish, about 60 ns a write when the table is out of cache. So detection is
 * best effort, as in Go: two writers that slip in together are caught at the
 * first overlap either of them sees, on entry or at end_write (the flag cleared
 * under it), and until then the per-table geometry keeps them in bounds. */
bool mg_map_begin_write(mg_map *m) {
    if (atomic_load_explicit(&m->writing, memory_order_relaxed)) return false;
    atomic_store_explicit(&m->writing, 1, memory_order_relaxed);
    atomic_signal_fence(memory_order_seq_cst); /* the flag is set before the write starts */
    return true;
}

bool mg_map_end_write(mg_map *m) {
    atomic_signal_fence(memory_order_seq_cst);
    if (!atomic_load_explicit(&m->writing, memory_order_relaxed)) return false;
    atomic_store_explicit(&m->writing, 0, memory_order_release);
    return true;
}

bool mg_map_writing(mg_map *m) {
    return m && atomic_load_explicit(&m->writing, memory_order_relaxed);
}

#define ALWAYS_INLINE static inline __attribute__((always_inline))

ALWAYS_INLINE uint64_t key_hash(const mg_map *m, int mode, const mg_word *k, const mg_rtype **bad) {
    switch (mode) {
    case KM_WORD: return mg_hash_word(k[0].u, m->seed);
    case KM_STRING: return mg_hash_bytes(k[0].p, k[1].i, m->seed);
    default: return mg_value_hash(m->key, k, m->seed, bad);
    }
}

ALWAYS_INLINE bool key_equal(const mg_map *m, int mode, const mg_word *a, const mg_word *b) {
    switch (mode) {
    case KM_WORD: return a[0].u == b[0].u;
    case KM_STRING:
        return a[1].i == b[1].i &&
               (a[0].p == b[0].p || a[1].i == 0 || memcmp(a[0].p, b[0].p, (size_t)a[1].i) == 0);
    default: return mg_value_equal(m->key, a, b, NULL);
    }
}

static inline uint8_t hash_tag(uint64_t h) {
    return (uint8_t)(0x80 | (h & 0x7f));
}

static inline mg_word *slot_at(const mg_map *m, table *t, uint64_t i) {
    return t->slots + i * (uint64_t)m->sw;
}

/* Slot index of key k (hash h) in t, or -1. At most cap probes: a table always
 * has an empty slot, except when racing writers overfilled it. */
ALWAYS_INLINE int64_t find_slot(const mg_map *m, table *t, int mode, const mg_word *k, uint64_t h) {
    if (!t) return -1;
    uint64_t i = h >> t->shift;
    uint8_t tag = hash_tag(h);
    for (uint64_t n = t->cap; n > 0; n--) {
        uint8_t c = t->ctrl[i];
        if (c == tag && key_equal(m, mode, slot_at(m, t, i), k)) return (int64_t)i;
        if (c == CTRL_EMPTY) return -1;
        i = (i + 1) & t->mask;
    }
    return -1;
}

/* Allocates a table of cap slots and moves every entry of old (NULL: none) into it.
 * The old table is left to the collector: iterators may still walk it. */
static table *rehash(mg_map *m, table *old, uint64_t cap) {
    size_t slot_bytes = (size_t)cap * (size_t)m->sw * sizeof(mg_word);
    table *t = mg_alloc_table(sizeof(table) + slot_bytes + (size_t)cap, m->pointers);
    t->cap = cap;
    t->mask = cap - 1;
    t->shift = 64 - __builtin_ctzll(cap);
    t->ctrl = (uint8_t *)t->slots + slot_bytes;
    uint64_t oldcap = old ? old->cap : 0;
    for (uint64_t j = 0; j < oldcap; j++) {
        if (!(old->ctrl[j] & 0x80)) continue;
        const mg_word *k = slot_at(m, old, j);
        uint64_t h;
        if (m->mode == KM_WORD) {
            h = mg_hash_word(k[0].u, m->seed);
        } else if (m->mode == KM_STRING) {
            /* The old table is walked in order but the bytes of its keys lie anywhere:
             * fetch those of a key a few slots on while this one is hashed. */
            if (j + REHASH_AHEAD < oldcap)
                __builtin_prefetch(slot_at(m, old, j + REHASH_AHEAD)[0].p);
            h = mg_hash_bytes(k[0].p, k[1].i, m->seed);
        } else {
            h = mg_value_hash(m->key, k, m->seed, NULL);
        }
        uint64_t i = h >> t->shift;
        while (t->ctrl[i] != CTRL_EMPTY)
            i = (i + 1) & t->mask;
        t->ctrl[i] = hash_tag(h);
        memcpy(slot_at(m, t, i), k, (size_t)m->sw * sizeof(mg_word));
    }
    m->tab = t;
    m->tombs = 0;
    return t;
}

/* Makes room for one more entry: grows when live entries would pass half the
 * new table, else only sweeps the tombstones out. The table to insert into. */
static table *make_room(mg_map *m, table *t) {
    uint64_t cap = t ? t->cap : 0;
    if (t && (uint64_t)(m->count + m->tombs + 1) * 4 <= cap * 3) return t;
    if (!cap) cap = MIN_CAP;
    while ((uint64_t)(m->count + 1) * 2 > cap)
        cap *= 2;
    return rehash(m, t, cap);
}

ALWAYS_INLINE mg_word *set_impl(mg_map *m, int mode, const mg_word *k, const mg_rtype **bad) {
    uint64_t h = key_hash(m, mode, k, bad);
    if (mode == KM_GENERIC && bad && *bad) return NULL;
    table *t = m->tab;
    int64_t found = find_slot(m, t, mode, k, h);
    if (found >= 0) return slot_at(m, t, (uint64_t)found) + m->kw;
    t = make_room(m, t);
    uint64_t i = h >> t->shift;
    for (uint64_t n = t->cap; t->ctrl[i] & 0x80; i = (i + 1) & t->mask)
        if (--n == 0) { /* full: only racing writers get here */
            t = rehash(m, t, t->cap * 2);
            i = (h >> t->shift) - 1;
            n = t->cap;
        }
    if (t->ctrl[i] == CTRL_TOMB) m->tombs--;
    t->ctrl[i] = hash_tag(h);
    mg_word *slot = slot_at(m, t, i);
    memcpy(slot, k, (size_t)m->kw * sizeof(mg_word));
    m->count++;
    return slot + m->kw; /* value words are zero: fresh tables and freed slots are zeroed */
}

ALWAYS_INLINE mg_word *get_impl(mg_map *m, int mode, const mg_word *k, const mg_rtype **bad) {
    uint64_t h = key_hash(m, mode, k, bad);
    table *t = m->tab;
    int64_t i = find_slot(m, t, mode, k, h);
    return i < 0 ? NULL : slot_at(m, t, (uint64_t)i) + m->kw;
}

ALWAYS_INLINE void delete_impl(mg_map *m, int mode, const mg_word *k, const mg_rtype **bad) {
    uint64_t h = key_hash(m, mode, k, bad);
    table *t = m->tab;
    int64_t found = find_slot(m, t, mode, k, h);
    if (found < 0) return;
    uint64_t i = (uint64_t)found;
    memset(slot_at(m, t, i), 0, (size_t)m->sw * sizeof(mg_word));
    m->count--;
    if (t->ctrl[(i + 1) & t->mask] != CTRL_EMPTY) {
        t->ctrl[i] = CTRL_TOMB;
        m->tombs++;
        return;
    }
    /* No probe sequence continues past an empty slot, so this slot and the
     * tombstones just before it are not on any entry's path any more. */
    t->ctrl[i] = CTRL_EMPTY;
    for (uint64_t j = (i - 1) & t->mask; t->ctrl[j] == CTRL_TOMB; j = (j - 1) & t->mask) {
        t->ctrl[j] = CTRL_EMPTY;
        m->tombs--;
    }
}

/* ---------- public API ---------- */

static int key_mode(const mg_rtype *k) {
    switch (k->kind) {
    case MK_BOOL:
    case MK_INT:
    case MK_INT8:
    case MK_INT16:
    case MK_INT32:
    case MK_INT64:
    case MK_UINT:
    case MK_UINT8:
    case MK_UINT16:
    case MK_UINT32:
    case MK_UINT64:
    case MK_UINTPTR:
    case MK_POINTER:
    case MK_CHAN:
    case MK_UNSAFEPTR: return KM_WORD;
    case MK_STRING: return KM_STRING;
    default: return KM_GENERIC;
    }
}

mg_map *mg_map_new(const mg_rtype *key, const mg_rtype *val, int64_t hint) {
    mg_map *m = mg_alloc(sizeof *m);
    m->key = key;
    m->val = val;
    m->kw = key->words;
    m->vw = val->words;
    m->sw = m->kw + m->vw;
    if (m->sw == 0) m->sw = 1; /* map[struct{}]struct{}: keep slots addressable */
    m->mode = key_mode(key);
    m->pointers = key->pointers || val->pointers;
    /* The map's own address is unique while it lives: a per-map seed with no shared state. */
    m->seed = mg_hash_word((uintptr_t)m, 0x5bd1e9955bd1e995ULL);
    if (hint > 0) {
        uint64_t cap = MIN_CAP;
        while ((uint64_t)hint * 4 > cap * 3 && cap < (1ULL << 40))
            cap *= 2;
        rehash(m, NULL, cap);
    }
    return m;
}

int64_t mg_map_len(const mg_map *m) {
    return m ? m->count : 0;
}
const mg_rtype *mg_map_key_type(const mg_map *m) {
    return m->key;
}
const mg_rtype *mg_map_val_type(const mg_map *m) {
    return m->val;
}

mg_word *mg_map_get(mg_map *m, const mg_word *key, const mg_rtype **bad) {
    if (!m) return NULL;
    switch (m->mode) {
    case KM_WORD: return get_impl(m, KM_WORD, key, bad);
    case KM_STRING: return get_impl(m, KM_STRING, key, bad);
    default: return get_impl(m, KM_GENERIC, key, bad);
    }
}

mg_word *mg_map_set(mg_map *m, const mg_word *key, const mg_rtype **bad) {
    switch (m->mode) {
    case KM_WORD: return set_impl(m, KM_WORD, key, bad);
    case KM_STRING: return set_impl(m, KM_STRING, key, bad);
    default: return set_impl(m, KM_GENERIC, key, bad);
    }
}

void mg_map_delete(mg_map *m, const mg_word *key, const mg_rtype **bad) {
    if (!m) return;
    switch (m->mode) {
    case KM_WORD: delete_impl(m, KM_WORD, key, bad); break;
    case KM_STRING: delete_impl(m, KM_STRING, key, bad); break;
    default: delete_impl(m, KM_GENERIC, key, bad); break;
    }
}

void mg_map_clear(mg_map *m) {
    if (!m || !m->tab) return;
    /* A fresh empty table: iterators over the old one then find nothing current. */
    m->count = 0;
    rehash(m, NULL, MIN_CAP);
}

/* Iterator fields (private in map.h): priv = the table being walked, count = its cap, start = first
 * slot, gen = stride (odd), pos = slots visited so far. */
void mg_map_iter_init(mg_map_iter *it, mg_map *m, uint64_t random) {
    it->m = m;
    it->pos = 0;
    table *t = m ? m->tab : NULL;
    it->priv = t;
    it->count = t ? t->cap : 0;
    it->start = it->count ? random & (it->count - 1) : 0;
    /* Small tables also get a random odd stride so that their order is not just a
     * rotation; big ones walk sequentially for cache locality. */
    it->gen = it->count <= 256 ? (int64_t)(((random >> 32) & (it->count - 1)) | 1) : 1;
}

bool mg_map_iter_next(mg_map_iter *it, mg_word **key, mg_word **val) {
    mg_map *m = it->m;
    if (!m || it->count == 0) return false;
    uint64_t cap = it->count, mask = cap - 1;
    table *t = it->priv;
    int kw = m->kw;
    while (it->pos < cap) {
        uint64_t i = (it->start + it->pos * (uint64_t)it->gen) & mask;
        it->pos++;
        if (!(t->ctrl[i] & 0x80)) continue;
        mg_word *k = slot_at(m, t, i);
        if (m->tab == t) {
            *key = k;
            *val = k + kw;
            return true;
        }
        /* The map was rehashed since the iteration began: the old table is frozen;
         * produce the key's current value, or skip it if it is gone. */
        mg_word *v = mg_map_get(m, k, NULL);
        if (!v) {
            /* A NaN key can never be found again, but it is still in the map unless
             * the map was cleared (then count is 0, or NaN entries went with it). */
            if (m->mode != KM_GENERIC || m->count == 0 || mg_value_equal(m->key, k, k, NULL))
                continue;
            v = k + kw;
        }
        *key = k;
        *val = v;
        return true;
    }
    return false;
}
