/* natives.c - mg_native_lookup: the one list of per-package native tables
 * (natives.h). Looked up at compile time only; a sorted index of all entries is
 * built once per process (pthread_once) and searched by binary search. The
 * index is immutable after initialisation, so VMs share it safely.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/natives.h"

extern const mg_native_entry mg_natives_strings[];
extern const mg_native_entry mg_natives_strconv[];
extern const mg_native_entry mg_natives_math[];
extern const mg_native_entry mg_natives_utf8[];
extern const mg_native_entry mg_natives_unicode[];
extern const mg_native_entry mg_natives_os[];
extern const mg_native_entry mg_natives_errors[];
extern const mg_native_entry mg_natives_sort[];
extern const mg_native_entry mg_natives_fmt[];        /* stdlib/fmt.c */
extern const mg_native_entry mg_natives_fmt_scan[];   /* stdlib/fmt_scan.c */
extern const mg_native_entry mg_natives_runtime[];    /* the VM's runtime package */
extern const mg_native_entry mg_natives_fin[];        /* stdlib/runtime_fin.c */
extern const mg_native_entry mg_natives_atomic[];     /* stdlib/sync_atomic.c */
extern const mg_native_entry mg_natives_sync[];       /* stdlib/sync.c */
extern const mg_native_entry mg_natives_sync_mutex[]; /* stdlib/sync_mutex.c */
extern const mg_native_entry mg_natives_time[];       /* stdlib/time.c */
extern const mg_native_entry mg_natives_rand[];       /* stdlib/math_rand.c */

/* never_blocks: every native of the table returns without parking, yielding, calling
 * back into bytecode (mg_native_call) or touching the scheduler; it may allocate and
 * panic with a string. mg_call runs a function that calls only such natives without a
 * scheduler (vm/api_call.c). Checked by reading them: pure string, number and rune
 * functions. A table that gains a native breaking this must lose the flag. */
static const struct {
    const mg_native_entry *table;
    bool never_blocks;
} native_tables[] = {
    {mg_natives_strings, true},     {mg_natives_strconv, true}, {mg_natives_math, true},
    {mg_natives_utf8, true},        {mg_natives_unicode, true}, {mg_natives_os, false},
    {mg_natives_errors, false},     {mg_natives_sort, false},   {mg_natives_fmt, false},
    {mg_natives_runtime, false},    {mg_natives_atomic, false}, {mg_natives_sync, false},
    {mg_natives_sync_mutex, false}, {mg_natives_time, false},   {mg_natives_rand, false},
    {mg_natives_fmt_scan, false},   {mg_natives_fin, false},
};
enum { NTABLES = sizeof native_tables / sizeof native_tables[0] };

typedef struct indexed {
    const mg_native_entry *e;
    bool never_blocks;
} indexed;

static indexed *sorted_index;
static size_t sorted_count;
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static int by_name(const void *a, const void *b) {
    return strcmp(((const indexed *)a)->e->name, ((const indexed *)b)->e->name);
}

static void build_index(void) {
    size_t n = 0;
    for (size_t t = 0; t < NTABLES; t++)
        for (const mg_native_entry *e = native_tables[t].table; e->name; e++)
            n++;
    /* plain malloc: holds pointers to static data only, never to the GC heap */
    indexed *idx = malloc((n ? n : 1) * sizeof *idx);
    if (!idx) return;
    size_t k = 0;
    for (size_t t = 0; t < NTABLES; t++)
        for (const mg_native_entry *e = native_tables[t].table; e->name; e++)
            idx[k++] = (indexed){e, native_tables[t].never_blocks};
    qsort(idx, n, sizeof *idx, by_name);
    sorted_index = idx;
    sorted_count = n;
}

mg_native_fn mg_native_lookup_flags(const char *qualified_name, bool *never_blocks) {
    pthread_once(&index_once, build_index);
    if (never_blocks) *never_blocks = false;
    size_t lo = 0, hi = sorted_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(sorted_index[mid].e->name, qualified_name);
        if (c == 0) {
            if (never_blocks) *never_blocks = sorted_index[mid].never_blocks;
            return sorted_index[mid].e->fn;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

mg_native_fn mg_native_lookup(const char *qualified_name) {
    return mg_native_lookup_flags(qualified_name, NULL);
}
