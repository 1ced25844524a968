/* compile_names.c - Go 1.19's names for function literals and for the wrappers of go and
 * defer statements, as stack traces print them.
 *
 * gc names a literal after the function it appears in, numbering the literals of each
 * function separately, in source order, dead code included: "main.main.func1", ... in
 * main.main; "main.(*T).M.func1" in a method; "main.main.func1.1" inside main.main.func1
 * (a literal's own literals drop the "func"); "main.glob..func1" in package-level variable
 * initialisers. Later, after dead code elimination, each go/defer statement whose call is
 * not a plain call of a function value without arguments or results gets a wrapper
 * closure, numbered after all the literals of its function in statement order.
 *
 * cg_name_function walks one function body before it is compiled and leaves each name
 * in the private Node.cg slot of its N_FUNCLIT / N_GO / N_DEFER node (literals nested in
 * literals are named when their own body is compiled). The wrapper names matter only
 * where minigo makes a wrapper (builtins, a nil func value) but every wrapped statement
 * takes its number.
 */
#include <stdarg.h>
#include <string.h>

#include "cg_internal.h"
#include "arena.h"

typedef struct Namer {
    const char *outer;  /* the enclosing function's name */
    const char *prefix; /* "func" for top-level functions and globals, "" in literals */
    int nlit;
    Node **wrapped; /* go/defer statements gc wraps, in order */
    int nwrapped, capwrapped;
} Namer;

static const char *name_of(const Namer *nm, int k) {
    const char *fmt = "%s.%s%d";
    size_t n = (size_t)snprintf(NULL, 0, fmt, nm->outer, nm->prefix, k);
    char *s = ar_alloc_atomic(n + 1);
    snprintf(s, n + 1, fmt, nm->outer, nm->prefix, k);
    return s;
}

static Type *U(Type *t) {
    return t && t->underlying ? t->underlying : t;
}

/* Whether gc wraps the call of a go/defer statement in a closure: everything but calling a
 * function value (not a method) that takes no arguments and returns nothing. */
static bool gc_wraps(Node *call) {
    call = cg_unparen(call);
    if (call->kind != N_CALL || call->builtin) return true;
    Node *callee = cg_unparen(call->a);
    if (callee->kind == N_SELECTOR &&
        (callee->sel_kind == SEL_METHOD || callee->sel_kind == SEL_IFACE_METHOD))
        return true;
    Type *ft = callee->type;
    if (callee->sym && callee->sym->kind == SYM_FUNC && callee->sym->type) ft = callee->sym->type;
    ft = U(ft);
    if (!ft || ft->kind != TY_FUNC) return true;
    return ft->nparams > 0 || ft->nresults > 0 || call->list.len > 0;
}

static void walk(Namer *nm, Node *n, bool live);

static void walk_list(Namer *nm, NodeList *l, bool live) {
    for (int i = 0; i < l->len; i++)
        walk(nm, l->items[i], live);
}

static bool const_bool(Node *e, bool *v) {
    if (!e || !e->cval || e->cval->kind != CV_BOOL) return false;
    *v = e->cval->b;
    return true;
}

static bool const_equal(const ConstVal *a, const ConstVal *b) {
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case CV_BOOL: return a->b == b->b;
    case CV_INT: return a->i == b->i;
    case CV_FLOAT: return a->f == b->f;
    case CV_COMPLEX: return a->re->f == b->re->f && a->im->f == b->im->f;
    case CV_STRING: return a->slen == b->slen && memcmp(a->s, b->s, a->slen) == 0;
    }
    return false;
}

/* A switch whose tag is constant (or absent: true) and whose cases are constants loses its
 * clauses that cannot run before gc orders statements: with a matching case only that
 * clause is left, otherwise the clauses whose cases all differ go. */
static void walk_switch(Namer *nm, Node *sw, bool live) {
    walk(nm, sw->a, live);
    walk(nm, sw->b, live);
    ConstVal tru = {.kind = CV_BOOL, .b = true};
    const ConstVal *tag = sw->b ? sw->b->cval : &tru;
    Node *match = NULL;
    for (int i = 0; tag && !match && i < sw->list.len; i++) {
        Node *cl = sw->list.items[i];
        for (int j = 0; j < cl->list.len; j++) {
            const ConstVal *c = cl->list.items[j]->cval;
            if (c && const_equal(c, tag)) {
                match = cl;
                break;
            }
        }
    }
    for (int i = 0; i < sw->list.len; i++) {
        Node *cl = sw->list.items[i];
        bool dead = false;
        if (match)
            dead = cl != match;
        else if (tag && cl->list.len > 0) {
            dead = true;
            for (int j = 0; j < cl->list.len; j++)
                if (!cl->list.items[j]->cval) dead = false;
        }
        walk_list(nm, &cl->list, live);
        walk_list(nm, &cl->list2, live && !dead);
    }
}

static void walk(Namer *nm, Node *n, bool live) {
    if (!n) return;
    switch (n->kind) {
    case N_FUNCLIT:
        if (!n->cg) n->cg = (void *)name_of(nm, ++nm->nlit);
        return; /* its own literals are its own */
    case N_GO:
    case N_DEFER:
        if (live && gc_wraps(n->a)) {
            if (nm->nwrapped == nm->capwrapped) {
                int cap = nm->capwrapped ? nm->capwrapped * 2 : 8;
                Node **nw = ar_alloc(sizeof *nw * (size_t)cap);
                if (nm->nwrapped) memcpy(nw, nm->wrapped, sizeof *nw * (size_t)nm->nwrapped);
                nm->wrapped = nw;
                nm->capwrapped = cap;
            }
            nm->wrapped[nm->nwrapped++] = n;
        }
        walk(nm, n->a, live);
        return;
    case N_IF: {
        bool v = false; /* set when k; gcc -O1 (sanitizer builds) cannot tell */
        walk(nm, n->a, live);
        walk(nm, n->b, live);
        bool k = const_bool(n->b, &v);
        walk(nm, n->c, live && (!k || v));
        walk(nm, n->d, live && (!k || !v));
        return;
    }
    case N_SWITCH: walk_switch(nm, n, live); return;
    case N_RANGE: /* key, value, range expression, body: source order */
        walk_list(nm, &n->list, live);
        walk(nm, n->a, live);
        walk(nm, n->d, live);
        return;
    default:
        if (n->cval) return; /* constants hold no literals; their operands are not compiled */
        walk(nm, n->a, live);
        walk(nm, n->b, live);
        walk(nm, n->c, live);
        walk(nm, n->d, live);
        walk_list(nm, &n->list, live);
        walk_list(nm, &n->list2, live);
        return;
    }
}

static void name_wrappers(Namer *nm) {
    for (int i = 0; i < nm->nwrapped; i++)
        nm->wrapped[i]->cg = (void *)name_of(nm, nm->nlit + 1 + i);
}

void cg_name_function(Node *decl, const char *fname) {
    Namer nm = {.outer = fname, .prefix = decl->kind == N_FUNCLIT ? "" : "func"};
    walk(&nm, decl->kind == N_FUNCDECL ? decl->c : decl->b, true);
    name_wrappers(&nm);
}

void cg_name_globals(Package *pkg) {
    const char *pn = pkg->name ? pkg->name : "main";
    size_t n = strlen(pn) + sizeof ".glob.";
    char *outer = ar_alloc_atomic(n);
    snprintf(outer, n, "%s.glob.", pn);
    Namer nm = {.outer = outer, .prefix = "func"};
    for (int f = 0; f < pkg->nfiles; f++) {
        Node *file = pkg->files[f];
        for (int i = 0; file && i < file->list2.len; i++) {
            Node *d = file->list2.items[i];
            if (d->kind != N_GENDECL || d->op != OP_VAR) continue;
            for (int j = 0; j < d->list.len; j++)
                walk_list(&nm, &d->list.items[j]->list2, true);
        }
    }
}
