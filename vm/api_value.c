/* api_value.c - values across the embedding boundary (include/minigo.h): the host's
 * mg_value handles, their conversion to a Go type's words, the accessors, and mg_call.
 *
 * A handle whose words may hold pointers is one uncollectable GC block: the collector
 * scans it (so whatever its words point to stays alive) and never frees it; mg_release
 * does. One without (ints, floats, bools, host lists and dicts, whose items are handles
 * of their own) is malloc'd. A typed handle holds
 * a Go value laid out as in registers (value.h) with its rtype; a host handle (type
 * NULL) holds a scalar or string in its words, or a list/dict of other handles, and gets
 * a Go type only when converted for a parameter (to_words), as an untyped constant does
 * when assigned.
 *
 * Threads: conversions allocate from the GC on the host's thread, which must then be
 * known to the collector (its stack holds the only references to new arrays until they
 * are stored): host_enter registers a thread that is not, for the duration.
 */
#include "gc_glue.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "g.h"
#include "map.h"
#include "object.h"
#include "proto.h"
#include "rtype.h"
#include "vm.h"

struct mg_value {
    mg_vm *vm;
    const mg_rtype *type; /* NULL: a host value of kind hkind */
    mg_value_kind hkind;
    bool gc;          /* a GC block (its words may hold pointers), else malloc'd */
    bool inplace;     /* in a caller's buffer (a host call's arguments): not freed */
    char *text;       /* malloc'd NUL-terminated copy (mg_to_string, mg_error_text) */
    int n;            /* host list: items; dict: pairs (keys, then values) */
    mg_value **items; /* malloc'd; each item is its own handle, released with this one */
    bool listed;      /* on vm->hc_handles (its type may hold a channel) */
    struct mg_value *hnext, *hprev; /* that list, under vm->hc_hlock */
    int nwords;
    mg_word w[];
};

/* ---------- handles ---------- */

/* scan: the words may hold GC pointers. A handle without any is plain malloc memory
 * (no collector lock to take: mg_call's results and a host function's ints cost less). */
static mg_value *new_handle(mg_vm *vm, const mg_rtype *t, mg_value_kind hk, int nwords, bool scan) {
    size_t size = sizeof(mg_value) + sizeof(mg_word) * (size_t)nwords;
    /* one-word malloc'd handles reuse the block a host function released last
     * (vm_escape_spare_take: only while a goroutine runs on this thread) */
    mg_value *v = scan ? GC_MALLOC_UNCOLLECTABLE(size) : NULL;
    if (!scan && !(nwords == 1 && (v = vm_escape_spare_take()))) v = malloc(size);
    if (!v) return NULL;
    /* the header field by field, the words zeroed (a call's result handle: the memset
     * of the whole block was a tenth of a small mg_call) */
    *v = (mg_value){.vm = vm, .type = t, .hkind = hk, .gc = scan, .nwords = nwords};
    if (nwords == 1)
        v->w[0].u = 0;
    else if (nwords)
        memset(v->w, 0, sizeof(mg_word) * (size_t)nwords);
    return v;
}

/* A typed handle whose words are set: one whose type may hold a channel goes on the
 * VM's list, which the deadlock check walks (api_chan.c). */
static mg_value *list_handle(mg_value *v) {
    if (!v || !v->type || !v->vm || !vm_chan_type_listed(v->type)) return v;
    mg_vm *vm = v->vm;
    pthread_mutex_lock(&vm->hc_hlock);
    v->listed = true;
    v->hprev = NULL;
    v->hnext = vm->hc_handles;
    if (v->hnext) v->hnext->hprev = v;
    vm->hc_handles = v;
    pthread_mutex_unlock(&vm->hc_hlock);
    return v;
}

/* Off the list: true when it was on it (the deadlock check may now pass). */
static bool unlist_handle(mg_value *v) {
    mg_vm *vm = v->vm;
    if (!v->listed || !vm) return false;
    pthread_mutex_lock(&vm->hc_hlock);
    bool was = v->listed; /* vm_values_detach may have taken it meanwhile */
    if (was) {
        if (v->hprev)
            v->hprev->hnext = v->hnext;
        else
            vm->hc_handles = v->hnext;
        if (v->hnext) v->hnext->hprev = v->hprev;
        v->listed = false;
    }
    pthread_mutex_unlock(&vm->hc_hlock);
    return was;
}

bool vm_values_any_listed(mg_vm *vm, bool (*fn)(void *arg, const mg_rtype *t, const mg_word *w),
                          void *arg) {
    bool found = false;
    pthread_mutex_lock(&vm->hc_hlock);
    for (mg_value *v = vm->hc_handles; v && !found; v = v->hnext)
        found = fn(arg, v->type, v->w);
    pthread_mutex_unlock(&vm->hc_hlock);
    return found;
}

void vm_values_detach(mg_vm *vm) {
    pthread_mutex_lock(&vm->hc_hlock);
    for (mg_value *v = vm->hc_handles, *next; v; v = next) {
        next = v->hnext;
        v->listed = false;
        v->hnext = v->hprev = NULL;
        v->vm = NULL; /* mg_release needs no VM now */
    }
    vm->hc_handles = NULL;
    pthread_mutex_unlock(&vm->hc_hlock);
}

_Static_assert(sizeof(mg_value) + 3 * sizeof(mg_word) <= VM_VALUE_INLINE,
               "a host call's argument handles fit in their buffers");

mg_value *vm_value_typed_in(mg_vm *vm, const mg_rtype *t, const mg_word *w, void *buf) {
    size_t size = sizeof(mg_value) + sizeof(mg_word) * (size_t)t->words;
    if (size > VM_VALUE_INLINE) return vm_value_typed(vm, t, w);
    mg_value *v = buf;
    /* gc: what a mg_retain copy will be */
    *v = (mg_value){.vm = vm, .type = t, .gc = t->pointers, .inplace = true, .nwords = t->words};
    if (t->words == 1) /* the common argument: no call of memcpy */
        v->w[0] = w[0];
    else if (t->words)
        memcpy(v->w, w, sizeof(mg_word) * (size_t)t->words);
    return v;
}

/* A typed handle holding a copy of the value of type t at w. */
static mg_value *typed_handle(mg_vm *vm, const mg_rtype *t, const mg_word *w) {
    mg_value *v = new_handle(vm, t, MG_NIL, t->words, t->pointers);
    if (v && t->words == 1) /* the common result: no call of memcpy */
        v->w[0] = w[0];
    else if (v && t->words)
        memcpy(v->w, w, sizeof(mg_word) * (size_t)t->words);
    return list_handle(v);
}

/* What this thread is to the collector, as far as minigo knows. Asking the collector
 * takes its lock on every call, so the answer is cached per thread:
 *   TLS_REG_UNKNOWN - not asked yet (every new thread);
 *   TLS_REG_OTHERS  - registered by someone else (the process's first thread, an M, a
 *                     host that registers its threads): stays so while the thread lives
 *                     (it would take a host unregistering it behind our back to differ,
 *                     and the collector's own lookup by thread id has the same blind spot);
 *   TLS_REG_OURS    - registered by vm_thread_enter for a call still in progress: nested
 *                     entries (a host function on M0 making values) must neither ask nor
 *                     take it for permanent; back to UNKNOWN when that call leaves. */
enum { TLS_REG_UNKNOWN, TLS_REG_OTHERS, TLS_REG_OURS };
static __thread unsigned char tls_reg;

bool vm_thread_enter(void) {
    if (tls_reg != TLS_REG_UNKNOWN) return false;
    if (GC_thread_is_registered()) {
        tls_reg = TLS_REG_OTHERS;
        return false;
    }
    struct GC_stack_base sb;
    if (GC_get_stack_base(&sb) != GC_SUCCESS || GC_register_my_thread(&sb) != GC_SUCCESS)
        return false;
    tls_reg = TLS_REG_OURS;
    return true;
}

void vm_thread_leave(bool registered) {
    if (!registered) return;
    GC_unregister_my_thread();
    tls_reg = TLS_REG_UNKNOWN;
}

typedef struct host_reg {
    bool registered;
} host_reg;

static host_reg host_enter(void) {
    return (host_reg){vm_thread_enter()};
}

static void host_leave(host_reg r) {
    vm_thread_leave(r.registered);
}

mg_value *mg_new_int(mg_vm *vm, long long x) {
    mg_value *v = new_handle(vm, NULL, MG_INT, 1, false);
    if (v) v->w[0].i = x;
    return v;
}

mg_value *mg_new_uint(mg_vm *vm, unsigned long long x) {
    mg_value *v = new_handle(vm, NULL, MG_UINT, 1, false);
    if (v) v->w[0].u = x;
    return v;
}

mg_value *mg_new_float(mg_vm *vm, double x) {
    mg_value *v = new_handle(vm, NULL, MG_FLOAT, 1, false);
    if (v) v->w[0].f = x;
    return v;
}

mg_value *mg_new_bool(mg_vm *vm, int x) {
    mg_value *v = new_handle(vm, NULL, MG_BOOL, 1, false);
    if (v) v->w[0].u = x != 0;
    return v;
}

mg_value *mg_new_string(mg_vm *vm, const char *s, size_t len) {
    mg_value *v = new_handle(vm, NULL, MG_STRING, 2, true);
    if (!v) return NULL;
    host_reg r = host_enter();
    mg_string str = mg_str_from_bytes(s, len);
    host_leave(r);
    memcpy(v->w, &str, sizeof str);
    return v;
}

mg_value *mg_new_nil(mg_vm *vm) {
    return new_handle(vm, NULL, MG_NIL, 0, false);
}

static mg_value *host_composite(mg_vm *vm, mg_value_kind k, int n, int nitems, mg_value *const *a,
                                mg_value *const *b) {
    mg_value *v = new_handle(vm, NULL, k, 0, false);
    if (!v) return NULL;
    v->n = n;
    v->items = calloc((size_t)(nitems ? nitems : 1), sizeof *v->items);
    for (int i = 0; i < nitems; i++) {
        mg_value *src = i < n ? a[i] : b[i - n];
        v->items[i] = src ? mg_retain(src) : mg_new_nil(vm);
    }
    return v;
}

mg_value *mg_new_list(mg_vm *vm, int n, mg_value *const *items) {
    return host_composite(vm, MG_SLICE, n, n, items, NULL);
}

mg_value *mg_new_dict(mg_vm *vm, int n, mg_value *const *keys, mg_value *const *vals) {
    return host_composite(vm, MG_MAP, n, 2 * n, keys, vals);
}

mg_value *mg_retain(mg_value *v) {
    if (!v) return NULL;
    mg_value *c = new_handle(v->vm, v->type, v->hkind, v->nwords, v->gc);
    if (!c) return NULL;
    memcpy(c->w, v->w, sizeof(mg_word) * (size_t)v->nwords);
    if (v->items) {
        int ni = v->hkind == MG_MAP ? 2 * v->n : v->n;
        c->n = v->n;
        c->items = calloc((size_t)(ni ? ni : 1), sizeof *c->items);
        for (int i = 0; i < ni; i++)
            c->items[i] = mg_retain(v->items[i]);
    }
    return list_handle(c);
}

void mg_release(mg_value *v) {
    if (!v) return;
    if (v->items) {
        int ni = v->hkind == MG_MAP ? 2 * v->n : v->n;
        for (int i = 0; i < ni; i++)
            mg_release(v->items[i]);
        free(v->items);
    }
    if (v->text) free(v->text);
    mg_vm *vm = v->vm;
    bool recheck = unlist_handle(v);
    if (v->inplace)
        v->text = NULL, v->items = NULL;
    else if (v->gc)
        GC_FREE(v);
    else if (v->nwords != 1 || !vm_escape_spare_keep(v))
        free(v);
    if (recheck) vm_chan_released(vm);
}

/* ---------- converting to a Go type ---------- */

/* A conversion's context. Made with conv_init, not an initialiser: zeroing err on every
 * conversion was a fifth of a host call's cost. */
typedef struct conv {
    mg_vm *vm;
    char err[256];
} conv;

static inline void conv_init(conv *c, mg_vm *vm) {
    c->vm = vm;
    c->err[0] = 0;
}

static bool conv_fail(conv *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool conv_fail(conv *c, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err, sizeof c->err, fmt, ap);
    va_end(ap);
    return false;
}

static const char *host_kind_name(mg_value_kind k) {
    switch (k) {
    case MG_NIL: return "nil";
    case MG_BOOL: return "untyped bool";
    case MG_INT: return "untyped int";
    case MG_UINT: return "untyped uint";
    case MG_FLOAT: return "untyped float";
    case MG_STRING: return "untyped string";
    case MG_SLICE: return "list";
    case MG_MAP: return "dict";
    default: return "value";
    }
}

const char *mg_type_name(const mg_value *v) {
    if (!v) return "";
    return v->type ? v->type->name : host_kind_name(v->hkind);
}

static bool is_signed(mg_kind k) {
    return k >= MK_INT && k <= MK_INT64;
}

static bool is_unsigned(mg_kind k) {
    return k >= MK_UINT && k <= MK_UINTPTR;
}

static bool int_fits(mg_kind k, bool neg, uint64_t mag_or_u, int64_t sv) {
    switch (k) {
    case MK_INT8: return sv >= INT8_MIN && sv <= INT8_MAX && !(!neg && mag_or_u > INT8_MAX);
    case MK_INT16: return sv >= INT16_MIN && sv <= INT16_MAX && !(!neg && mag_or_u > INT16_MAX);
    case MK_INT32: return sv >= INT32_MIN && sv <= INT32_MAX && !(!neg && mag_or_u > INT32_MAX);
    case MK_INT:
    case MK_INT64: return neg || mag_or_u <= INT64_MAX;
    case MK_UINT8: return !neg && mag_or_u <= UINT8_MAX;
    case MK_UINT16: return !neg && mag_or_u <= UINT16_MAX;
    case MK_UINT32: return !neg && mag_or_u <= UINT32_MAX;
    default: return !neg; /* uint, uint64, uintptr */
    }
}

static bool to_words(conv *c, const mg_rtype *t, const mg_value *v, mg_word *dst);

/* The rtype a host scalar takes in an interface (Go's default types). */
static const mg_rtype *default_type(mg_vm *vm, mg_value_kind k) {
    const char *n = k == MG_BOOL     ? "bool"
                    : k == MG_INT    ? "int"
                    : k == MG_UINT   ? "uint"
                    : k == MG_FLOAT  ? "float64"
                    : k == MG_STRING ? "string"
                                     : NULL;
    return n ? mg_program_rtype(vm->prog, n) : NULL;
}

/* v (typed t0, words w) into interface type t. */
static bool box_into(conv *c, const mg_rtype *t, const mg_rtype *t0, const mg_word *w,
                     mg_word *dst) {
    if (t0->kind == MK_INTERFACE) { /* interface to interface: its dynamic value */
        const mg_iface *in = (const mg_iface *)w;
        if (!in->tab) {
            dst[0].p = dst[1].p = NULL;
            return true;
        }
        t0 = in->tab->type;
        mg_word tmp[t0->words ? t0->words : 1];
        mg_iface_unbox(t0, in->data, tmp);
        return box_into(c, t, t0, tmp, dst);
    }
    const mg_itab *tab =
        t->nimethods == 0 ? &t0->self_itab : vm_itab_lookup(c->vm->prog->itabs, t0, t);
    if (!tab)
        return conv_fail(c, "%s does not implement %s (%s)", t0->name, t->name,
                         vm_missing_method(t0, t));
    dst[0].p = (void *)tab;
    dst[1] = mg_iface_box(t0, w);
    return true;
}

static bool typed_to_words(conv *c, const mg_rtype *t, const mg_value *v, mg_word *dst) {
    const mg_rtype *t0 = v->type;
    if (t0 == t || strcmp(t0->name, t->name) == 0) {
        memcpy(dst, v->w, sizeof(mg_word) * (size_t)t->words);
        return true;
    }
    /* a bidirectional channel is assignable to a directional one of its element type */
    if (t->kind == MK_CHAN && t0->kind == MK_CHAN && t0->chan_dir == CHAN_BOTH &&
        strcmp(t0->elem->name, t->elem->name) == 0) {
        dst[0] = v->w[0];
        return true;
    }
    if (t->kind == MK_INTERFACE) return box_into(c, t, t0, v->w, dst);
    /* numbers convert between widths as host numbers do */
    mg_value tmp = {.vm = v->vm, .nwords = 1};
    if (is_signed(t0->kind))
        tmp.hkind = MG_INT;
    else if (is_unsigned(t0->kind))
        tmp.hkind = MG_UINT;
    else if (t0->kind == MK_FLOAT32 || t0->kind == MK_FLOAT64)
        tmp.hkind = MG_FLOAT;
    else
        return conv_fail(c, "cannot use %s as %s", t0->name, t->name);
    mg_value *hv = new_handle(v->vm, NULL, tmp.hkind, 1, false);
    if (!hv) return conv_fail(c, "out of memory");
    hv->w[0] = v->w[0];
    bool ok = to_words(c, t, hv, dst);
    mg_release(hv);
    return ok;
}

static const mg_rfield *find_field(const mg_rtype *st, const char *name, size_t len) {
    for (int i = 0; i < st->nfields; i++)
        if (st->fields[i].name && strlen(st->fields[i].name) == len &&
            memcmp(st->fields[i].name, name, len) == 0)
            return &st->fields[i];
    return NULL;
}

static bool dict_to_struct(conv *c, const mg_rtype *st, const mg_value *v, mg_word *dst) {
    for (int i = 0; i < v->n; i++) {
        const mg_value *k = v->items[i];
        bool is_str = k->type ? k->type->kind == MK_STRING : k->hkind == MG_STRING;
        if (!is_str) return conv_fail(c, "a dict for %s needs string keys", st->name);
        const mg_string *s = (const mg_string *)k->w;
        const mg_rfield *f = find_field(st, (const char *)s->ptr, (size_t)s->len);
        if (!f)
            return conv_fail(c, "%s has no field %.*s", st->name, (int)s->len,
                             (const char *)s->ptr);
        if (!to_words(c, f->type, v->items[v->n + i], dst + f->offset)) return false;
    }
    return true;
}

static bool to_words(conv *c, const mg_rtype *t, const mg_value *v, mg_word *dst);

/* Element i of an array or slice backing store at base (packed kinds packed). */
static bool elem_to_words(conv *c, const mg_rtype *e, const mg_value *v, mg_word *base, int i) {
    int ps = mg_packed_size(e->kind);
    if (!ps) return to_words(c, e, v, base + (size_t)i * (size_t)e->words);
    mg_word tmp;
    if (!to_words(c, e, v, &tmp)) return false;
    mg_packed_store((uint8_t *)base + (size_t)i * (size_t)ps, ps, tmp.u);
    return true;
}

static bool to_words(conv *c, const mg_rtype *t, const mg_value *v, mg_word *dst) {
    /* the common case first, without the clearing and the switch: a host int for an int
     * (mg_new_int for mg_call's arguments and a host function's results) */
    if (v && !v->type && v->hkind == MG_INT && (t->kind == MK_INT || t->kind == MK_INT64)) {
        dst[0].i = v->w[0].i;
        return true;
    }
    memset(dst, 0, sizeof(mg_word) * (size_t)t->words);
    if (!v) return conv_fail(c, "NULL value");
    if (v->type) return typed_to_words(c, t, v, dst);
    mg_kind k = t->kind;
    switch (v->hkind) {
    case MG_NIL:
        if (k == MK_POINTER || k == MK_SLICE || k == MK_MAP || k == MK_CHAN || k == MK_FUNC ||
            k == MK_INTERFACE || k == MK_UNSAFEPTR)
            return true;
        break;
    case MG_BOOL:
        if (k == MK_BOOL) {
            dst[0].u = v->w[0].u;
            return true;
        }
        break;
    case MG_INT:
    case MG_UINT: {
        bool neg = v->hkind == MG_INT && v->w[0].i < 0;
        uint64_t u = v->w[0].u;
        if (is_signed(k) || is_unsigned(k)) {
            if (!int_fits(k, neg, u, v->hkind == MG_INT ? v->w[0].i : (int64_t)(u >> 1)))
                return conv_fail(c, "%s%llu overflows %s", neg ? "-" : "",
                                 neg ? (unsigned long long)-(u) : (unsigned long long)u, t->name);
            dst[0].u = u;
            return true;
        }
        if (k == MK_FLOAT32 || k == MK_FLOAT64) {
            double f = v->hkind == MG_INT ? (double)v->w[0].i : (double)u;
            dst[0].f = k == MK_FLOAT32 ? (double)(float)f : f;
            return true;
        }
        break;
    }
    case MG_FLOAT:
        if (k == MK_FLOAT32 || k == MK_FLOAT64) {
            dst[0].f = k == MK_FLOAT32 ? (double)(float)v->w[0].f : v->w[0].f;
            return true;
        }
        break;
    case MG_STRING:
        if (k == MK_STRING) {
            dst[0] = v->w[0];
            dst[1] = v->w[1];
            return true;
        }
        break;
    case MG_SLICE:
        if (k == MK_SLICE) {
            const mg_rtype *e = t->elem;
            mg_word *a = v->n ? mg_alloc_elems(e, v->n) : NULL;
            for (int i = 0; i < v->n; i++)
                if (!elem_to_words(c, e, v->items[i], a, i)) return false;
            dst[0].p = a;
            dst[1].i = dst[2].i = v->n;
            return true;
        }
        if (k == MK_ARRAY) {
            if (v->n != t->len) return conv_fail(c, "a list of %d for %s", v->n, t->name);
            for (int i = 0; i < v->n; i++)
                if (!elem_to_words(c, t->elem, v->items[i], dst, i)) return false;
            return true;
        }
        break;
    case MG_MAP:
        if (k == MK_MAP) {
            mg_map *m = mg_map_new(t->key, t->elem, v->n);
            int kw = t->key->words, ew = t->elem->words;
            mg_word key[kw ? kw : 1], val[ew ? ew : 1];
            for (int i = 0; i < v->n; i++) {
                const mg_rtype *bad = NULL;
                if (!to_words(c, t->key, v->items[i], key) ||
                    !to_words(c, t->elem, v->items[v->n + i], val))
                    return false;
                mg_word *slot = mg_map_set(m, key, &bad);
                if (bad) return conv_fail(c, "hash of unhashable type %s", bad->name);
                memcpy(slot, val, sizeof(mg_word) * (size_t)ew);
            }
            dst[0].p = m;
            return true;
        }
        if (k == MK_STRUCT) return dict_to_struct(c, t, v, dst);
        if (k == MK_POINTER && t->elem->kind == MK_STRUCT) {
            mg_word *obj = mg_alloc_words(t->elem, 1);
            if (!dict_to_struct(c, t->elem, v, obj)) return false;
            dst[0].p = obj;
            return true;
        }
        break;
    default: break;
    }
    if (k == MK_INTERFACE) {
        const mg_rtype *dt = default_type(c->vm, v->hkind);
        if (dt) {
            mg_word tmp[2];
            if (!to_words(c, dt, v, tmp)) return false;
            return box_into(c, t, dt, tmp, dst);
        }
    }
    return conv_fail(c, "cannot use %s as %s", host_kind_name(v->hkind), t->name);
}

mg_value *vm_value_typed(mg_vm *vm, const mg_rtype *t, const mg_word *w) {
    return typed_handle(vm, t, w);
}

static inline bool value_word(const mg_rtype *t, const mg_value *v, mg_word *dst) {
    if (!v) return false;
    if (v->type ? v->type == t && t->words == 1
                : v->hkind == MG_INT && (t->kind == MK_INT || t->kind == MK_INT64)) {
        dst[0] = v->w[0];
        return true;
    }
    return false;
}

bool vm_value_word(const mg_rtype *t, const mg_value *v, mg_word *dst) {
    return value_word(t, v, dst);
}

bool vm_value_to_words(mg_vm *vm, const mg_rtype *t, const mg_value *v, mg_word *dst, char *err,
                       size_t errlen) {
    conv c;
    conv_init(&c, vm);
    bool ok = to_words(&c, t, v, dst);
    if (!ok) snprintf(err, errlen, "%s", c.err);
    return ok;
}

/* ---------- accessors ---------- */

static const mg_word *view(const mg_value *v, const mg_rtype **t);

struct rt_chan *vm_value_chan(const mg_value *v, const mg_rtype **type) {
    const mg_rtype *t;
    const mg_word *w = view(v, &t);
    if (!w || !t || t->kind != MK_CHAN) return NULL;
    *type = t; /* also for a nil channel */
    return w[0].p;
}

/* The value v shows: an interface's dynamic value (its type and words, in buf when the
 * value is boxed in one word), else v itself. *t is NULL for a host value or nil. */
static const mg_word *view(const mg_value *v, const mg_rtype **t) {
    *t = v ? v->type : NULL;
    if (!v) return NULL;
    if (*t && (*t)->kind == MK_INTERFACE) {
        const mg_iface *in = (const mg_iface *)v->w;
        if (!in->tab) {
            *t = NULL;
            return NULL;
        }
        *t = in->tab->type;
        return (*t)->words == 1 ? &in->data : (const mg_word *)in->data.p;
    }
    return v->w;
}

static bool is_error_iface(const mg_rtype *t) {
    return t && t->kind == MK_INTERFACE && strcmp(t->name, "error") == 0;
}

mg_value_kind mg_kind_of(const mg_value *v) {
    if (!v) return MG_NIL;
    if (!v->type) return v->hkind;
    const mg_rtype *t;
    const mg_word *w = view(v, &t);
    if (!t) return MG_NIL;
    if (is_error_iface(v->type)) return MG_ERROR;
    switch (t->kind) {
    case MK_BOOL: return MG_BOOL;
    case MK_FLOAT32:
    case MK_FLOAT64: return MG_FLOAT;
    case MK_STRING: return MG_STRING;
    case MK_SLICE: return w[0].p || w[1].i ? MG_SLICE : MG_NIL;
    case MK_ARRAY: return MG_ARRAY;
    case MK_MAP: return w[0].p ? MG_MAP : MG_NIL;
    case MK_STRUCT: return MG_STRUCT;
    case MK_POINTER: return w[0].p ? MG_POINTER : MG_NIL;
    case MK_FUNC: return w[0].p ? MG_FUNC : MG_NIL;
    case MK_CHAN: return w[0].p ? MG_CHAN : MG_NIL;
    default:
        if (is_signed(t->kind)) return MG_INT;
        if (is_unsigned(t->kind)) return MG_UINT;
        return MG_OTHER;
    }
}

/* The value as a number: 0 int, 1 uint, 2 float, -1 not a number. */
static int number(const mg_value *v, mg_word *out) {
    const mg_rtype *t;
    const mg_word *w = view(v, &t);
    if (!w) return -1;
    mg_value_kind k = t ? mg_kind_of(v) : v->hkind;
    if (t && t->kind == MK_BOOL) return -1;
    *out = w[0];
    return k == MG_INT ? 0 : k == MG_UINT ? 1 : k == MG_FLOAT ? 2 : -1;
}

long long mg_to_int(const mg_value *v) {
    /* a typed int (a call's result) or a host int, without the view and kind walk */
    if (v && (v->type ? v->type->kind >= MK_INT && v->type->kind <= MK_INT64 : v->hkind == MG_INT))
        return v->w[0].i;
    mg_word w;
    switch (number(v, &w)) {
    case 0: return w.i;
    case 1: return (long long)w.u;
    case 2: return (long long)w.f;
    default: return 0;
    }
}

unsigned long long mg_to_uint(const mg_value *v) {
    mg_word w;
    switch (number(v, &w)) {
    case 0: return (unsigned long long)w.i;
    case 1: return w.u;
    case 2: return (unsigned long long)w.f;
    default: return 0;
    }
}

double mg_to_float(const mg_value *v) {
    mg_word w;
    switch (number(v, &w)) {
    case 0: return (double)w.i;
    case 1: return (double)w.u;
    case 2: return w.f;
    default: return 0;
    }
}

int mg_to_bool(const mg_value *v) {
    const mg_rtype *t;
    const mg_word *w = view(v, &t);
    bool is_bool = t ? t->kind == MK_BOOL : v && v->hkind == MG_BOOL;
    return is_bool && w[0].u ? 1 : 0;
}

static const char *keep_text(mg_value *v, const char *p, size_t n) {
    free(v->text);
    v->text = malloc(n + 1);
    if (!v->text) return NULL;
    if (n) memcpy(v->text, p, n); /* an empty string's pointer may be NULL */
    v->text[n] = 0;
    return v->text;
}

const char *mg_to_string(mg_value *v, size_t *len) {
    const mg_rtype *t;
    const mg_word *w = view(v, &t);
    bool is_str = t ? t->kind == MK_STRING : v && v->hkind == MG_STRING;
    if (!is_str) return NULL;
    const mg_string *s = (const mg_string *)w;
    if (len) *len = (size_t)s->len;
    return keep_text(v, (const char *)s->ptr, (size_t)s->len);
}

long long mg_len(const mg_value *v) {
    const mg_rtype *t;
    const mg_word *w = view(v, &t);
    if (!v) return -1;
    if (!t) {
        if (v->hkind == MG_STRING) return v->w[1].i;
        return v->hkind == MG_SLICE || v->hkind == MG_MAP ? v->n : v->type ? 0 : -1;
    }
    switch (t->kind) {
    case MK_STRING:
    case MK_SLICE: return w[1].i;
    case MK_ARRAY: return t->len;
    case MK_MAP: return mg_map_len(w[0].p);
    default: return -1;
    }
}

mg_value *mg_index(const mg_value *v, long long i) {
    const mg_rtype *t;
    const mg_word *w = view(v, &t);
    if (!v || i < 0) return NULL;
    if (!t) return v->hkind == MG_SLICE && i < v->n ? mg_retain(v->items[i]) : NULL;
    mg_word tmp; /* a packed element's word (vm/value.h) */
    if (t->kind == MK_SLICE && i < w[1].i)
        return typed_handle(v->vm, t->elem, mg_elem_at(t->elem, w[0].p, i, &tmp));
    if (t->kind == MK_ARRAY && i < t->len)
        return typed_handle(v->vm, t->elem, mg_elem_at(t->elem, w, i, &tmp));
    return NULL;
}

mg_value *mg_field(const mg_value *v, const char *name) {
    const mg_rtype *t;
    const mg_word *w = view(v, &t);
    if (!t) return NULL;
    if (t->kind == MK_POINTER && t->elem->kind == MK_STRUCT) {
        if (!w[0].p) return NULL;
        w = w[0].p;
        t = t->elem;
    }
    if (t->kind != MK_STRUCT) return NULL;
    const mg_rfield *f = find_field(t, name, strlen(name));
    return f ? typed_handle(v->vm, f->type, w + f->offset) : NULL;
}

mg_value *mg_deref(const mg_value *v) {
    const mg_rtype *t;
    const mg_word *w = view(v, &t);
    if (!t || t->kind != MK_POINTER || !w[0].p) return NULL;
    const mg_rtype *e = t->elem;
    if (e->kind == MK_ARRAY && mg_packed_size(e->elem->kind)) {
        /* a *[N]T of a packed T may be a slice converted at any byte: copy only its N
         * elements (new_handle zeroes the padding), as LOADPK does */
        mg_value *h = new_handle(v->vm, e, MG_NIL, e->words, false);
        if (h && e->words) memcpy(h->w, w[0].p, (size_t)(e->len * mg_packed_size(e->elem->kind)));
        return h;
    }
    return typed_handle(v->vm, e, w[0].p);
}

mg_value *mg_lookup(const mg_value *m, const mg_value *key) {
    const mg_rtype *t;
    const mg_word *w = view(m, &t);
    if (!t) {
        /* a host dict: keys compare by kind and words (ints, strings) */
        if (!m || m->hkind != MG_MAP || !key) return NULL;
        for (int i = 0; i < m->n; i++) {
            const mg_value *k = m->items[i];
            if (k->nwords != key->nwords || mg_kind_of(k) != mg_kind_of(key)) continue;
            if (mg_kind_of(k) == MG_STRING) {
                const mg_string *a = (const mg_string *)k->w, *b = (const mg_string *)key->w;
                if (a->len == b->len && memcmp(a->ptr, b->ptr, (size_t)a->len) == 0)
                    return mg_retain(m->items[m->n + i]);
            } else if (memcmp(k->w, key->w, sizeof(mg_word) * (size_t)k->nwords) == 0) {
                return mg_retain(m->items[m->n + i]);
            }
        }
        return NULL;
    }
    if (t->kind != MK_MAP || !w[0].p) return NULL;
    conv c;
    conv_init(&c, m->vm);
    mg_word kw[t->key->words ? t->key->words : 1];
    host_reg r = host_enter();
    mg_word *val = NULL;
    if (to_words(&c, t->key, key, kw)) {
        const mg_rtype *bad = NULL;
        val = mg_map_get(w[0].p, kw, &bad);
    }
    host_leave(r);
    return val ? typed_handle(m->vm, t->elem, val) : NULL;
}

mg_value *mg_keys(const mg_value *m) {
    const mg_rtype *t;
    const mg_word *w = view(m, &t);
    if (!t)
        return m && m->hkind == MG_MAP ? host_composite(m->vm, MG_SLICE, m->n, m->n, m->items, NULL)
                                       : NULL;
    if (t->kind != MK_MAP) return NULL;
    int n = (int)mg_map_len(w[0].p);
    mg_value *list = new_handle(m->vm, NULL, MG_SLICE, 0, false);
    if (!list) return NULL;
    list->items = calloc((size_t)(n ? n : 1), sizeof *list->items);
    mg_map_iter it;
    mg_map_iter_init(&it, w[0].p, vm_rand(m->vm));
    mg_word *k, *val;
    while (list->n < n && mg_map_iter_next(&it, &k, &val))
        list->items[list->n++] = typed_handle(m->vm, t->key, k);
    return list;
}

/* ---------- calls ---------- */

/* Runs fn (argument words args) to completion as goroutine 1; on MG_OK its result words
 * are at the bottom of vm->main_g's stack. Reports go to mg_error only. */
static mg_status call_func(mg_vm *vm, const mg_func *fn, const mg_word *args, int nargs) {
    int code;
    vm->call_quiet = true;
    mg_status st = vm_run_entry(vm, fn, args, nargs, &code);
    vm->call_quiet = false;
    if (st == MG_OK && vm->exiting && !vm->main_done) {
        char msg[96];
        snprintf(msg, sizeof msg, "minigo: os.Exit(%d) called during mg_call\n", code);
        vm_set_error(vm, msg, strlen(msg));
        st = MG_ERR_RUNTIME;
        atomic_store(&vm->end_status, st);
    }
    return st;
}

mg_status vm_call_run(mg_vm *vm, const mg_func *fn, const mg_word *args, bool direct) {
    if (!direct) return call_func(vm, fn, args, fn->param_words);
    vm->call_quiet = true;
    mg_status st = vm_call_direct(vm, fn, args, fn->param_words);
    vm->call_quiet = false;
    return st;
}

const char *mg_error_text(mg_value *v) {
    if (!v || !is_error_iface(v->type)) return NULL;
    const mg_iface *in = (const mg_iface *)v->w;
    if (!in->tab) return NULL;
    if (v->text) return v->text;
    const mg_rmethod *m = mg_rtype_method(in->tab->type, "Error");
    if (!m || !m->ifn) return NULL;
    mg_vm *vm = v->vm;
    mg_word recv = in->data;
    if (call_func(vm, m->ifn, &recv, 1) != MG_OK) return NULL;
    const mg_string *s = (const mg_string *)vm->main_g->stack;
    return keep_text(v, (const char *)s->ptr, (size_t)s->len);
}

static mg_status call_error(mg_vm *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static mg_status call_error(mg_vm *vm, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(msg, sizeof msg - 1, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if (n > (int)sizeof msg - 2) n = (int)sizeof msg - 2;
    msg[n++] = '\n';
    vm_set_error(vm, msg, (size_t)n);
    return MG_ERR_STATE;
}

mg_status mg_call(mg_vm *vm, const char *name, int nargs, mg_value *const *args, int nres,
                  mg_value **res) {
    if (!vm) return MG_ERR_STATE;
    if (!vm->prog) return call_error(vm, "minigo: no program loaded");
    bool direct = false;
    const mg_func *fn = vm_call_lookup(vm, name, &direct);
    if (!fn || !fn->type) return call_error(vm, "minigo: no function main.%s", name);
    const mg_rtype *ft = fn->type;
    if (nargs != ft->nparams)
        return call_error(vm, "minigo: main.%s takes %d arguments, not %d", name, ft->nparams,
                          nargs);
    if (nres != ft->nresults)
        return call_error(vm, "minigo: main.%s returns %d results, not %d", name, ft->nresults,
                          nres);
    direct = direct && vm->inited; /* the lookup asked the options */
    host_reg r = host_enter();
    /* A direct run reads the argument words from this thread's stack (the collector scans
     * it); a scheduled one may read them on other threads: uncollectable then, as the
     * converted words are referenced from nowhere else until the run. */
    mg_word small[16];
    mg_word *aw = direct && fn->param_words <= 16
                      ? small
                      : GC_MALLOC_UNCOLLECTABLE(sizeof(mg_word) * (size_t)(fn->param_words + 1));
    conv c;
    conv_init(&c, vm);
    mg_status st = MG_OK;
    for (int i = 0, off = 0; i < nargs && st == MG_OK; i++) {
        if (!value_word(ft->params[i], args[i], aw + off) &&
            !to_words(&c, ft->params[i], args[i], aw + off))
            st = call_error(vm, "minigo: main.%s: argument %d: %s", name, i + 1, c.err);
        off += ft->params[i]->words;
    }
    if (st == MG_OK) st = vm_call_run(vm, fn, aw, direct);
    if (st == MG_OK) {
        const mg_word *rw = vm->main_g->stack;
        for (int i = 0; i < nres; i++) {
            res[i] = typed_handle(vm, ft->results[i], rw);
            rw += ft->results[i]->words;
        }
    }
    if (aw != small) GC_FREE(aw);
    host_leave(r);
    return st;
}
