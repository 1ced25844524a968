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

static const mg_native_entry *const native_tables[] = {
    mg_natives_strings,    mg_natives_strconv, mg_natives_math,   mg_natives_utf8,
    mg_natives_unicode,    mg_natives_os,      mg_natives_errors, mg_natives_sort,
    mg_natives_fmt,        mg_natives_runtime, mg_natives_atomic, mg_natives_sync,
    mg_natives_sync_mutex, mg_natives_time,    mg_natives_rand,   mg_natives_fmt_scan,
    mg_natives_fin,
};

static const mg_native_entry **sorted_index;
static size_t sorted_count;
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static int by_name(const void *a, const void *b) {
    return strcmp((*(const mg_native_entry *const *)a)->name,
                  (*(const mg_native_entry *const *)b)->name);
}

static void build_index(void) {
    size_t n = 0;
    for (size_t t = 0; t < sizeof native_tables / sizeof native_tables[0]; t++)
        for (const mg_native_entry *e = native_tables[t]; e->name; e++)
            n++;
    /* plain malloc: holds pointers to static data only, never to the GC heap */
    const mg_native_entry **idx = malloc((n ? n : 1) * sizeof *idx);
    if (!idx) return;
    size_t k = 0;
    for (size_t t = 0; t < sizeof native_tables / sizeof native_tables[0]; t++)
        for (const mg_native_entry *e = native_tables[t]; e->name; e++)
            idx[k++] = e;
    qsort(idx, n, sizeof *idx, by_name);
    sorted_index = idx;
    sorted_count = n;
}

mg_native_fn mg_native_lookup(const char *qualified_name) {
    pthread_once(&index_once, build_index);
    size_t lo = 0, hi = sorted_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(sorted_index[mid]->name, qualified_name);
        if (c == 0) return sorted_index[mid]->fn;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
