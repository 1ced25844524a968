/* sync_atomic.c - the natives of package sync/atomic (stdlib/sync_atomic.mg):
 * true atomics across Ms with the __atomic builtins.
 *
 * Invariant: every integer lives normalised in its 64-bit word (int32
 * sign-extended, uint32 zero-extended, bool 0/1), so 64-bit loads, stores,
 * swaps and compare-and-swaps work for every width unchanged, and a 32-bit
 * add is a CAS loop on the whole word that wraps at 32 bits and stores the
 * normalised result. The methods of Int32, Int64, Uint32, Uint64 and Bool
 * reuse the same functions: their one field sits at word 0 of the struct, so
 * the receiver pointer is the word's address.
 * Except uint32: a *uint32 may point into a packed []uint32 (vm/value.h), so
 * its operations are 32-bit; on a word slot they touch its low half, which is
 * the value (the high half is zero).
 */
#include "natives.h"
#include "runtime/race.h"

/* -race: a load acquires the word's clock, a store releases into it, a
 * read-modify-write does both (Go's memory model: an atomic that observes another's
 * effect is synchronized after it). */
static rt_race_g *race_g(mg_ncall *c) {
    return mg_ncall_rtg(c)->race;
}
#define RACE_ACQUIRE(c, a)                                                                         \
    do {                                                                                           \
        rt_race_g *rg_ = race_g(c);                                                                \
        if (rg_) rt_race_acquire(rg_, (a));                                                        \
    } while (0)
#define RACE_RELEASE(c, a)                                                                         \
    do {                                                                                           \
        rt_race_g *rg_ = race_g(c);                                                                \
        if (rg_) rt_race_release(rg_, (a));                                                        \
    } while (0)

#define SEQ __ATOMIC_SEQ_CST

static void n_load(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].u = __atomic_load_n((uint64_t *)args[0].p, SEQ);
    RACE_ACQUIRE(c, args[0].p);
}

static void n_store(mg_ncall *c, mg_word *args, mg_word *res) {
    RACE_RELEASE(c, args[0].p);
    __atomic_store_n((uint64_t *)args[0].p, args[1].u, SEQ);
}

static void n_swap(mg_ncall *c, mg_word *args, mg_word *res) {
    RACE_RELEASE(c, args[0].p);
    res[0].u = __atomic_exchange_n((uint64_t *)args[0].p, args[1].u, SEQ);
    RACE_ACQUIRE(c, args[0].p);
}

static void n_cas(mg_ncall *c, mg_word *args, mg_word *res) {
    RACE_RELEASE(c, args[0].p);
    uint64_t expected = args[1].u;
    res[0].i =
        __atomic_compare_exchange_n((uint64_t *)args[0].p, &expected, args[2].u, false, SEQ, SEQ);
    RACE_ACQUIRE(c, args[0].p);
}

static void n_add64(mg_ncall *c, mg_word *args, mg_word *res) {
    RACE_RELEASE(c, args[0].p);
    res[0].u = __atomic_add_fetch((uint64_t *)args[0].p, args[1].u, SEQ);
    RACE_ACQUIRE(c, args[0].p);
}

static void n_add_int32(mg_ncall *c, mg_word *args, mg_word *res) {
    RACE_RELEASE(c, args[0].p);
    uint64_t *w = args[0].p;
    uint64_t old = __atomic_load_n(w, SEQ), new;
    do
        new = (uint64_t)(int64_t)(int32_t)(uint32_t)(old + args[1].u);
    while (!__atomic_compare_exchange_n(w, &old, new, false, SEQ, SEQ));
    res[0].u = new;
    RACE_ACQUIRE(c, args[0].p);
}

static void n_add_uint32(mg_ncall *c, mg_word *args, mg_word *res) {
    RACE_RELEASE(c, args[0].p);
    res[0].u = __atomic_add_fetch((uint32_t *)args[0].p, (uint32_t)args[1].u, SEQ);
    RACE_ACQUIRE(c, args[0].p);
}

static void n_load32(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].u = __atomic_load_n((uint32_t *)args[0].p, SEQ);
    RACE_ACQUIRE(c, args[0].p);
}

static void n_store32(mg_ncall *c, mg_word *args, mg_word *res) {
    RACE_RELEASE(c, args[0].p);
    __atomic_store_n((uint32_t *)args[0].p, (uint32_t)args[1].u, SEQ);
}

static void n_swap32(mg_ncall *c, mg_word *args, mg_word *res) {
    RACE_RELEASE(c, args[0].p);
    res[0].u = __atomic_exchange_n((uint32_t *)args[0].p, (uint32_t)args[1].u, SEQ);
    RACE_ACQUIRE(c, args[0].p);
}

static void n_cas32(mg_ncall *c, mg_word *args, mg_word *res) {
    RACE_RELEASE(c, args[0].p);
    uint32_t expected = (uint32_t)args[1].u;
    res[0].i = __atomic_compare_exchange_n((uint32_t *)args[0].p, &expected, (uint32_t)args[2].u,
                                           false, SEQ, SEQ);
    RACE_ACQUIRE(c, args[0].p);
}

/* The dynamic type word of an empty interface (Value's consistency check). */
static void n_eface_type(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0] = args[0];
}

#define WIDTH_ENTRIES_OF(T, add, load, store, swap, cas)                                           \
    {"sync/atomic.Add" T, add}, {"sync/atomic.Load" T, load}, {"sync/atomic.Store" T, store},      \
        {"sync/atomic.Swap" T, swap}, {"sync/atomic.CompareAndSwap" T, cas},                       \
        {"sync/atomic." T ".Add", add}, {"sync/atomic." T ".Load", load},                          \
        {"sync/atomic." T ".Store", store}, {"sync/atomic." T ".Swap", swap}, {                    \
        "sync/atomic." T ".CompareAndSwap", cas                                                    \
    }
#define WIDTH_ENTRIES(T, add) WIDTH_ENTRIES_OF(T, add, n_load, n_store, n_swap, n_cas)

const mg_native_entry mg_natives_atomic[] = {
    WIDTH_ENTRIES("Int32", n_add_int32),
    WIDTH_ENTRIES("Int64", n_add64),
    WIDTH_ENTRIES_OF("Uint32", n_add_uint32, n_load32, n_store32, n_swap32, n_cas32),
    WIDTH_ENTRIES("Uint64", n_add64),
    WIDTH_ENTRIES("Uintptr", n_add64),
    {"sync/atomic.Bool.Load", n_load},
    {"sync/atomic.Bool.Store", n_store},
    {"sync/atomic.Bool.Swap", n_swap},
    {"sync/atomic.Bool.CompareAndSwap", n_cas},
    {"sync/atomic.loadBox", n_load},
    {"sync/atomic.storeBox", n_store},
    {"sync/atomic.swapBox", n_swap},
    {"sync/atomic.casBox", n_cas},
    {"sync/atomic.efaceType", n_eface_type},
    {NULL, NULL},
};
