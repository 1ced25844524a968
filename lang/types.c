/* types.c - the type representation: predeclared types, hash-consing
 * constructors for unnamed composite types, predicates, Go's spelling of
 * types, and method lookup through embedding.
 *
 * Invariants:
 *  - Identical unnamed types are the same pointer: every constructor looks the
 *    type up in one process-wide table (guarded by a mutex) before creating it.
 *    Types are immutable once returned, except a named type, whose structure is
 *    copied from its underlying type exactly once (type_set_underlying).
 *  - The predeclared types are created once per process (pthread_once).
 */
#include "types.h"
#include "arena.h"

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/object.h"

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
Type *ty_complex64, *ty_complex128, *ty_untyped_complex;
Type *ty_float32, *ty_float64, *ty_string, *ty_error, *ty_any, *ty_invalid;
Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float, *ty_untyped_string,
    *ty_untyped_nil, *ty_unsafeptr;

/* ---------- hash-consing table ---------- */

#define HASH_BUCKETS 4096
static Type **hash_table; /* lives as long as the process (ar_process_alloc) */
static pthread_mutex_t hash_lock = PTHREAD_MUTEX_INITIALIZER;

/* Unnamed types that mention a program's named types must die with that
 * program: a host that compiles many programs must not grow without bound.
 * So a build installs its own table on its thread for its duration
 * (types_use_table); only types made outside any build (the predeclared ones,
 * `error`, `any`) go into the process table above. */
struct TypeTable {
    Type *buckets[HASH_BUCKETS];
};
static __thread TypeTable *build_table; /* referenced by the build, so GC-reachable */

TypeTable *types_table_new(void) {
    return ar_alloc(sizeof(TypeTable));
}

TypeTable *types_use_table(TypeTable *t) {
    TypeTable *old = build_table;
    build_table = t;
    return old;
}

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

static uint64_t hash_ptr(uint64_t h, const void *p) {
    return mix(h, (uint64_t)(uintptr_t)p);
}

static uint64_t hash_str(uint64_t h, const char *s) {
    if (!s) return mix(h, 0);
    while (*s)
        h = mix(h, (unsigned char)*s++);
    return h;
}

static uint64_t type_hash(const Type *t) {
    uint64_t h = mix(0, (uint64_t)t->kind);
    h = hash_ptr(h, t->elem);
    h = hash_ptr(h, t->key);
    h = mix(h, (uint64_t)t->len);
    h = mix(h, (uint64_t)t->chan_dir);
    h = mix(h, (uint64_t)t->variadic);
    for (int i = 0; i < t->nfields; i++) {
        h = hash_str(h, t->fields[i].name);
        h = hash_ptr(h, t->fields[i].type);
        h = mix(h, t->fields[i].embedded);
        h = hash_str(h, t->fields[i].tag);
    }
    for (int i = 0; i < t->nparams; i++)
        h = hash_ptr(h, t->params[i]);
    h = mix(h, (uint64_t)t->nparams);
    for (int i = 0; i < t->nresults; i++)
        h = hash_ptr(h, t->results[i]);
    h = mix(h, (uint64_t)t->nresults);
    for (int i = 0; i < t->nimethods; i++) {
        h = hash_str(h, t->imethods[i].name);
        h = hash_ptr(h, t->imethods[i].type);
    }
    return h;
}

static bool str_eq(const char *a, const char *b) {
    if (!a || !b) return a == b;
    return strcmp(a, b) == 0;
}

static bool type_same_shape(const Type *a, const Type *b) {
    if (a->kind != b->kind || a->elem != b->elem || a->key != b->key || a->len != b->len ||
        a->chan_dir != b->chan_dir || a->variadic != b->variadic || a->nfields != b->nfields ||
        a->nparams != b->nparams || a->nresults != b->nresults || a->nimethods != b->nimethods)
        return false;
    for (int i = 0; i < a->nfields; i++) {
        const Field *x = &a->fields[i], *y = &b->fields[i];
        if (!str_eq(x->name, y->name) || x->type != y->type || x->embedded != y->embedded ||
            !str_eq(x->tag, y->tag))
            return false;
    }
    for (int i = 0; i < a->nparams; i++)
        if (a->params[i] != b->params[i]) return false;
    for (int i = 0; i < a->nresults; i++)
        if (a->results[i] != b->results[i]) return false;
    for (int i = 0; i < a->nimethods; i++)
        if (!str_eq(a->imethods[i].name, b->imethods[i].name) ||
            a->imethods[i].type != b->imethods[i].type)
            return false;
    return true;
}

/* Returns the canonical copy of the unnamed type described by *proto. The
 * arrays proto points to must already be stable (GC-allocated, not modified). */
static Type *intern_type(Type *proto) {
    uint64_t h = type_hash(proto);
    size_t b = (size_t)(h % HASH_BUCKETS);
    TypeTable *bt = build_table;
    pthread_mutex_lock(&hash_lock);
    /* not scanned: it holds only uncollectable types */
    if (!hash_table) hash_table = ar_process_alloc(sizeof(Type *) * HASH_BUCKETS);
    /* The process table first: a build sees the predeclared composites too. */
    for (Type *t = hash_table[b]; t; t = t->hash_next) {
        if (type_same_shape(t, proto)) {
            pthread_mutex_unlock(&hash_lock);
            return t;
        }
    }
    if (bt)
        for (Type *t = bt->buckets[b]; t; t = t->hash_next)
            if (type_same_shape(t, proto)) {
                pthread_mutex_unlock(&hash_lock);
                return t;
            }
    Type *t = bt ? ar_alloc(sizeof *t) : mg_alloc_uncollectable(sizeof *t);
    *t = *proto;
    t->underlying = t;
    t->named = NULL;
    Type **bucket = bt ? &bt->buckets[b] : &hash_table[b];
    t->hash_next = *bucket;
    *bucket = t;
    pthread_mutex_unlock(&hash_lock);
    return t;
}

static void *dup_array(const void *p, size_t bytes) {
    if (!bytes || !p) return NULL;
    void *q = ar_alloc(bytes);
    memcpy(q, p, bytes);
    return q;
}

/* ---------- constructors ---------- */

Type *type_slice(Type *elem) {
    Type p = {.kind = TY_SLICE, .elem = elem, .words = 3};
    return intern_type(&p);
}

Type *type_array(Type *elem, int64_t len) {
    Type p = {.kind = TY_ARRAY, .elem = elem, .len = len};
    int ps = type_packed_size(elem);
    p.words = ps ? (int)((len * ps + 7) / 8) : (int)(len * (elem ? elem->words : 0));
    return intern_type(&p);
}

Type *type_pointer(Type *elem) {
    Type p = {.kind = TY_POINTER, .elem = elem, .words = 1};
    return intern_type(&p);
}

Type *type_map(Type *key, Type *val) {
    Type p = {.kind = TY_MAP, .key = key, .elem = val, .words = 1};
    return intern_type(&p);
}

Type *type_chan(Type *elem, int dir) {
    Type p = {.kind = TY_CHAN, .elem = elem, .chan_dir = dir, .words = 1};
    return intern_type(&p);
}

Type *type_func(Type **params, int nparams, Type **results, int nresults, bool variadic) {
    Type p = {.kind = TY_FUNC,
              .nparams = nparams,
              .nresults = nresults,
              .variadic = variadic,
              .words = 1};
    p.params = dup_array(params, sizeof(Type *) * (size_t)nparams);
    p.results = dup_array(results, sizeof(Type *) * (size_t)nresults);
    return intern_type(&p);
}

Type *type_tuple(Type **elems, int n) {
    Type p = {.kind = TY_TUPLE, .nparams = n};
    p.params = dup_array(elems, sizeof(Type *) * (size_t)n);
    int w = 0;
    for (int i = 0; i < n; i++)
        w += elems[i] ? elems[i]->words : 0;
    p.words = w;
    return intern_type(&p);
}

Type *type_struct(Field *fields, int nfields) {
    Type p = {.kind = TY_STRUCT, .nfields = nfields};
    Field *f = dup_array(fields, sizeof(Field) * (size_t)nfields);
    int off = 0;
    for (int i = 0; i < nfields; i++) {
        f[i].offset = off;
        off += f[i].type ? f[i].type->words : 0;
    }
    p.fields = f;
    p.words = off;
    return intern_type(&p);
}

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

Type *type_interface(Method *methods, int nmethods) {
    Method *m = nmethods ? ar_alloc(sizeof(Method) * nmethods) : NULL;
    if (nmethods) memcpy(m, methods, sizeof(Method) * nmethods);
    if (nmethods > 1) qsort(m, (size_t)nmethods, sizeof(Method), method_cmp); /* m may be NULL */
    int n = 0;
    for (int i = 0; i < nmethods; i++) {
        if (n > 0 && strcmp(m[n - 1].name, m[i].name) == 0) continue; /* embedded twice */
        m[n] = m[i];
        m[n].sym = NULL;
        m[n].ptr_recv = false;
        n++;
    }
    Type p = {.kind = TY_INTERFACE, .imethods = m, .nimethods = n, .words = 2};
    return intern_type(&p);
}

Type *type_named(const char *name, Package *pkg, Symbol *sym) {
    /* A program's named types die with its build (their NamedInfo points at
     * the package, symbol and AST); only those made outside a build (`error`)
     * are process-wide. */
    bool in_build = build_table != NULL;
    Type *t = in_build ? ar_alloc(sizeof *t) : mg_alloc_uncollectable(sizeof *t);
    NamedInfo *ni = in_build ? ar_alloc(sizeof *ni) : mg_alloc_uncollectable(sizeof *ni);
    ni->name = name;
    ni->pkg = pkg;
    ni->sym = sym;
    t->kind = TY_INVALID;
    t->named = ni;
    t->underlying = NULL;
    return t;
}

void type_set_underlying(Type *named, Type *u) {
    if (!u) u = ty_invalid;
    u = u->underlying ? u->underlying : u;
    NamedInfo *ni = named->named;
    /* Copy the fields before rt only: u may be a predeclared type shared by every VM,
     * whose rt another thread's compiler may be publishing right now (vm/rtype.c). */
    _Static_assert(offsetof(Type, hash_next) + sizeof(Type *) == sizeof(Type),
                   "type_set_underlying copies every field before rt; rt, hash_next are last");
    memcpy(named, u, offsetof(Type, rt));
    named->named = ni;
    named->underlying = u;
    named->hash_next = NULL;
}

/* ---------- predeclared types ---------- */

static Type *basic(TypeKind k, const char *name, int words) {
    Type *t = mg_alloc_uncollectable(sizeof *t);
    t->kind = k;
    t->words = words;
    t->underlying = t;
    if (name) {
        NamedInfo *ni = mg_alloc_uncollectable(sizeof *ni);
        ni->name = name;
        t->named = ni;
    }
    return t;
}

static void init_once(void) {
    ty_invalid = basic(TY_INVALID, "invalid type", 1);
    ty_bool = basic(TY_BOOL, "bool", 1);
    ty_int = basic(TY_INT, "int", 1);
    ty_int8 = basic(TY_INT8, "int8", 1);
    ty_int16 = basic(TY_INT16, "int16", 1);
    ty_int32 = basic(TY_INT32, "int32", 1);
    ty_int64 = basic(TY_INT64, "int64", 1);
    ty_uint = basic(TY_UINT, "uint", 1);
    ty_uint8 = basic(TY_UINT8, "uint8", 1);
    ty_uint16 = basic(TY_UINT16, "uint16", 1);
    ty_uint32 = basic(TY_UINT32, "uint32", 1);
    ty_uint64 = basic(TY_UINT64, "uint64", 1);
    ty_uintptr = basic(TY_UINTPTR, "uintptr", 1);
    ty_float32 = basic(TY_FLOAT32, "float32", 1);
    ty_float64 = basic(TY_FLOAT64, "float64", 1);
    ty_complex64 = basic(TY_COMPLEX64, "complex64", 2);
    ty_complex128 = basic(TY_COMPLEX128, "complex128", 2);
    ty_string = basic(TY_STRING, "string", 2);
    ty_unsafeptr = basic(TY_UNSAFEPTR, "unsafe.Pointer", 1);
    ty_untyped_bool = basic(TY_UNTYPED_BOOL, "untyped bool", 1);
    ty_untyped_int = basic(TY_UNTYPED_INT, "untyped int", 1);
    ty_untyped_rune = basic(TY_UNTYPED_RUNE, "untyped rune", 1);
    ty_untyped_float = basic(TY_UNTYPED_FLOAT, "untyped float", 1);
    ty_untyped_complex = basic(TY_UNTYPED_COMPLEX, "untyped complex", 2);
    ty_untyped_string = basic(TY_UNTYPED_STRING, "untyped string", 2);
    ty_untyped_nil = basic(TY_UNTYPED_NIL, "untyped nil", 1);
    ty_any = type_interface(NULL, 0);
    /* error: a named interface { Error() string } */
    Type *res[1] = {ty_string};
    Method m = {.name = "Error", .type = type_func(NULL, 0, res, 1, false)};
    Type *iface = type_interface(&m, 1);
    ty_error = type_named("error", NULL, NULL);
    type_set_underlying(ty_error, iface);
}

void types_init(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_once);
}

/* ---------- predicates ---------- */

static TypeKind ukind(Type *t) {
    return t ? t->kind : TY_INVALID;
}

bool type_is_integer(Type *t) {
    TypeKind k = ukind(t);
    return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

bool type_is_unsigned(Type *t) {
    TypeKind k = ukind(t);
    return k >= TY_UINT && k <= TY_UINTPTR;
}

/* vm/value.h's packed element kinds, on compile-time types (mg_packed_size on rtypes). */
int type_packed_size(Type *t) {
    switch (ukind(t)) {
    case TY_BOOL:
    case TY_UINT8: return 1;
    case TY_UINT16: return 2;
    case TY_UINT32: return 4;
    default: return 0;
    }
}

int64_t type_packed_array_bytes(Type *t) {
    if (ukind(t) != TY_ARRAY) return 0; /* a named type carries its underlying's fields */
    return t->len * type_packed_size(t->elem);
}

bool type_is_float(Type *t) {
    TypeKind k = ukind(t);
    return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

bool type_is_numeric(Type *t) {
    return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}

bool type_is_complex(Type *t) {
    TypeKind k = ukind(t);
    return k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX;
}

bool type_is_string(Type *t) {
    TypeKind k = ukind(t);
    return k == TY_STRING || k == TY_UNTYPED_STRING;
}

bool type_is_untyped(Type *t) {
    TypeKind k = ukind(t);
    return k >= TY_UNTYPED_BOOL && k <= TY_UNTYPED_NIL;
}

bool type_is_interface(Type *t) {
    return ukind(t) == TY_INTERFACE;
}

bool type_comparable(Type *t) {
    switch (ukind(t)) {
    case TY_SLICE:
    case TY_MAP:
    case TY_FUNC:
    case TY_TUPLE: return false;
    case TY_ARRAY: return type_comparable(t->elem);
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!type_comparable(t->fields[i].type)) return false;
        return true;
    default: return true;
    }
}

bool type_has_nil(Type *t) {
    switch (ukind(t)) {
    case TY_POINTER:
    case TY_SLICE:
    case TY_MAP:
    case TY_CHAN:
    case TY_FUNC:
    case TY_INTERFACE:
    case TY_UNSAFEPTR:
    case TY_UNTYPED_NIL: return true;
    default: return false;
    }
}

/* ---------- spelling ---------- */

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void buf_put(Buf *b, const char *s) {
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap ? b->cap * 2 : 64) + n;
        char *q = ar_alloc_atomic(cap);
        if (b->len) memcpy(q, b->p, b->len);
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n + 1);
    b->len += n;
}

static void write_type(Buf *b, Type *t, Package *rel, int depth);

static void write_sig(Buf *b, Type *t, Package *rel, int depth) {
    buf_put(b, "(");
    for (int i = 0; i < t->nparams; i++) {
        if (i) buf_put(b, ", ");
        if (t->variadic && i == t->nparams - 1) {
            buf_put(b, "...");
            write_type(b, t->params[i]->elem, rel, depth + 1);
        } else
            write_type(b, t->params[i], rel, depth + 1);
    }
    buf_put(b, ")");
    if (t->nresults == 1) {
        buf_put(b, " ");
        write_type(b, t->results[0], rel, depth + 1);
    } else if (t->nresults > 1) {
        buf_put(b, " (");
        for (int i = 0; i < t->nresults; i++) {
            if (i) buf_put(b, ", ");
            write_type(b, t->results[i], rel, depth + 1);
        }
        buf_put(b, ")");
    }
}

static void write_type(Buf *b, Type *t, Package *rel, int depth) {
    char num[32];
    if (!t) {
        buf_put(b, "<nil>");
        return;
    }
    if (depth > 20) {
        buf_put(b, "...");
        return;
    }
    if (t->named) {
        NamedInfo *ni = t->named;
        if (ni->pkg && ni->pkg != rel && ni->pkg->path && strcmp(ni->pkg->path, "main") != 0) {
            buf_put(b, ni->pkg->name);
            buf_put(b, ".");
        }
        buf_put(b, ni->name);
        return;
    }
    switch (t->kind) {
    case TY_ARRAY:
        snprintf(num, sizeof num, "[%lld]", (long long)t->len);
        buf_put(b, num);
        write_type(b, t->elem, rel, depth + 1);
        break;
    case TY_SLICE:
        buf_put(b, "[]");
        write_type(b, t->elem, rel, depth + 1);
        break;
    case TY_POINTER:
        buf_put(b, "*");
        write_type(b, t->elem, rel, depth + 1);
        break;
    case TY_MAP:
        buf_put(b, "map[");
        write_type(b, t->key, rel, depth + 1);
        buf_put(b, "]");
        write_type(b, t->elem, rel, depth + 1);
        break;
    case TY_CHAN:
        if (t->chan_dir == CHAN_RECV) buf_put(b, "<-");
        buf_put(b, "chan");
        if (t->chan_dir == CHAN_SEND) buf_put(b, "<-");
        buf_put(b, " ");
        /* types2 parenthesises only chan (<-chan T): "chan <-chan T" would read as chan<- */
        if (t->chan_dir == CHAN_BOTH && t->elem && t->elem->kind == TY_CHAN && !t->elem->named &&
            t->elem->chan_dir == CHAN_RECV) {
            buf_put(b, "(");
            write_type(b, t->elem, rel, depth + 1);
            buf_put(b, ")");
        } else
            write_type(b, t->elem, rel, depth + 1);
        break;
    case TY_FUNC:
        buf_put(b, "func");
        write_sig(b, t, rel, depth);
        break;
    case TY_TUPLE:
        buf_put(b, "(");
        for (int i = 0; i < t->nparams; i++) {
            if (i) buf_put(b, ", ");
            write_type(b, t->params[i], rel, depth + 1);
        }
        buf_put(b, ")");
        break;
    case TY_STRUCT:
        buf_put(b, "struct{");
        for (int i = 0; i < t->nfields; i++) {
            if (i) buf_put(b, "; ");
            if (!t->fields[i].embedded) {
                buf_put(b, t->fields[i].name);
                buf_put(b, " ");
            }
            write_type(b, t->fields[i].type, rel, depth + 1);
        }
        buf_put(b, "}");
        break;
    case TY_INTERFACE:
        if (t->nimethods == 0) {
            buf_put(b, "interface{}");
            break;
        }
        buf_put(b, "interface{");
        for (int i = 0; i < t->nimethods; i++) {
            if (i) buf_put(b, "; ");
            buf_put(b, t->imethods[i].name);
            write_sig(b, t->imethods[i].type, rel, depth + 1);
        }
        buf_put(b, "}");
        break;
    default: buf_put(b, "invalid type"); break;
    }
}

/* Package-relative spelling, as types2 prints it in gc's messages. */
const char *type_string_rel(Type *t, Package *rel) {
    Buf b = {0};
    buf_put(&b, "");
    write_type(&b, t, rel, 0);
    return b.p;
}

const char *type_string(Type *t) {
    return type_string_rel(t, NULL);
}

/* ---------- method lookup ---------- */

/* Declared methods of a named type (not through embedding). */
static Method *declared_method(Type *t, const char *name) {
    if (!t || !t->named) return NULL;
    NamedInfo *ni = t->named;
    for (int i = 0; i < ni->nmethods; i++)
        if (strcmp(ni->methods[i].name, name) == 0) return &ni->methods[i];
    return NULL;
}

static Method *find_method_depth(Type *t, const char *name, bool *ptr_recv, bool *through_ptr,
                                 int depth) {
    if (!t || depth > 8) return NULL;
    if (t->kind == TY_INTERFACE) {
        for (int i = 0; i < t->nimethods; i++)
            if (strcmp(t->imethods[i].name, name) == 0) {
                *ptr_recv = false;
                return &t->imethods[i];
            }
        return NULL;
    }
    Method *m = declared_method(t, name);
    if (m) {
        *ptr_recv = m->ptr_recv;
        return m;
    }
    if (t->kind != TY_STRUCT) return NULL;
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        if (!f->embedded) continue;
        Type *ft = f->type;
        bool via_ptr = false;
        if (ft->kind == TY_POINTER && !ft->named) {
            ft = ft->elem;
            via_ptr = true;
        }
        bool pr = false, tp = false;
        Method *em = find_method_depth(ft, name, &pr, &tp, depth + 1);
        if (em) {
            *ptr_recv = pr;
            *through_ptr = via_ptr || tp;
            return em;
        }
    }
    return NULL;
}

Method *type_find_method(Type *t, const char *name, bool *ptr_recv) {
    bool pr = false, tp = false;
    if (!t) return NULL;
    if (t->kind == TY_POINTER && !t->named && t->elem && t->elem->kind != TY_INTERFACE) {
        Method *m = find_method_depth(t->elem, name, &pr, &tp, 0);
        if (ptr_recv) *ptr_recv = pr;
        return m;
    }
    Method *m = find_method_depth(t, name, &pr, &tp, 0);
    /* A method with a pointer receiver reached through an embedded pointer is in the
     * value's method set too; report ptr_recv only when it needs an addressable value. */
    if (ptr_recv) *ptr_recv = m ? (pr && !tp) : false;
    return m;
}
