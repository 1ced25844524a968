/* sort.c - the two natives sort.Slice needs to treat an `any` holding a slice
 * generically (stdlib/sort.mg): its length, and swapping two elements. The
 * interface's data word points to the boxed 3-word slice header; the element
 * width comes from the dynamic type's elem.
 */
#include <string.h>

#include "stdlib/natives.h"
#include "vm/object.h"

static const mg_slice *slice_of(mg_ncall *c, mg_word *args, const mg_rtype **elem) {
    const mg_itab *tab = args[0].p;
    if (!tab || tab->type->kind != MK_SLICE) {
        mg_native_panic_string(c, "reflect: call of Swapper on non-slice value");
        return NULL;
    }
    *elem = tab->type->elem;
    return args[1].p;
}

/* sliceLen(x any) int */
static void n_slice_len(mg_ncall *c, mg_word *args, mg_word *res) {
    const mg_rtype *elem;
    const mg_slice *s = slice_of(c, args, &elem);
    res[0].i = s ? s->len : 0;
}

/* sliceSwap(x any, i, j int) */
static void n_slice_swap(mg_ncall *c, mg_word *args, mg_word *res) {
    const mg_rtype *elem;
    const mg_slice *s = slice_of(c, args, &elem);
    if (!s) return;
    int64_t i = args[2].i, j = args[3].i;
    if ((uint64_t)i >= (uint64_t)s->len || (uint64_t)j >= (uint64_t)s->len) {
        int64_t bad = (uint64_t)i >= (uint64_t)s->len ? i : j;
        mg_native_runtime_error(c, "index out of range [%lld] with length %lld", (long long)bad,
                                (long long)s->len);
        return;
    }
    /* elements are mg_elem_bytes wide (packed kinds: 1, 2, 4 bytes) */
    int64_t w = mg_elem_bytes(elem);
    uint8_t *a = (uint8_t *)s->ptr + i * w, *b = (uint8_t *)s->ptr + j * w;
    for (int64_t k = 0; k < w; k++) {
        uint8_t t = a[k];
        a[k] = b[k];
        b[k] = t;
    }
}

const mg_native_entry mg_natives_sort[] = {
    {"sort.sliceLen", n_slice_len},
    {"sort.sliceSwap", n_slice_swap},
    {NULL, NULL},
};
