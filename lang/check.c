/* check.c - the checker's entry point: the universe, scopes, package-level
 * declarations (collected first, then resolved lazily in any order with
 * cycle detection), imports, snippets, function bodies, and the package
 * variables' initialisation order.
 *
 * Invariants: the universe scope is built once per process and never changed;
 * everything else lives in the Ck of one check_package call.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/object.h"
#include "arena.h"
#include "check_internal.h"

struct ObjInfo {
    Symbol *sym;
    Node *spec;      /* N_VARSPEC / N_CONSTSPEC / N_TYPESPEC / N_FUNCDECL */
    int index;       /* name index in the spec */
    int state;       /* 0 unresolved, 1 resolving, 2 done */
    Node *const_src; /* the const spec supplying type and values */
    int64_t iota;
    Scope *filescope;
    const char *file;
    Deps deps;
    int order; /* declaration order */
    bool emitted;
};

/* ---------- diagnostics ---------- */

void ck_error(Ck *c, Node *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(c->d, c->file, at ? at->line : 0, at ? at->col : 0, fmt, ap);
    va_end(ap);
}

void ck_error_op(Ck *c, Node *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    bool op = at && at->kind == N_BINARY && at->op_line;
    diag_verror(c->d, c->file,
                op   ? at->op_line
                : at ? at->line
                     : 0,
                op   ? at->op_col
                : at ? at->col
                     : 0,
                fmt, ap);
    va_end(ap);
}

/* ---------- scopes ---------- */

Scope *ck_scope_new(Scope *parent, Node *func) {
    Scope *s = ar_alloc(sizeof *s);
    s->parent = parent;
    s->func = func;
    return s;
}

/* Small scopes are searched linearly; past SCOPE_INDEX_MIN symbols a hash index keeps a
 * function with tens of thousands of locals (or a package with as many names) linear to
 * check. The index is only written by scope_insert, so lookups never mutate a scope (the
 * universe is shared by every VM). */
#define SCOPE_INDEX_MIN 16

static uint32_t name_hash(const char *name) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

static bool same_name(const char *a, const char *b) {
    return a == b || strcmp(a, b) == 0;
}

Symbol *ck_scope_lookup_local(Scope *s, const char *name) {
    if (s->index_cap) {
        for (uint32_t j = name_hash(name) & (uint32_t)(s->index_cap - 1);;
             j = (j + 1) & (uint32_t)(s->index_cap - 1)) {
            Symbol *e = s->index[j];
            if (!e) return NULL;
            if (same_name(e->name, name)) return e;
        }
    }
    for (int i = s->nsyms - 1; i >= 0; i--)
        if (same_name(s->syms[i]->name, name)) return s->syms[i];
    return NULL;
}

/* Puts sym in the index; a later symbol of the same name replaces the earlier one, as the
 * linear search from the end finds the latest. */
static void index_put(Scope *s, Symbol *sym) {
    for (uint32_t j = name_hash(sym->name) & (uint32_t)(s->index_cap - 1);;
         j = (j + 1) & (uint32_t)(s->index_cap - 1))
        if (!s->index[j] || same_name(s->index[j]->name, sym->name)) {
            s->index[j] = sym;
            return;
        }
}

static void scope_insert(Scope *s, Symbol *sym) {
    if (s->nsyms == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        Symbol **n = ar_alloc(sizeof *n * (size_t)cap);
        if (s->nsyms) memcpy(n, s->syms, sizeof *n * (size_t)s->nsyms);
        s->syms = n;
        s->cap = cap;
    }
    s->syms[s->nsyms++] = sym;
    if (s->nsyms < SCOPE_INDEX_MIN) return;
    if (s->index_cap < 2 * s->nsyms) {
        int cap = 64;
        while (cap < 4 * s->nsyms)
            cap *= 2;
        s->index = ar_alloc(sizeof *s->index * (size_t)cap);
        s->index_cap = cap;
        for (int i = 0; i < s->nsyms; i++)
            index_put(s, s->syms[i]);
    } else
        index_put(s, sym);
}

Symbol *ck_lookup(Ck *c, const char *name) {
    for (Scope *s = c->scope; s; s = s->parent) {
        Symbol *sym = ck_scope_lookup_local(s, name);
        if (sym) return sym;
    }
    return NULL;
}

Symbol *ck_symbol_new(Ck *c, SymKind kind, const char *name, Type *type, Node *decl) {
    Symbol *s = ar_alloc(sizeof *s);
    s->kind = kind;
    s->name = name;
    s->type = type;
    s->decl = decl;
    s->pkg = c->pkg;
    if (decl) {
        s->line = decl->line;
        s->col = decl->col;
    }
    return s;
}

Symbol *ck_declare(Ck *c, Scope *s, Symbol *sym, Node *at) {
    if (strcmp(sym->name, "_") == 0) return sym;
    Symbol *old = ck_scope_lookup_local(s, sym->name);
    if (old) {
        if (old->kind == SYM_PKG && s == c->filescope)
            ck_error(c, at, "%s already declared through import of package %s", sym->name,
                     old->imported ? old->imported->path : sym->name);
        else
            ck_error(c, at, "%s redeclared in this block", sym->name);
        return sym;
    }
    /* package-level names clash with imports of the file */
    scope_insert(s, sym);
    return sym;
}

bool ck_is_exported(const char *name) {
    return name[0] >= 'A' && name[0] <= 'Z';
}

/* ---------- the universe ---------- */

static Scope *universe_scope;

static void universe_add(SymKind kind, const char *name, Type *t) {
    Symbol *s = mg_alloc_uncollectable(sizeof *s);
    s->used = true; /* shared by every checker: ck_sym_used must only read it */
    s->kind = kind;
    s->name = name;
    s->type = t;
    scope_insert(universe_scope, s);
}

static void universe_builtin(const char *name, Builtin b) {
    Symbol *s = mg_alloc_uncollectable(sizeof *s);
    s->used = true; /* shared by every checker: ck_sym_used must only read it */
    s->kind = SYM_BUILTIN;
    s->name = name;
    s->builtin = b;
    s->type = ty_invalid;
    scope_insert(universe_scope, s);
}

static void universe_const(const char *name, bool v) {
    Symbol *s = mg_alloc_uncollectable(sizeof *s);
    s->used = true; /* shared by every checker: ck_sym_used must only read it */
    s->kind = SYM_CONST;
    s->name = name;
    s->type = ty_untyped_bool;
    ConstVal *cv = mg_alloc_uncollectable(sizeof *cv);
    cv->kind = CV_BOOL;
    cv->b = v;
    s->cval = cv;
    scope_insert(universe_scope, s);
}

static void universe_init(void) {
    types_init();
    universe_scope = mg_alloc_uncollectable(sizeof *universe_scope);
    universe_scope->syms = mg_alloc_uncollectable(sizeof(Symbol *) * 64);
    universe_scope->cap = 64;
    struct {
        const char *n;
        Type **t;
    } types[] = {{"bool", &ty_bool},
                 {"int", &ty_int},
                 {"int8", &ty_int8},
                 {"int16", &ty_int16},
                 {"int32", &ty_int32},
                 {"int64", &ty_int64},
                 {"uint", &ty_uint},
                 {"uint8", &ty_uint8},
                 {"uint16", &ty_uint16},
                 {"uint32", &ty_uint32},
                 {"uint64", &ty_uint64},
                 {"uintptr", &ty_uintptr},
                 {"float32", &ty_float32},
                 {"float64", &ty_float64},
                 {"string", &ty_string},
                 {"complex64", &ty_complex64},
                 {"complex128", &ty_complex128},
                 {"byte", &ty_uint8},
                 {"rune", &ty_int32},
                 {"error", &ty_error},
                 {"any", &ty_any}};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        universe_add(SYM_TYPE, types[i].n, *types[i].t);
    universe_const("true", true);
    universe_const("false", false);
    universe_add(SYM_CONST, "iota", ty_untyped_int); /* value supplied by the checker */
    universe_add(SYM_NIL, "nil", ty_untyped_nil);
    static const struct {
        const char *n;
        Builtin b;
    } bis[] = {{"append", BI_APPEND},   {"cap", BI_CAP},         {"clear", BI_CLEAR},
               {"close", BI_CLOSE},     {"complex", BI_COMPLEX}, {"copy", BI_COPY},
               {"delete", BI_DELETE},   {"imag", BI_IMAG},       {"len", BI_LEN},
               {"make", BI_MAKE},       {"max", BI_MAX},         {"min", BI_MIN},
               {"new", BI_NEW},         {"panic", BI_PANIC},     {"print", BI_PRINT},
               {"println", BI_PRINTLN}, {"real", BI_REAL},       {"recover", BI_RECOVER}};
    for (size_t i = 0; i < sizeof bis / sizeof bis[0]; i++)
        universe_builtin(bis[i].n, bis[i].b);
}

static Scope *get_universe(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, universe_init);
    return universe_scope;
}

void check_init(void) {
    (void)get_universe();
}

/* ---------- package-level objects ---------- */

static unsigned ptr_hash(const void *p) {
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= 0x9E3779B97F4A7C15ULL;
    return (unsigned)(v >> 32);
}

static void objhash_put(Ck *c, ObjInfo *oi) {
    if ((c->nobjs + 1) * 2 > c->objhash_cap) {
        int cap = c->objhash_cap ? c->objhash_cap * 2 : 256;
        ObjInfo **h = ar_alloc(sizeof *h * (size_t)cap);
        for (int i = 0; i < c->objhash_cap; i++) {
            ObjInfo *o = c->objhash[i];
            if (!o) continue;
            unsigned j = ptr_hash(o->sym) & (unsigned)(cap - 1);
            while (h[j])
                j = (j + 1) & (unsigned)(cap - 1);
            h[j] = o;
        }
        c->objhash = h;
        c->objhash_cap = cap;
    }
    unsigned j = ptr_hash(oi->sym) & (unsigned)(c->objhash_cap - 1);
    while (c->objhash[j])
        j = (j + 1) & (unsigned)(c->objhash_cap - 1);
    c->objhash[j] = oi;
}

static ObjInfo *obj_of(Ck *c, Symbol *sym) {
    if (!c->objhash_cap || !sym) return NULL;
    unsigned j = ptr_hash(sym) & (unsigned)(c->objhash_cap - 1);
    while (c->objhash[j]) {
        if (c->objhash[j]->sym == sym) return c->objhash[j];
        j = (j + 1) & (unsigned)(c->objhash_cap - 1);
    }
    return NULL;
}

static ObjInfo *obj_new(Ck *c, Symbol *sym, Node *spec, int index) {
    ObjInfo *oi = ar_alloc(sizeof *oi);
    oi->sym = sym;
    oi->spec = spec;
    oi->index = index;
    oi->filescope = c->filescope;
    oi->file = c->file;
    oi->order = c->nobjs;
    if (c->nobjs == c->capobjs) {
        int cap = c->capobjs ? c->capobjs * 2 : 64;
        ObjInfo **n = ar_alloc(sizeof *n * (size_t)cap);
        if (c->nobjs) memcpy(n, c->objs, sizeof *n * (size_t)c->nobjs);
        c->objs = n;
        c->capobjs = cap;
    }
    objhash_put(c, oi);
    c->objs[c->nobjs++] = oi;
    return oi;
}

static void deps_add(Deps *d, Symbol *s) {
    for (int i = 0; i < d->n; i++)
        if (d->syms[i] == s) return;
    if (d->n == d->cap) {
        int cap = d->cap ? d->cap * 2 : 8;
        Symbol **n = ar_alloc(sizeof *n * (size_t)cap);
        if (d->n) memcpy(n, d->syms, sizeof *n * (size_t)d->n);
        d->syms = n;
        d->cap = cap;
    }
    d->syms[d->n++] = s;
}

void ck_record_dep(Ck *c, Symbol *sym) {
    if (!c->cur_deps || !sym || sym->pkg != c->pkg) return;
    if (sym->kind != SYM_VAR && sym->kind != SYM_FUNC) return;
    if (sym->kind == SYM_VAR && !sym->global) return;
    deps_add(c->cur_deps, sym);
}

Deps *ck_deps_of_func(Ck *c, Node *fn) {
    ObjInfo *oi = obj_of(c, fn->sym);
    return oi ? &oi->deps : NULL;
}

void ck_add_func(Ck *c, Node *fn) {
    Package *p = c->pkg;
    if (p->nfuncs == p->cap_funcs) {
        int cap = p->cap_funcs ? p->cap_funcs * 2 : 32;
        Node **n = ar_alloc(sizeof *n * (size_t)cap);
        if (p->nfuncs) memcpy(n, p->funcs, sizeof *n * (size_t)p->nfuncs);
        p->funcs = n;
        p->cap_funcs = cap;
    }
    p->funcs[p->nfuncs++] = fn;
}

/* Context saved around a lazy resolution that may start inside a function body. */
typedef struct Saved {
    Node *func;
    Type *sig;
    Scope *scope;
    int ntargets;
    Label *labels;
    int nlabels, caplabels;
    Deps *deps;
    bool in_const;
    int64_t iota;
    const char *file;
    Scope *filescope;
} Saved;

static void save_ctx(Ck *c, Saved *s) {
    s->func = c->func;
    s->sig = c->sig;
    s->scope = c->scope;
    s->ntargets = c->ntargets;
    s->labels = c->labels;
    s->nlabels = c->nlabels;
    s->caplabels = c->caplabels;
    s->deps = c->cur_deps;
    s->in_const = c->in_const;
    s->iota = c->iota;
    s->file = c->file;
    s->filescope = c->filescope;
}

static void restore_ctx(Ck *c, Saved *s) {
    c->func = s->func;
    c->sig = s->sig;
    c->scope = s->scope;
    c->ntargets = s->ntargets;
    c->labels = s->labels;
    c->nlabels = s->nlabels;
    c->caplabels = s->caplabels;
    c->cur_deps = s->deps;
    c->in_const = s->in_const;
    c->iota = s->iota;
    c->file = s->file;
    c->filescope = s->filescope;
}

static void resolve_const(Ck *c, ObjInfo *oi) {
    Node *spec = oi->spec, *src = oi->const_src;
    Symbol *sym = oi->sym;
    sym->type = ty_invalid;
    if (!src || oi->index >= src->list2.len) {
        if (!src || src->list2.len == 0)
            ck_error(c, spec->list.items[oi->index], "missing init expr for const declaration");
        else
            ck_error(c, spec->list.items[oi->index], "missing init expr for const declaration");
        return;
    }
    Node *e = src->list2.items[oi->index];
    if (src != spec) e = ast_copy(e); /* implicit repetition: a fresh copy per iota */
    c->in_const = true;
    c->iota = oi->iota;
    c->cur_deps = NULL;
    Type *t = src->a ? ck_type(c, src->a) : NULL;
    Node *holder = e;
    Type *et = ck_expr(c, &holder);
    if (et == ty_invalid || (t && t == ty_invalid)) return;
    if (!holder->cval) {
        ck_error(c, holder, "%s is not constant", ck_operand_str(c, holder));
        return;
    }
    if (t) {
        if (!type_is_untyped(t) && (t->underlying->kind > TY_STRING || t->kind == TY_INVALID)) {
            ck_error(c, src->a, "invalid constant type %s", ck_tstr(c, t));
            return;
        }
        if (!ck_assign(c, &holder, t, "constant declaration")) return;
    }
    sym->type = holder->type;
    sym->cval = holder->cval;
    if (src == spec) spec->list2.items[oi->index] = holder;
}

static void resolve_var_spec(Ck *c, ObjInfo *oi) {
    Node *spec = oi->spec;
    int n = spec->list.len;
    /* every name of the spec resolves together */
    ObjInfo **infos = ar_alloc(sizeof *infos * (size_t)n);
    for (int i = 0; i < n; i++) {
        Symbol *s = spec->list.items[i]->sym;
        infos[i] = obj_of(c, s);
        if (infos[i]) infos[i]->state = 1;
    }
    c->cur_deps = &oi->deps;
    Type *t = spec->a ? ck_type(c, spec->a) : NULL;
    for (int i = 0; i < n; i++)
        if (t) spec->list.items[i]->sym->type = t;
    ck_var_init(c, spec, t, true);
    for (int i = 0; i < n; i++) {
        if (infos[i]) {
            infos[i]->state = 2;
            if (infos[i] != oi) infos[i]->deps = oi->deps;
        }
    }
}

void ck_resolve_symbol(Ck *c, Symbol *sym) {
    ObjInfo *oi = obj_of(c, sym);
    if (!oi || oi->state == 2) return;
    if (oi->state == 1) {
        if (sym->kind == SYM_TYPE) return; /* check_type.c reports invalid recursion */
        if (sym->kind == SYM_FUNC) return;
        Node *at = oi->spec->kind == N_FUNCDECL ? oi->spec : oi->spec->list.items[oi->index];
        ck_error(c, at, "initialization cycle or initialization loop");
        sym->type = ty_invalid;
        oi->state = 2;
        return;
    }
    Saved sv;
    save_ctx(c, &sv);
    oi->state = 1;
    c->file = oi->file;
    c->filescope = oi->filescope;
    c->scope = oi->filescope;
    c->func = NULL;
    c->sig = NULL;
    c->labels = NULL;
    c->nlabels = c->caplabels = 0;
    c->in_const = false;
    switch (sym->kind) {
    case SYM_CONST: resolve_const(c, oi); break;
    case SYM_VAR: resolve_var_spec(c, oi); break;
    case SYM_TYPE: ck_typespec(c, sym, oi->spec); break;
    case SYM_FUNC: {
        Node *fd = oi->spec;
        c->cur_deps = NULL;
        Type *rt = NULL;
        sym->type = ck_functype(c, fd->b, fd->a, &rt);
        if (fd->a) sym->recv = rt;
        break;
    }
    default: break;
    }
    oi->state = 2;
    restore_ctx(c, &sv);
}

/* ---------- collection ---------- */

static void collect_gendecl(Ck *c, Node *gd) {
    Node *last_const = NULL;
    for (int si = 0; si < gd->list.len; si++) {
        Node *spec = gd->list.items[si];
        if (spec->kind == N_TYPESPEC) {
            Symbol *s = ck_symbol_new(c, SYM_TYPE, spec->name, NULL, spec);
            s->global = true;
            if (!(spec->flags & NF_ALIAS)) {
                s->type = type_named(spec->name, c->pkg, s);
                s->type->named->decl = spec;
            }
            spec->sym = s;
            ck_declare(c, c->pkg->scope, s, spec);
            obj_new(c, s, spec, 0);
            continue;
        }
        if (spec->kind == N_CONSTSPEC && spec->list2.len > 0) last_const = spec;
        for (int i = 0; i < spec->list.len; i++) {
            Node *id = spec->list.items[i];
            Symbol *s = ck_symbol_new(c, spec->kind == N_CONSTSPEC ? SYM_CONST : SYM_VAR, id->name,
                                      NULL, id);
            s->global = spec->kind == N_VARSPEC;
            id->sym = s;
            if (strcmp(id->name, "_") != 0) ck_declare(c, c->pkg->scope, s, id);
            ObjInfo *oi = obj_new(c, s, spec, i);
            if (spec->kind == N_CONSTSPEC) {
                oi->const_src = last_const;
                oi->iota = spec->ival ? spec->ival : si;
            }
        }
    }
}

static Node *recv_base_ident(Node *t, bool *ptr) {
    *ptr = false;
    while (t && t->kind == N_PAREN)
        t = t->a;
    if (t && t->kind == N_STAR) {
        *ptr = true;
        t = t->a;
        while (t && t->kind == N_PAREN)
            t = t->a;
    }
    return t && t->kind == N_IDENT ? t : NULL;
}

static void add_method(Ck *c, Node *fd) {
    Symbol *s = ck_symbol_new(c, SYM_FUNC, fd->name, NULL, fd);
    s->global = true;
    fd->sym = s;
    ObjInfo *oi = obj_new(c, s, fd, 0);
    Node *recv = fd->a;
    bool ptr;
    Node *base = recv_base_ident(recv->a, &ptr);
    Symbol *ts = base ? ck_scope_lookup_local(c->pkg->scope, base->name) : NULL;
    ck_resolve_symbol(c, s);
    (void)oi;
    if (!base) return;
    if (!ts) {
        Symbol *u = ck_scope_lookup_local(c->universe, base->name);
        if (u && u->kind == SYM_TYPE)
            ck_error(c, base, "cannot define new methods on non-local type %s", base->name);
        else
            ck_error(c, base, "undefined: %s", base->name);
        return;
    }
    if (ts->kind != SYM_TYPE) {
        ck_error(c, base, "%s is not a type", base->name);
        return;
    }
    ck_resolve_symbol(c, ts);
    Type *t = ts->type;
    if (!t || !t->named || t->named->pkg != c->pkg) {
        ck_error(c, base, "cannot define new methods on non-local type %s", base->name);
        return;
    }
    if (t->kind == TY_POINTER || t->kind == TY_INTERFACE) {
        /* at the receiver variable (its name, or its type when unnamed), as types2 */
        Node *at = recv->list.len ? recv->list.items[0] : recv->a;
        ck_error(c, at, "invalid receiver type %s (pointer or interface type)", base->name);
        return;
    }
    if (strcmp(fd->name, "_") == 0) return;
    NamedInfo *ni = t->named;
    for (int i = 0; i < ni->nmethods; i++) {
        if (strcmp(ni->methods[i].name, fd->name) == 0) {
            ck_error(c, fd, "%s.%s redeclared in this block", base->name, fd->name);
            return;
        }
    }
    if (t->kind == TY_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (strcmp(t->fields[i].name, fd->name) == 0) {
                ck_error(c, fd, "field and method with the same name %s", fd->name);
                return;
            }
    if (ni->nmethods == ni->cap_methods) {
        int cap = ni->cap_methods ? ni->cap_methods * 2 : 4;
        Method *m = ar_alloc(sizeof *m * (size_t)cap);
        if (ni->nmethods) memcpy(m, ni->methods, sizeof *m * (size_t)ni->nmethods);
        ni->methods = m;
        ni->cap_methods = cap;
    }
    Method *m = &ni->methods[ni->nmethods++];
    m->name = fd->name;
    m->type = s->type;
    m->sym = s;
    m->ptr_recv = ptr;
}

static const struct {
    const char *name, *path;
} auto_imports[] = {{"fmt", "fmt"},
                    {"strings", "strings"},
                    {"strconv", "strconv"},
                    {"math", "math"},
                    {"sort", "sort"},
                    {"errors", "errors"},
                    {"os", "os"},
                    {"time", "time"},
                    {"sync", "sync"},
                    {"atomic", "sync/atomic"},
                    {"context", "context"},
                    {"runtime", "runtime"},
                    {"utf8", "unicode/utf8"},
                    {"unicode", "unicode"},
                    {"rand", "math/rand"},
                    {"errgroup", "golang.org/x/sync/errgroup"},
                    {"semaphore", "golang.org/x/sync/semaphore"}};

static void add_import(Ck *c, Package *p) {
    Package *pk = c->pkg;
    for (int i = 0; i < pk->nimports; i++)
        if (pk->imports[i] == p) return;
    Package **n = ar_alloc(sizeof *n * (size_t)(pk->nimports + 1));
    if (pk->nimports) memcpy(n, pk->imports, sizeof *n * (size_t)pk->nimports);
    n[pk->nimports++] = p;
    pk->imports = n;
}

Symbol *ck_auto_import(Ck *c, const char *name) {
    if (!c->snippet) return NULL;
    for (size_t i = 0; i < sizeof auto_imports / sizeof auto_imports[0]; i++) {
        if (strcmp(auto_imports[i].name, name) != 0) continue;
        if (!loader_import_allowed(c->ld, auto_imports[i].path)) return NULL; /* embedder */
        Package *p = loader_import(c->ld, auto_imports[i].path, c->d);
        if (!p) return NULL;
        add_import(c, p);
        Symbol *s = ck_symbol_new(c, SYM_PKG, ast_intern(name, strlen(name)), ty_invalid, NULL);
        s->imported = p;
        ck_sym_used(s);
        Scope *fs = c->filescope;
        scope_insert(fs, s);
        return s;
    }
    return NULL;
}

static void collect_imports(Ck *c, Node *file) {
    for (int i = 0; i < file->list.len; i++) {
        Node *im = file->list.items[i];
        const char *path = im->str;
        if (strcmp(c->pkg->path, "main") == 0 && !loader_import_allowed(c->ld, path)) {
            ck_error(c, im, "package %s is not allowed", path); /* the embedder's filter */
            continue;
        }
        Package *p = loader_import(c->ld, path, c->d);
        if (!p) {
            ck_error(c, im, "package %s is not in std", path);
            continue;
        }
        add_import(c, p);
        if (im->name && strcmp(im->name, "_") == 0) continue;
        if (im->name && strcmp(im->name, ".") == 0) {
            ck_error(c, im, "dot imports are not supported");
            continue;
        }
        const char *name = im->name ? im->name : p->name;
        Symbol *s = ck_symbol_new(c, SYM_PKG, name, ty_invalid, im);
        s->imported = p;
        im->sym = s;
        Symbol *old = ck_scope_lookup_local(c->filescope, name);
        if (old) {
            ck_error(c, im, "%s redeclared in this block", name);
            continue;
        }
        scope_insert(c->filescope, s);
    }
}

static void report_unused_imports(Ck *c, Node *file) {
    if (c->snippet) return;
    for (int i = 0; i < file->list.len; i++) {
        Node *im = file->list.items[i];
        Symbol *s = im->sym;
        if (!s || s->used) continue;
        if (im->name)
            ck_error(c, im, "\"%s\" imported as %s and not used", im->str, im->name);
        else
            ck_error(c, im, "\"%s\" imported and not used", im->str);
    }
}

/* ---------- function bodies ---------- */

static void declare_params(Ck *c, Node *fields, Type **types, int ntypes, bool result, Node *fn) {
    int k = 0;
    for (int i = 0; i < fields->list.len; i++) {
        Node *f = fields->list.items[i];
        int nn = f->list.len ? f->list.len : 1;
        for (int j = 0; j < nn; j++, k++) {
            if (!f->list.len) continue;
            Node *id = f->list.items[j];
            Type *t = k < ntypes ? types[k] : ty_invalid;
            Symbol *s = ck_symbol_new(c, SYM_VAR, id->name, t, id);
            s->owner_func = fn;
            s->is_param = true;
            s->is_result = result;
            ck_sym_used(s);
            id->sym = s;
            id->type = t;
            ck_declare(c, c->scope, s, id);
        }
    }
}

void ck_func_body(Ck *c, Node *fn, Type *sig, Node *recv_field) {
    Saved sv;
    save_ctx(c, &sv);
    c->func = fn;
    c->sig = sig;
    c->ntargets = 0;
    c->labels = NULL;
    c->nlabels = c->caplabels = 0;
    /* a function literal inside a constant declaration sees its iota (types2, go.dev/issue/22345)
     */
    c->in_const = fn->kind == N_FUNCLIT && sv.in_const;
    c->scope = ck_scope_new(fn->kind == N_FUNCLIT ? sv.scope : c->filescope, fn);
    Node *ft = fn->kind == N_FUNCLIT ? fn->a : fn->b;
    if (recv_field && recv_field->list.len) {
        Node *id = recv_field->list.items[0];
        Symbol *s = ck_symbol_new(c, SYM_VAR, id->name, fn->sym ? fn->sym->recv : ty_invalid, id);
        s->owner_func = fn;
        s->is_param = true;
        ck_sym_used(s);
        id->sym = s;
        id->type = s->type;
        ck_declare(c, c->scope, s, id);
    }
    if (ft) {
        declare_params(c, ft, sig->params, sig->nparams, false, fn);
        Node fake = *ft;
        fake.list = ft->list2;
        declare_params(c, &fake, sig->results, sig->nresults, true, fn);
    }
    Node *body = fn->kind == N_FUNCLIT ? fn->b : fn->c;
    /* labels are function-wide: collect them first so forward gotos resolve */
    ck_block(c, body, false);
    ck_check_gotos(c, body);
    for (int i = 0; i < c->nlabels; i++)
        if (!c->labels[i].used)
            ck_error(c, c->labels[i].labeled, "label %s defined and not used", c->labels[i].name);
    if (sig->nresults > 0 && !ck_terminates(body)) {
        Node at = *body;
        if (body->ival > 0) {
            at.line = (int)(body->ival >> 32);
            at.col = (int)(body->ival & 0xffffffff);
        } else if (body->list.len) {
            Node *last = body->list.items[body->list.len - 1];
            at.line = last->line + 1;
            at.col = 1;
        }
        ck_error(c, &at, "missing return");
    }
    ck_check_unused(c, c->scope);
    if (fn->kind == N_FUNCDECL) ck_finalize(body);
    restore_ctx(c, &sv);
}

/* ---------- initialisation order ---------- */

/* Vars that spec's initializer reaches, through functions, transitively. */
static void reach(Ck *c, Deps *d, Deps *out, Deps *seen_funcs) {
    for (int i = 0; i < d->n; i++) {
        Symbol *s = d->syms[i];
        if (s->kind == SYM_VAR) {
            deps_add(out, s);
            continue;
        }
        bool seen = false;
        for (int j = 0; j < seen_funcs->n; j++)
            if (seen_funcs->syms[j] == s) seen = true;
        if (seen) continue;
        deps_add(seen_funcs, s);
        ObjInfo *oi = obj_of(c, s);
        if (oi) reach(c, &oi->deps, out, seen_funcs);
    }
}

static void push_init(Package *p, Node *spec) {
    if (p->ninit == p->cap_init) {
        int cap = p->cap_init ? p->cap_init * 2 : 16;
        Node **n = ar_alloc(sizeof *n * (size_t)cap);
        if (p->ninit) memcpy(n, p->init_order, sizeof *n * (size_t)p->ninit);
        p->init_order = n;
        p->cap_init = cap;
    }
    p->init_order[p->ninit++] = spec;
}

static void push_global(Package *p, Symbol *s) {
    if (p->nglobals == p->cap_globals) {
        int cap = p->cap_globals ? p->cap_globals * 2 : 16;
        Symbol **n = ar_alloc(sizeof *n * (size_t)cap);
        if (p->nglobals) memcpy(n, p->globals, sizeof *n * (size_t)p->nglobals);
        p->globals = n;
        p->cap_globals = cap;
    }
    p->globals[p->nglobals++] = s;
}

static void compute_init_order(Ck *c) {
    /* one entry per var spec (its first name's ObjInfo) */
    int n = 0;
    ObjInfo **specs = ar_alloc(sizeof *specs * (size_t)(c->nobjs + 1));
    Deps *vars = ar_alloc(sizeof *vars * (size_t)(c->nobjs + 1));
    for (int i = 0; i < c->nobjs; i++) {
        ObjInfo *oi = c->objs[i];
        if (oi->sym->kind != SYM_VAR || oi->index != 0) continue;
        Deps seen = {0};
        reach(c, &oi->deps, &vars[n], &seen);
        specs[n++] = oi;
    }
    int done = 0;
    bool *emitted = ar_alloc_atomic(sizeof(bool) * (size_t)(n + 1));
    while (done < n) {
        int pick = -1;
        for (int i = 0; i < n && pick < 0; i++) {
            if (emitted[i]) continue;
            bool ready = true;
            for (int k = 0; k < vars[i].n && ready; k++) {
                Symbol *v = vars[i].syms[k];
                for (int j = 0; j < n; j++) {
                    if (j == i || emitted[j]) continue;
                    Node *sp = specs[j]->spec;
                    for (int q = 0; q < sp->list.len; q++)
                        if (sp->list.items[q]->sym == v) ready = false;
                }
            }
            if (ready) pick = i;
        }
        if (pick < 0) {
            /* a cycle: report it once and emit the rest in declaration order */
            for (int i = 0; i < n; i++)
                if (!emitted[i]) {
                    ck_error(c, specs[i]->spec->list.items[0],
                             "initialization cycle or initialization loop");
                    break;
                }
            for (int i = 0; i < n; i++)
                if (!emitted[i]) {
                    emitted[i] = true;
                    done++;
                    push_init(c->pkg, specs[i]->spec);
                }
            break;
        }
        emitted[pick] = true;
        done++;
        push_init(c->pkg, specs[pick]->spec);
    }
    for (int i = 0; i < c->pkg->ninit; i++) {
        Node *sp = c->pkg->init_order[i];
        for (int q = 0; q < sp->list.len; q++) {
            Symbol *s = sp->list.items[q]->sym;
            if (s && strcmp(s->name, "_") != 0) push_global(c->pkg, s);
        }
    }
    /* a var that reaches itself through functions is a cycle as gc reports it */
    for (int i = 0; i < n; i++) {
        Node *sp = specs[i]->spec;
        for (int k = 0; k < vars[i].n; k++)
            for (int q = 0; q < sp->list.len; q++)
                if (vars[i].syms[k] == sp->list.items[q]->sym && sp->list2.len)
                    ck_error(c, sp->list.items[q], "initialization cycle or initialization loop");
    }
}

static int func_pos_cmp(const void *pa, const void *pb) {
    const Node *a = *(Node *const *)pa, *b = *(Node *const *)pb;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    return a->col < b->col ? -1 : a->col > b->col;
}

/* ---------- entry ---------- */

bool check_package(Package *pkg, Loader *ld, Diag *d) {
    Ck ck = {0}, *c = &ck;
    int errors_before = d->count;
    c->pkg = pkg;
    c->ld = ld;
    c->d = d;
    c->universe = get_universe();
    c->is_std = pkg->path && strcmp(pkg->path, "main") != 0;
    c->empty_tuple = type_tuple(NULL, 0);
    if (!pkg->scope) pkg->scope = ck_scope_new(c->universe, NULL);
    if (!pkg->name) pkg->name = "main";

    Scope **filescopes = ar_alloc(sizeof *filescopes * (size_t)(pkg->nfiles + 1));
    const char **filenames = ar_alloc(sizeof *filenames * (size_t)(pkg->nfiles + 1));
    bool *snippets = ar_alloc_atomic(sizeof(bool) * (size_t)(pkg->nfiles + 1));
    /* 1. collect */
    for (int fi = 0; fi < pkg->nfiles; fi++) {
        Node *file = pkg->files[fi];
        filenames[fi] = file->str ? file->str : (file->lit ? file->lit : pkg->path);
        c->file = filenames[fi];
        c->snippet = snippets[fi] = file->c != NULL;
        filescopes[fi] = c->filescope = ck_scope_new(pkg->scope, NULL);
        c->scope = c->filescope;
        collect_imports(c, file);
        if (file->c) {
            for (int i = 0; i < file->list2.len; i++) {
                Node *dcl = file->list2.items[i];
                if (dcl->kind == N_FUNCDECL && !dcl->a && strcmp(dcl->name, "main") == 0)
                    ck_error(c, dcl, "main redeclared in this block");
            }
            Node *fd = ast_new(N_FUNCDECL, file->c->line, file->c->col);
            fd->name = ast_intern("main", 4);
            fd->b = ast_new(N_FUNCTYPE, file->c->line, file->c->col);
            fd->c = file->c;
            fd->flags |= NF_IMPLICIT;
            ast_append(&file->list2, fd);
            file->c = NULL; /* now an ordinary declaration */
        }
        for (int i = 0; i < file->list2.len; i++) {
            Node *dcl = file->list2.items[i];
            if (dcl->kind == N_GENDECL) {
                collect_gendecl(c, dcl);
            } else if (dcl->kind == N_FUNCDECL && !dcl->a) {
                Symbol *s = ck_symbol_new(c, SYM_FUNC, dcl->name, NULL, dcl);
                s->global = true;
                dcl->sym = s;
                if (strcmp(dcl->name, "init") == 0) {
                    if (dcl->b->list.len || dcl->b->list2.len)
                        ck_error(c, dcl, "func init must have no arguments and no return values");
                } else if (strcmp(dcl->name, "_") != 0)
                    ck_declare(c, pkg->scope, s, dcl);
                obj_new(c, s, dcl, 0);
            }
        }
    }
    /* imports vs package-level names */
    for (int fi = 0; fi < pkg->nfiles; fi++) {
        Scope *fs = filescopes[fi];
        for (int i = 0; i < fs->nsyms; i++) {
            Symbol *ps = ck_scope_lookup_local(pkg->scope, fs->syms[i]->name);
            if (ps && ps->decl && fs->syms[i]->decl) {
                c->file = filenames[fi];
                ck_error(c, ps->decl, "%s already declared through import of package %s", ps->name,
                         fs->syms[i]->imported->path);
            }
        }
    }
    /* 2. methods */
    for (int fi = 0; fi < pkg->nfiles; fi++) {
        Node *file = pkg->files[fi];
        c->file = filenames[fi];
        c->filescope = c->scope = filescopes[fi];
        c->snippet = snippets[fi];
        for (int i = 0; i < file->list2.len; i++) {
            Node *dcl = file->list2.items[i];
            if (dcl->kind == N_FUNCDECL && dcl->a) add_method(c, dcl);
        }
    }
    /* 3. resolve every package-level object: types first, so that initializers
     * and bodies only ever see complete types */
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < c->nobjs; i++) {
            ObjInfo *oi = c->objs[i];
            if ((oi->sym->kind == SYM_TYPE) != (pass == 0)) continue;
            for (int fi = 0; fi < pkg->nfiles; fi++)
                if (filescopes[fi] == oi->filescope) c->snippet = snippets[fi];
            ck_resolve_symbol(c, oi->sym);
            if (diag_full(d)) break;
        }
    /* 4. function bodies */
    bool have_main = false;
    for (int fi = 0; fi < pkg->nfiles && !diag_full(d); fi++) {
        Node *file = pkg->files[fi];
        c->file = filenames[fi];
        c->filescope = c->scope = filescopes[fi];
        c->snippet = snippets[fi];
        for (int i = 0; i < file->list2.len && !diag_full(d); i++) {
            Node *fd = file->list2.items[i];
            if (fd->kind != N_FUNCDECL || !fd->sym) continue;
            Type *sig = fd->sym->type;
            if (!fd->a && strcmp(fd->name, "main") == 0 && !c->is_std) {
                have_main = true;
                if (sig && (sig->nparams || sig->nresults))
                    ck_error(c, fd, "func main must have no arguments and no return values");
            }
            ck_add_func(c, fd);
            if (!fd->c) {
                if (!c->is_std) ck_error(c, fd, "missing function body");
                continue;
            }
            if (!sig || sig->kind != TY_FUNC) continue;
            ObjInfo *oi = obj_of(c, fd->sym);
            c->cur_deps = oi ? &oi->deps : NULL;
            /* a snippet's statements may leave variables unread (a REPL-like sketch);
             * the functions it declares are held to Go's rule */
            c->snippet_main = c->snippet && (fd->flags & NF_IMPLICIT);
            ck_func_body(c, fd, sig, fd->a);
            c->snippet_main = false;
            c->cur_deps = NULL;
        }
        report_unused_imports(c, file);
    }
    if (!c->is_std && !have_main && d->count == errors_before && pkg->nfiles > 0) {
        Node *f0 = pkg->files[0];
        (void)f0;
        diag_error(d, filenames[0], 0, 0, "function main is undeclared in the main package");
    }
    compute_init_order(c);
    qsort(pkg->funcs, (size_t)pkg->nfuncs, sizeof *pkg->funcs, func_pos_cmp);
    pkg->checked = true;
    return d->count == errors_before;
}
