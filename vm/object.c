/* object.c - run-time operations on strings, slices and interfaces (object.h),
 * and the generic equality / hash of values by rtype that maps and == use.
 *
 * Invariants:
 *  - Strings are immutable once built: every function that makes a string
 *    allocates fresh atomic bytes (or shares bytes that are never written
 *    again). An empty string may have a NULL pointer, so byte operations
 *    check lengths before touching memory.
 *  - UTF-8 follows Go: an invalid byte decodes as U+FFFD with width 1;
 *    surrogates and values above U+10FFFF are invalid.
 *  - Slice growth copies Go's growslice (1.18+ rule plus the allocator's
 *    size classes, computed from Go's element size) so that cap() prints
 *    what Go prints.
 *  - Interface data words hold 1-word values directly and a pointer to a
 *    never-mutated GC copy otherwise.
 *  - Slice backing stores and arrays of packed element kinds (vm/value.h)
 *    hold mg_elem_bytes(elem) bytes per element: every stride here is in
 *    bytes, and []byte <-> string conversions are plain byte copies.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hash.h"
#include "object.h"

/* ---------- strings ---------- */

mg_string mg_str_from_bytes(const void *p, size_t n) {
    mg_string s = {NULL, 0};
    if (n == 0) return s;
    uint8_t *b = mg_alloc_atomic(n);
    memcpy(b, p, n);
    s.ptr = b;
    s.len = (int64_t)n;
    return s;
}

mg_string mg_str_from_c(const char *s) {
    return mg_str_from_bytes(s, strlen(s));
}

mg_string mg_str_concat(mg_string a, mg_string b) {
    if (a.len == 0) return b;
    if (b.len == 0) return a;
    uint8_t *p = mg_alloc_atomic((size_t)(a.len + b.len));
    memcpy(p, a.ptr, (size_t)a.len);
    memcpy(p + a.len, b.ptr, (size_t)b.len);
    return (mg_string){p, a.len + b.len};
}

mg_string mg_str_concat_n(const mg_string *parts, int n) {
    int64_t total = 0;
    int nonempty = 0, last = -1;
    for (int i = 0; i < n; i++) {
        total += parts[i].len;
        if (parts[i].len) nonempty++, last = i;
    }
    /* Go returns the only non-empty operand without copying. */
    if (nonempty == 0) return (mg_string){NULL, 0};
    if (nonempty == 1) return parts[last];
    uint8_t *p = mg_alloc_atomic((size_t)total), *q = p;
    for (int i = 0; i < n; i++) {
        if (parts[i].len) memcpy(q, parts[i].ptr, (size_t)parts[i].len);
        q += parts[i].len;
    }
    return (mg_string){p, total};
}

int mg_str_compare(mg_string a, mg_string b) {
    int64_t n = a.len < b.len ? a.len : b.len;
    if (n > 0 && a.ptr != b.ptr) {
        int c = memcmp(a.ptr, b.ptr, (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    }
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

bool mg_str_equal(mg_string a, mg_string b) {
    return a.len == b.len &&
           (a.ptr == b.ptr || a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

char *mg_str_to_c(mg_string s) {
    char *c = mg_alloc_atomic((size_t)s.len + 1);
    if (s.len) memcpy(c, s.ptr, (size_t)s.len);
    return c;
}

int32_t mg_utf8_decode(const uint8_t *p, int64_t n, int *width) {
    *width = 1;
    if (n <= 0) return 0xFFFD;
    uint8_t c0 = p[0];
    if (c0 < 0x80) return c0;
    int need;
    int32_t r, min;
    if (c0 >= 0xC2 && c0 <= 0xDF)
        need = 1, r = c0 & 0x1F, min = 0x80;
    else if (c0 >= 0xE0 && c0 <= 0xEF)
        need = 2, r = c0 & 0x0F, min = 0x800;
    else if (c0 >= 0xF0 && c0 <= 0xF4)
        need = 3, r = c0 & 0x07, min = 0x10000;
    else
        return 0xFFFD;
    if (n < need + 1) return 0xFFFD;
    for (int i = 1; i <= need; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0xFFFD;
        r = (r << 6) | (p[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0xFFFD;
    *width = need + 1;
    return r;
}

int mg_utf8_encode(uint8_t buf[4], int32_t r) {
    if (r >= 0 && r < 0x80) {
        buf[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x800) {
        buf[0] = (uint8_t)(0xC0 | (r >> 6));
        buf[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (uint8_t)(0xE0 | (r >> 12));
        buf[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    buf[0] = (uint8_t)(0xF0 | (r >> 18));
    buf[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    buf[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    buf[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

mg_string mg_str_from_rune(int64_t r) {
    uint8_t buf[4];
    if (r < 0 || r > 0x10FFFF) r = 0xFFFD;
    int n = mg_utf8_encode(buf, (int32_t)r);
    return mg_str_from_bytes(buf, (size_t)n);
}

mg_slice mg_str_to_bytes(mg_string s) {
    mg_slice b = {NULL, s.len, s.len};
    if (s.len == 0) return b;
    b.ptr = mg_alloc_atomic((size_t)s.len);
    memcpy(b.ptr, s.ptr, (size_t)s.len);
    return b;
}

mg_string mg_str_from_byteslice(mg_slice b) {
    return mg_str_from_bytes(b.ptr, (size_t)b.len);
}

mg_slice mg_str_to_runes(mg_string s) {
    int64_t n = 0;
    int w;
    for (int64_t i = 0; i < s.len; i += w) {
        if (s.ptr[i] < 0x80)
            w = 1;
        else
            mg_utf8_decode(s.ptr + i, s.len - i, &w);
        n++;
    }
    mg_slice r = {NULL, n, n};
    if (n == 0) return r;
    r.ptr = mg_alloc_atomic((size_t)n * sizeof(mg_word));
    int64_t k = 0;
    for (int64_t i = 0; i < s.len; i += w)
        r.ptr[k++].i = mg_utf8_decode(s.ptr + i, s.len - i, &w);
    return r;
}

mg_string mg_str_from_runes(mg_slice r) {
    int64_t total = 0;
    uint8_t buf[4];
    for (int64_t i = 0; i < r.len; i++) {
        int64_t c = r.ptr[i].i;
        total += mg_utf8_encode(buf, (c < INT32_MIN || c > INT32_MAX) ? -1 : (int32_t)c);
    }
    if (total == 0) return (mg_string){NULL, 0};
    uint8_t *p = mg_alloc_atomic((size_t)total), *q = p;
    for (int64_t i = 0; i < r.len; i++) {
        int64_t c = r.ptr[i].i;
        q += mg_utf8_encode(q, (c < INT32_MIN || c > INT32_MAX) ? -1 : (int32_t)c);
    }
    return (mg_string){p, total};
}

/* ---------- Go's type sizes (only to reproduce Go's cap() after append) ---------- */

static void go_size_align(const mg_rtype *t, int64_t *size, int64_t *align) {
    switch (t->kind) {
    case MK_BOOL:
    case MK_INT8:
    case MK_UINT8: *size = *align = 1; return;
    case MK_INT16:
    case MK_UINT16: *size = *align = 2; return;
    case MK_INT32:
    case MK_UINT32:
    case MK_FLOAT32: *size = *align = 4; return;
    case MK_COMPLEX64: *size = 8, *align = 4; return;
    case MK_COMPLEX128: *size = 16, *align = 8; return;
    case MK_STRING:
    case MK_INTERFACE: *size = 16, *align = 8; return;
    case MK_SLICE: *size = 24, *align = 8; return;
    case MK_ARRAY: {
        int64_t es, ea;
        go_size_align(t->elem, &es, &ea);
        *size = es * t->len, *align = ea;
        return;
    }
    case MK_STRUCT: {
        int64_t off = 0, maxa = 1;
        for (int i = 0; i < t->nfields; i++) {
            int64_t fs, fa;
            go_size_align(t->fields[i].type, &fs, &fa);
            off = (off + fa - 1) / fa * fa + fs;
            if (fa > maxa) maxa = fa;
        }
        *size = (off + maxa - 1) / maxa * maxa, *align = maxa;
        return;
    }
    default: *size = *align = 8; return;
    }
}

/* Go's malloc size classes (runtime/sizeclasses.go), bytes. */
static const uint16_t size_classes[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,  160,   176,   192,
    208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,  512,   576,   640,
    704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304, 2688,  3072,  3200,
    3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728, 10240, 10880, 12288,
    13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

static uint64_t roundupsize(uint64_t n) {
    if (n <= 32768) {
        int lo = 0, hi = (int)(sizeof size_classes / sizeof size_classes[0]) - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (size_classes[mid] >= n)
                hi = mid;
            else
                lo = mid + 1;
        }
        return size_classes[lo];
    }
    return (n + 8191) & ~(uint64_t)8191;
}

/* growslice's capacity computation (Go 1.19). */
static int64_t grow_cap(const mg_rtype *elem, int64_t oldcap, int64_t needed) {
    int64_t newcap = oldcap, doublecap = oldcap * 2;
    if (needed > doublecap)
        newcap = needed;
    else if (oldcap < 256)
        newcap = doublecap;
    else {
        while (newcap > 0 && newcap < needed)
            newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0) newcap = needed;
    }
    int64_t es, ea;
    go_size_align(elem, &es, &ea);
    if (es == 0) return needed;
    uint64_t mem = roundupsize((uint64_t)newcap * (uint64_t)es);
    return (int64_t)(mem / (uint64_t)es);
}

/* ---------- slices ---------- */

mg_slice mg_slice_make(const mg_rtype *elem, int64_t len, int64_t cap) {
    mg_slice s = {NULL, len, cap};
    s.ptr = mg_alloc_elems(elem, cap);
    return s;
}

/* Room for n more elements (Go's growslice when they do not fit); len is not changed. */
static mg_slice slice_grow(mg_slice s, int64_t n, const mg_rtype *elem, int64_t es) {
    int64_t needed = s.len + n;
    if (needed > s.cap) {
        int64_t cap = grow_cap(elem, s.cap, needed);
        void *p = mg_alloc_elems(elem, cap);
        if (s.len && es) memcpy(p, s.ptr, (size_t)s.len * (size_t)es);
        s.ptr = p;
        s.cap = cap;
    }
    return s;
}

mg_slice mg_slice_append(mg_slice s, const void *elems, int64_t n, const mg_rtype *elem) {
    int64_t es = mg_elem_bytes(elem);
    if (n <= 0) return s;
    s = slice_grow(s, n, elem, es);
    /* elems may alias s (append(s, s...)): memmove. */
    if (es) memmove((uint8_t *)s.ptr + s.len * es, elems, (size_t)n * (size_t)es);
    s.len += n;
    return s;
}

mg_slice mg_slice_append_regs(mg_slice s, const mg_word *regs, int64_t n, const mg_rtype *elem) {
    int ps = mg_packed_size(elem->kind);
    if (!ps) return mg_slice_append(s, regs, n, elem);
    if (n <= 0) return s;
    s = slice_grow(s, n, elem, ps);
    uint8_t *d = (uint8_t *)s.ptr + s.len * ps;
    for (int64_t i = 0; i < n; i++)
        mg_packed_store(d + i * ps, ps, regs[i].u);
    s.len += n;
    return s;
}

int64_t mg_slice_copy(mg_slice dst, mg_slice src, int64_t elem_bytes) {
    int64_t n = dst.len < src.len ? dst.len : src.len;
    if (n > 0 && elem_bytes > 0 && dst.ptr != src.ptr)
        memmove(dst.ptr, src.ptr, (size_t)n * (size_t)elem_bytes);
    return n;
}

/* ---------- equality and hashing ---------- */

static uint64_t hash_float(double f, uint64_t seed) {
    if (f == 0) return mg_hash_word(0, seed); /* +0 and -0 are equal */
    if (f != f) {
        /* NaN != NaN: any hash will do; vary it so NaN keys spread out. */
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return mg_hash_word((uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30),
                            seed ^ (uintptr_t)&ts);
    }
    mg_word w;
    w.f = f;
    return mg_hash_word(w.u, seed);
}

static const mg_word *iface_value_words(const mg_rtype *t, const mg_word *data) {
    return t->words == 1 ? data : (const mg_word *)data->p;
}

bool mg_value_equal(const mg_rtype *t, const mg_word *a, const mg_word *b, const mg_rtype **bad) {
    switch (t->kind) {
    case MK_FLOAT32:
    case MK_FLOAT64: return a[0].f == b[0].f;
    case MK_COMPLEX64:
    case MK_COMPLEX128: return a[0].f == b[0].f && a[1].f == b[1].f;
    case MK_STRING: return mg_str_equal(*(const mg_string *)a, *(const mg_string *)b);
    case MK_INTERFACE: return mg_iface_equal(*(const mg_iface *)a, *(const mg_iface *)b, bad);
    case MK_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const mg_rfield *f = &t->fields[i];
            if (f->name && f->name[0] == '_' && f->name[1] == 0) continue;
            if (!mg_value_equal(f->type, a + f->offset, b + f->offset, bad)) return false;
        }
        return true;
    case MK_ARRAY:
        if (mg_packed_size(t->elem->kind)) /* bool, unsigned: equal iff the same bytes */
            return memcmp(a, b, (size_t)(t->len * mg_packed_size(t->elem->kind))) == 0;
        for (int64_t i = 0; i < t->len; i++)
            if (!mg_value_equal(t->elem, a + i * t->elem->words, b + i * t->elem->words, bad))
                return false;
        return true;
    case MK_SLICE:
    case MK_MAP:
    case MK_FUNC:
        if (bad && !*bad) *bad = t;
        return false;
    default:
        if (t->words == 0) return true;
        return a[0].u == b[0].u;
    }
}

bool mg_iface_equal(mg_iface a, mg_iface b, const mg_rtype **bad) {
    if (!a.tab || !b.tab) return a.tab == b.tab;
    const mg_rtype *t = a.tab->type;
    if (t != b.tab->type) return false;
    if (!t->comparable) {
        if (bad && !*bad) *bad = t;
        return false;
    }
    return mg_value_equal(t, iface_value_words(t, &a.data), iface_value_words(t, &b.data), bad);
}

uint64_t mg_value_hash(const mg_rtype *t, const mg_word *v, uint64_t seed, const mg_rtype **bad) {
    switch (t->kind) {
    case MK_FLOAT32:
    case MK_FLOAT64: return hash_float(v[0].f, seed);
    case MK_COMPLEX64:
    case MK_COMPLEX128: return hash_float(v[1].f, hash_float(v[0].f, seed));
    case MK_STRING: return mg_hash_bytes(v[0].p, v[1].i, seed);
    case MK_INTERFACE: {
        const mg_itab *tab = v[0].p;
        if (!tab) return mg_hash_word(0, seed);
        const mg_rtype *dt = tab->type;
        if (!dt->comparable) {
            if (bad && !*bad) *bad = dt;
            return 0;
        }
        return mg_value_hash(dt, iface_value_words(dt, &v[1]), mg_hash_word((uintptr_t)dt, seed),
                             bad);
    }
    case MK_STRUCT: {
        uint64_t h = seed;
        for (int i = 0; i < t->nfields; i++) {
            const mg_rfield *f = &t->fields[i];
            if (f->name && f->name[0] == '_' && f->name[1] == 0) continue;
            h = mg_value_hash(f->type, v + f->offset, h, bad);
        }
        return h;
    }
    case MK_ARRAY: {
        uint64_t h = seed;
        mg_word tmp;
        for (int64_t i = 0; i < t->len; i++)
            h = mg_value_hash(t->elem, mg_elem_at(t->elem, v, i, &tmp), h, bad);
        return h;
    }
    case MK_SLICE:
    case MK_MAP:
    case MK_FUNC:
        if (bad && !*bad) *bad = t;
        return 0;
    default:
        if (t->words == 0) return mg_hash_word(0, seed);
        return mg_hash_word(v[0].u, seed);
    }
}

/* ---------- interfaces ---------- */

/* The data word of a zero-size value: any valid pointer; never written. */
static const mg_word zero_size_box[1];

mg_word mg_iface_box(const mg_rtype *t, const mg_word *v) {
    mg_word w;
    if (t->words == 1) return v[0];
    if (t->words == 0) {
        w.p = (void *)zero_size_box;
        return w;
    }
    size_t bytes = (size_t)t->words * sizeof(mg_word);
    w.p = t->pointers ? mg_alloc(bytes) : mg_alloc_atomic(bytes);
    memcpy(w.p, v, bytes);
    return w;
}

void mg_iface_unbox(const mg_rtype *t, mg_word data, mg_word *dst) {
    if (t->words == 1)
        dst[0] = data;
    else if (t->words > 1)
        memcpy(dst, data.p, (size_t)t->words * sizeof(mg_word));
}

/* Methods declared on *T appear in T's list for completeness but are not in T's method
 * set: the lookup answers NULL for them. */
const mg_rmethod *mg_rtype_method(const mg_rtype *t, const char *name) {
    int lo = 0, hi = t->nmethods - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(t->methods[mid].name, name);
        if (c == 0) return t->methods[mid].ptr_only ? NULL : &t->methods[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}
