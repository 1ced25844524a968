/* rtype.c - checker Type -> immutable mg_rtype, itabs, and the program lookups.
 *
 * Invariants: descriptors are built under one process-wide recursive mutex. While
 * the outermost cg_rtype call runs, the descriptors it makes are visible only to
 * its own thread (the pending list: recursive types refer to themselves); they are
 * published in Type.rt, with release stores, when that call returns. So a thread
 * that finds Type.rt set (acquire load, no lock) sees a complete descriptor, even
 * one another VM compiled (predeclared and process-table types are shared). Once
 * published a descriptor never changes, except ptr_to (a cache set under the lock).
 * Itabs are immutable; the run-time cache maps (concrete, interface) to them.
 */
#include "rtype.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lang/cg_internal.h"
#include "object.h"
#include "proto.h"

static pthread_mutex_t rt_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

/* Under rt_lock: the descriptors the running outermost cg_rtype call has made and not
 * yet published, and how deep that call is. */
typedef struct rt_pending_entry {
    Type *t;
    mg_rtype *r;
} rt_pending_entry;
static rt_pending_entry *rt_pending;
static int rt_npending, rt_cappending, rt_depth;

static mg_rtype *rt_published(Type *t) {
    return __atomic_load_n(&t->rt, __ATOMIC_ACQUIRE);
}

/* Under rt_lock: t's descriptor, published or still being built by this thread. */
static mg_rtype *rt_lookup_locked(Type *t) {
    mg_rtype *r = rt_published(t);
    for (int i = rt_npending - 1; i >= 0 && !r; i--)
        if (rt_pending[i].t == t) r = rt_pending[i].r;
    return r;
}

static void rt_pending_add(Type *t, mg_rtype *r) {
    if (rt_npending == rt_cappending) {
        rt_cappending = rt_cappending ? rt_cappending * 2 : 32;
        rt_pending = realloc(rt_pending, sizeof *rt_pending * (size_t)rt_cappending);
        if (!rt_pending) abort();
    }
    rt_pending[rt_npending++] = (rt_pending_entry){t, r};
}

/* ---------- names in Go's run-time spelling ---------- */

typedef struct Sb {
    char *p;
    size_t n, cap;
} Sb;

static void sb_put(Sb *b, const char *s) {
    size_t l = strlen(s);
    if (b->n + l + 1 > b->cap) {
        size_t cap = (b->n + l + 1) * 2 + 32;
        char *np = mg_alloc_atomic(cap);
        if (b->n) memcpy(np, b->p, b->n);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, l + 1);
    b->n += l;
}

static void write_name(Sb *b, Type *t);

static void write_sig(Sb *b, Type *t) {
    sb_put(b, "(");
    for (int i = 0; i < t->nparams; i++) {
        if (i) sb_put(b, ", ");
        if (t->variadic && i == t->nparams - 1) {
            sb_put(b, "...");
            write_name(b, t->params[i]->elem);
        } else
            write_name(b, t->params[i]);
    }
    sb_put(b, ")");
    if (t->nresults == 1) {
        sb_put(b, " ");
        write_name(b, t->results[0]);
    } else if (t->nresults > 1) {
        sb_put(b, " (");
        for (int i = 0; i < t->nresults; i++) {
            if (i) sb_put(b, ", ");
            write_name(b, t->results[i]);
        }
        sb_put(b, ")");
    }
}

static void write_name(Sb *b, Type *t) {
    char num[32];
    if (!t) {
        sb_put(b, "<nil>");
        return;
    }
    if (t->named) {
        if (t->named->pkg && t->named->pkg->name) {
            sb_put(b, t->named->pkg->name);
            sb_put(b, ".");
        }
        sb_put(b, t->named->name);
        return;
    }
    switch (t->kind) {
    case TY_ARRAY:
        snprintf(num, sizeof num, "[%lld]", (long long)t->len);
        sb_put(b, num);
        write_name(b, t->elem);
        break;
    case TY_SLICE:
        sb_put(b, "[]");
        write_name(b, t->elem);
        break;
    case TY_POINTER:
        sb_put(b, "*");
        write_name(b, t->elem);
        break;
    case TY_MAP:
        sb_put(b, "map[");
        write_name(b, t->key);
        sb_put(b, "]");
        write_name(b, t->elem);
        break;
    case TY_CHAN:
        sb_put(b, t->chan_dir == CHAN_RECV   ? "<-chan "
                  : t->chan_dir == CHAN_SEND ? "chan<- "
                                             : "chan ");
        /* reflect writes chan (<-chan T): "chan <-chan T" would read as chan<- (chan T) */
        if (t->chan_dir == CHAN_BOTH && t->elem && t->elem->kind == TY_CHAN && !t->elem->named &&
            t->elem->chan_dir == CHAN_RECV) {
            sb_put(b, "(");
            write_name(b, t->elem);
            sb_put(b, ")");
        } else
            write_name(b, t->elem);
        break;
    case TY_FUNC:
        sb_put(b, "func");
        write_sig(b, t);
        break;
    case TY_STRUCT:
        if (t->nfields == 0) {
            sb_put(b, "struct {}");
            break;
        }
        sb_put(b, "struct { ");
        for (int i = 0; i < t->nfields; i++) {
            if (i) sb_put(b, "; ");
            if (!t->fields[i].embedded) {
                sb_put(b, t->fields[i].name);
                sb_put(b, " ");
            }
            write_name(b, t->fields[i].type);
        }
        sb_put(b, " }");
        break;
    case TY_INTERFACE:
        if (t->nimethods == 0) {
            sb_put(b, "interface {}");
            break;
        }
        sb_put(b, "interface { ");
        for (int i = 0; i < t->nimethods; i++) {
            if (i) sb_put(b, "; ");
            sb_put(b, t->imethods[i].name);
            write_sig(b, t->imethods[i].type);
        }
        sb_put(b, " }");
        break;
    case TY_UNTYPED_NIL: sb_put(b, "nil"); break;
    default: sb_put(b, "?"); break;
    }
}

static mg_kind kind_of(TypeKind k) {
    switch (k) {
    case TY_BOOL: return MK_BOOL;
    case TY_INT: return MK_INT;
    case TY_INT8: return MK_INT8;
    case TY_INT16: return MK_INT16;
    case TY_INT32: return MK_INT32;
    case TY_INT64: return MK_INT64;
    case TY_UINT: return MK_UINT;
    case TY_UINT8: return MK_UINT8;
    case TY_UINT16: return MK_UINT16;
    case TY_UINT32: return MK_UINT32;
    case TY_UINT64: return MK_UINT64;
    case TY_UINTPTR: return MK_UINTPTR;
    case TY_FLOAT32: return MK_FLOAT32;
    case TY_FLOAT64: return MK_FLOAT64;
    case TY_COMPLEX64: return MK_COMPLEX64;
    case TY_COMPLEX128: return MK_COMPLEX128;
    case TY_STRING: return MK_STRING;
    case TY_UNSAFEPTR: return MK_UNSAFEPTR;
    case TY_ARRAY: return MK_ARRAY;
    case TY_SLICE: return MK_SLICE;
    case TY_STRUCT: return MK_STRUCT;
    case TY_POINTER: return MK_POINTER;
    case TY_FUNC: return MK_FUNC;
    case TY_INTERFACE: return MK_INTERFACE;
    case TY_MAP: return MK_MAP;
    case TY_CHAN: return MK_CHAN;
    default: return MK_INVALID;
    }
}

static int rmethod_cmp(const void *a, const void *b) {
    return strcmp(((const mg_rmethod *)a)->name, ((const mg_rmethod *)b)->name);
}

/* ---------- method sets, promoted methods included ---------- */

#define MAX_EMBED_DEPTH 8

/* Where name is found at exactly `depth` embedding steps below t (t: a struct or named
 * type, never a pointer). Counts the hits, fields included (more than one at the shallowest
 * depth makes the selector ambiguous: no method; a field there hides deeper methods); the
 * first hit's path, holder and method (NULL for a field) are kept. */
typedef struct PathSearch {
    const char *name;
    int hits;
    CgStep path[MAX_EMBED_DEPTH];
    CgStep cur[MAX_EMBED_DEPTH];
    int len;
    Type *holder;
    Method *m;
    bool iface;
} PathSearch;

static void search_depth(PathSearch *ps, Type *t, int depth, int level) {
    if (!t) return;
    if (level == depth) {
        Method *m = NULL;
        bool iface = false;
        if (t->kind == TY_INTERFACE) {
            for (int i = 0; i < t->nimethods; i++)
                if (strcmp(t->imethods[i].name, ps->name) == 0) m = &t->imethods[i];
            iface = true;
        } else if (t->named) {
            NamedInfo *ni = t->named;
            for (int i = 0; i < ni->nmethods; i++)
                if (strcmp(ni->methods[i].name, ps->name) == 0) m = &ni->methods[i];
        }
        if (!m && t->kind == TY_STRUCT)
            for (int i = 0; i < t->nfields; i++)
                if (strcmp(t->fields[i].name, ps->name) == 0) {
                    ps->hits++; /* Go: a field and a method at one depth are ambiguous */
                    return;
                }
        if (!m) return;
        if (ps->hits++ == 0) {
            memcpy(ps->path, ps->cur, sizeof(CgStep) * (size_t)level);
            ps->len = level;
            ps->holder = t;
            ps->m = m;
            ps->iface = iface;
        }
        return;
    }
    if (t->kind != TY_STRUCT) return;
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        if (!f->embedded) continue;
        Type *ft = f->type;
        bool ptr = false;
        if (ft->kind == TY_POINTER && !ft->named) {
            ft = ft->elem;
            ptr = true;
        }
        ps->cur[level].off = f->offset;
        ps->cur[level].ptr = ptr;
        search_depth(ps, ft, depth, level + 1);
    }
}

/* Names of every method reachable through embedding (duplicates allowed). */
static void collect_names(Type *t, int level, const char ***names, int *n, int *cap) {
    if (!t || level > MAX_EMBED_DEPTH) return;
    if (level > 0 && t->kind == TY_INTERFACE) {
        for (int i = 0; i < t->nimethods; i++) {
            if (*n == *cap) {
                int nc = *cap ? *cap * 2 : 16;
                const char **nn = mg_alloc(sizeof *nn * (size_t)nc);
                if (*n) memcpy(nn, *names, sizeof *nn * (size_t)*n);
                *names = nn;
                *cap = nc;
            }
            (*names)[(*n)++] = t->imethods[i].name;
        }
        return;
    }
    if (level > 0 && t->named)
        for (int i = 0; i < t->named->nmethods; i++) {
            if (*n == *cap) {
                int nc = *cap ? *cap * 2 : 16;
                const char **nn = mg_alloc(sizeof *nn * (size_t)nc);
                if (*n) memcpy(nn, *names, sizeof *nn * (size_t)*n);
                *names = nn;
                *cap = nc;
            }
            (*names)[(*n)++] = t->named->methods[i].name;
        }
    if (t->kind != TY_STRUCT) return;
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        if (!f->embedded) continue;
        Type *ft = f->type;
        if (ft->kind == TY_POINTER && !ft->named) ft = ft->elem;
        collect_names(ft, level + 1, names, n, cap);
    }
}

static bool has_embedded(Type *t) {
    if (t->kind != TY_STRUCT) return false;
    for (int i = 0; i < t->nfields; i++)
        if (t->fields[i].embedded) return true;
    return false;
}

/* The method set of a concrete type: the declared methods of T (for *T all of them; for T
 * the pointer-receiver ones are marked ptr_only) and the methods promoted from embedded
 * fields (reached through generated wrappers that walk the embedding path). */
static void fill_methods(mg_rtype *r, Type *t) {
    Type *base = t;
    bool is_ptr = false;
    if (!t->named && t->kind == TY_POINTER && t->elem && t->elem->kind != TY_POINTER &&
        t->elem->kind != TY_INTERFACE) {
        base = t->elem;
        is_ptr = true;
    }
    if (base->kind == TY_INTERFACE) return;
    int ndecl = base->named ? base->named->nmethods : 0;
    const char **names = NULL;
    int nnames = 0, capnames = 0;
    if (has_embedded(base)) collect_names(base, 0, &names, &nnames, &capnames);
    if (ndecl == 0 && nnames == 0) return;
    mg_rmethod *ms = mg_alloc(sizeof *ms * (size_t)(ndecl + nnames + 1));
    int n = 0;
    for (int i = 0; i < ndecl; i++) {
        Method *m = &base->named->methods[i];
        mg_rmethod *rm = &ms[n++];
        rm->name = m->name;
        rm->mtype = cg_rtype(m->type);
        if (is_ptr) {
            rm->ifn = m->ptr_recv ? cg_method_ifn(m->sym, false) : cg_method_ifn(m->sym, true);
        } else if (m->ptr_recv) {
            rm->ptr_only = true;
            rm->ifn = cg_method_ifn(m->sym, false);
        } else {
            rm->ifn = cg_method_ifn(m->sym, base->words != 1);
        }
    }
    /* promoted methods, shallowest depth wins; ambiguous names are left out */
    for (int k = 0; k < nnames; k++) {
        const char *name = names[k];
        bool dup = false;
        for (int j = 0; j < n && !dup; j++)
            if (strcmp(ms[j].name, name) == 0) dup = true;
        if (dup) continue;
        PathSearch ps = {.name = name};
        /* from depth 0: base's own fields hide promoted methods (its methods are done) */
        for (int depth = 0; depth <= MAX_EMBED_DEPTH && ps.hits == 0; depth++)
            search_depth(&ps, base, depth, 0);
        if (ps.hits != 1 || !ps.m) continue;
        bool through_ptr = false;
        for (int j = 0; j < ps.len; j++)
            if (ps.path[j].ptr) through_ptr = true;
        bool needs_addr = !ps.iface && ps.m->ptr_recv && !through_ptr;
        mg_rmethod *rm = &ms[n++];
        rm->name = name;
        rm->mtype = cg_rtype(ps.m->type);
        if (needs_addr && !is_ptr) {
            rm->ptr_only = true; /* not in the value's method set */
            rm->ifn = NULL;
            continue;
        }
        Sb b = {0};
        if (is_ptr) {
            sb_put(&b, "(");
            write_name(&b, t);
            sb_put(&b, ")");
        } else
            write_name(&b, t);
        sb_put(&b, ".");
        sb_put(&b, name);
        /* the data word: a pointer for *T and for boxed multi-word T; T itself if 1 word */
        bool in_mem = is_ptr || base->words != 1;
        rm->ifn = cg_promoted_wrapper(b.p, in_mem, ps.path, ps.len, ps.holder, ps.m, ps.iface);
    }
    qsort(ms, (size_t)n, sizeof *ms, rmethod_cmp);
    r->methods = ms;
    r->nmethods = n;
}

static bool rt_comparable(Type *t) {
    return type_comparable(t);
}

static bool rt_pointers(Type *t) {
    switch (t->kind) {
    case TY_BOOL:
    case TY_INT:
    case TY_INT8:
    case TY_INT16:
    case TY_INT32:
    case TY_INT64:
    case TY_UINT:
    case TY_UINT8:
    case TY_UINT16:
    case TY_UINT32:
    case TY_UINT64:
    case TY_UINTPTR:
    case TY_FLOAT32:
    case TY_FLOAT64:
    case TY_COMPLEX64:
    case TY_COMPLEX128: return false;
    case TY_ARRAY: return t->elem && rt_pointers(t->elem);
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (rt_pointers(t->fields[i].type)) return true;
        return false;
    default: return true;
    }
}

static const mg_rtype *cg_rtype_build(Type *t);

const mg_rtype *cg_rtype(Type *t) {
    if (!t) return NULL;
    if (t->kind == TY_CHAN) { /* every one the program uses is listed (compile.c) */
        const mg_rtype *r = cg_rtype_build(t);
        cg_note_chan(r);
        return r;
    }
    return cg_rtype_build(t);
}

static const mg_rtype *cg_rtype_build(Type *t) {
    const mg_rtype *done = rt_published(t);
    if (done) return done;
    pthread_mutex_lock(&rt_lock);
    mg_rtype *r = rt_lookup_locked(t);
    if (r) {
        pthread_mutex_unlock(&rt_lock);
        return r;
    }
    r = mg_alloc(sizeof *r);
    r->kind = kind_of(t->kind);
    r->words = t->words;
    Sb b = {0};
    write_name(&b, t);
    r->name = b.p ? b.p : "";
    r->named = t->named != NULL;
    r->pkgpath = t->named && t->named->pkg ? t->named->pkg->path : "";
    r->self_itab.type = r;
    r->self_itab.iface = NULL;
    r->self_itab.nfun = 0;
    rt_pending_add(t, r); /* to this thread only: recursive types refer to themselves */
    rt_depth++;
    r->comparable = rt_comparable(t);
    r->pointers = rt_pointers(t);
    r->len = t->len;
    r->chan_dir = t->chan_dir;
    switch (t->kind) {
    case TY_ARRAY:
    case TY_SLICE:
    case TY_POINTER:
    case TY_CHAN: r->elem = cg_rtype(t->elem); break;
    case TY_MAP:
        r->key = cg_rtype(t->key);
        r->elem = cg_rtype(t->elem);
        break;
    case TY_STRUCT: {
        mg_rfield *fs = mg_alloc(sizeof *fs * (size_t)(t->nfields + 1));
        for (int i = 0; i < t->nfields; i++) {
            fs[i].name = t->fields[i].name;
            fs[i].type = cg_rtype(t->fields[i].type);
            fs[i].offset = t->fields[i].offset;
            fs[i].embedded = t->fields[i].embedded;
            fs[i].exported = t->fields[i].exported;
        }
        r->fields = fs;
        r->nfields = t->nfields;
        break;
    }
    case TY_FUNC: {
        const mg_rtype **ps = mg_alloc(sizeof *ps * (size_t)(t->nparams + 1));
        const mg_rtype **rs = mg_alloc(sizeof *rs * (size_t)(t->nresults + 1));
        for (int i = 0; i < t->nparams; i++)
            ps[i] = cg_rtype(t->params[i]);
        for (int i = 0; i < t->nresults; i++)
            rs[i] = cg_rtype(t->results[i]);
        r->params = ps;
        r->results = rs;
        r->nparams = t->nparams;
        r->nresults = t->nresults;
        r->variadic = t->variadic;
        break;
    }
    case TY_INTERFACE: {
        mg_rmethod *ms = mg_alloc(sizeof *ms * (size_t)(t->nimethods + 1));
        for (int i = 0; i < t->nimethods; i++) {
            ms[i].name = t->imethods[i].name;
            ms[i].mtype = cg_rtype(t->imethods[i].type);
        }
        r->imethods = ms;
        r->nimethods = t->nimethods;
        break;
    }
    default: break;
    }
    if (t->kind != TY_INTERFACE) fill_methods(r, t);
    mg_rtype *elem_rt = t->kind == TY_POINTER && t->elem ? rt_lookup_locked(t->elem) : NULL;
    if (elem_rt) elem_rt->ptr_to = r;
    if (--rt_depth == 0) {
        /* complete: let every thread see them (pairs with rt_published's acquire) */
        for (int i = 0; i < rt_npending; i++)
            __atomic_store_n(&rt_pending[i].t->rt, rt_pending[i].r, __ATOMIC_RELEASE);
        rt_npending = 0;
    }
    pthread_mutex_unlock(&rt_lock);
    return r;
}

/* ---------- itabs ---------- */

const char *vm_missing_method(const mg_rtype *t, const mg_rtype *iface) {
    for (int i = 0; i < iface->nimethods; i++)
        if (!mg_rtype_method(t, iface->imethods[i].name)) return iface->imethods[i].name;
    return NULL;
}

static const mg_itab *make_itab(const mg_rtype *t, const mg_rtype *iface) {
    if (iface->nimethods == 0) return &t->self_itab;
    if (vm_missing_method(t, iface)) return NULL;
    mg_itab *it = mg_alloc(sizeof *it + sizeof(mg_func *) * (size_t)iface->nimethods);
    it->type = t;
    it->iface = iface;
    it->nfun = iface->nimethods;
    for (int i = 0; i < iface->nimethods; i++)
        it->fun[i] = mg_rtype_method(t, iface->imethods[i].name)->ifn;
    return it;
}

/* The per-program itab cache: a small hash table of immutable entries; the lock only
 * orders insertions (several Ms may convert at once). */
typedef struct ItabEntry {
    const mg_rtype *t, *iface;
    const mg_itab *tab; /* NULL: t does not implement iface */
    struct ItabEntry *next;
} ItabEntry;

#define ITAB_BUCKETS 256
struct vm_itab_cache {
    pthread_mutex_t lock;
    ItabEntry *buckets[ITAB_BUCKETS];
};

vm_itab_cache *vm_itab_cache_new(void) {
    vm_itab_cache *c = mg_alloc(sizeof *c);
    pthread_mutex_init(&c->lock, NULL);
    return c;
}

const mg_itab *vm_itab_lookup(vm_itab_cache *c, const mg_rtype *t, const mg_rtype *iface) {
    if (!t || !iface) return NULL;
    if (iface->nimethods == 0) return &t->self_itab;
    if (!c) return make_itab(t, iface);
    size_t h = (((uintptr_t)t >> 4) * 31 + ((uintptr_t)iface >> 4)) % ITAB_BUCKETS;
    pthread_mutex_lock(&c->lock);
    for (ItabEntry *e = c->buckets[h]; e; e = e->next)
        if (e->t == t && e->iface == iface) {
            pthread_mutex_unlock(&c->lock);
            return e->tab;
        }
    ItabEntry *e = mg_alloc(sizeof *e);
    e->t = t;
    e->iface = iface;
    e->tab = make_itab(t, iface);
    e->next = c->buckets[h];
    c->buckets[h] = e;
    pthread_mutex_unlock(&c->lock);
    return e->tab;
}

const mg_itab *cg_itab(Type *t, Type *iface) {
    const mg_rtype *rt = cg_rtype(t), *ri = cg_rtype(iface);
    return vm_itab_lookup(NULL, rt, ri); /* one per conversion site; they compare by type */
}

/* ---------- program lookups ---------- */

const mg_rtype *mg_program_rtype(const mg_program *p, const char *name) {
    for (int i = 0; i < p->nrtypes; i++)
        if (strcmp(p->rtypes[i]->name, name) == 0) return p->rtypes[i];
    return NULL;
}

mg_func *mg_program_func(const mg_program *p, const char *name) {
    for (int i = 0; i < p->nfuncs; i++)
        if (p->funcs[i]->name && strcmp(p->funcs[i]->name, name) == 0) return p->funcs[i];
    return NULL;
}
