/* compile_inline.c - inlining of small leaf functions at their static call sites.
 *
 * A call of a top-level function whose body is `return E` is compiled as E itself, with
 * the parameters bound to the registers holding the arguments, when nothing about the
 * call could be observed: E calls nothing (no frame would show in a trace, no scheduling
 * point is lost), cannot panic (so no trace ever needs the callee's frame), reads only
 * its parameters and constants (so -race sees every memory access from the right frame),
 * and every parameter and the result are one-word numbers or bools. That is the shape of
 * the small arithmetic helpers of compute kernels (a matrix element, a hash step, a
 * clamp written as an expression) where the call costs more than the work.
 *
 * Invariants: the verdict for a function is computed once (CgFn.inl); an inlined body
 * binds its parameters through FS.inl for exactly the duration of the expression's code
 * generation (E has no calls, so bindings never nest); arguments are evaluated once, in
 * order, before E, as a call evaluates them.
 */
#include "cg_internal.h"

enum { INL_UNKNOWN, INL_NO, INL_YES };
enum { INL_MAX_NODES = 40, INL_MAX_PARAMS = 8 };

static Type *U(Type *t) {
    return t && t->underlying ? t->underlying : t;
}

/* One-word numbers and bools: the values whose operations never allocate. */
static bool scalar(Type *t) {
    t = U(t);
    return t && (t->kind == TY_BOOL || type_is_integer(t) || type_is_float(t)) &&
           type_words(t) == 1;
}

static bool nonzero_const(Node *e) {
    return e->cval && ((e->cval->kind == CV_INT && e->cval->i != 0) ||
                       (e->cval->kind == CV_FLOAT && e->cval->f != 0));
}

/* Whether e is built only from constants, fn's own (unboxed) parameters and operators
 * that cannot panic; *budget bounds its size. */
static bool pure_expr(Node *e, Node *fn, int *budget) {
    if (!e || --*budget < 0) return false;
    if (e->cval) return scalar(e->type);
    if (!scalar(e->type)) return false;
    switch (e->kind) {
    case N_PAREN: return pure_expr(e->a, fn, budget);
    case N_IDENT:
        return e->sym && e->sym->kind == SYM_VAR && e->sym->owner_func == fn && e->sym->is_param &&
               !e->sym->is_result && !e->sym->boxed && !e->sym->global;
    case N_CONVERT: return scalar(e->a->type) && pure_expr(e->a, fn, budget);
    case N_UNARY:
        if (e->op != OP_ADD && e->op != OP_SUB && e->op != OP_NOT && e->op != OP_XOR) return false;
        return pure_expr(e->a, fn, budget);
    case N_BINARY:
        switch (e->op) {
        case OP_QUO:
        case OP_REM:
            /* integer division by a variable may panic; by a constant it cannot */
            if (type_is_integer(U(e->type)) && !nonzero_const(e->b)) return false;
            break;
        case OP_SHL:
        case OP_SHR:
            /* a negative variable count panics */
            if (!e->b->cval && !type_is_unsigned(U(e->b->type))) return false;
            break;
        case OP_EQL:
        case OP_NEQ:
        case OP_LSS:
        case OP_LEQ:
        case OP_GTR:
        case OP_GEQ:
            if (!scalar(e->a->type) || !scalar(e->b->type)) return false;
            break;
        default: break;
        }
        return pure_expr(e->a, fn, budget) && pure_expr(e->b, fn, budget);
    default: return false;
    }
}

/* The expression E of `func f(params) T { return E }` when f may be inlined, else NULL. */
static Node *inline_body(CG *cg, Symbol *f) {
    CgFn *info = cg_fninfo_sym(cg, f);
    if (info->inl == INL_UNKNOWN) {
        info->inl = INL_NO;
        Node *d = f->decl;
        Type *ft = U(f->type);
        if (d && d->kind == N_FUNCDECL && !d->a && d->c && d->c->list.len == 1 && ft &&
            ft->kind == TY_FUNC && !ft->variadic && ft->nresults == 1 && scalar(ft->results[0]) &&
            ft->nparams <= INL_MAX_PARAMS) {
            bool ok = true;
            for (int i = 0; i < ft->nparams; i++)
                ok = ok && scalar(ft->params[i]);
            Node *ret = d->c->list.items[0];
            int budget = INL_MAX_NODES;
            if (ok && ret->kind == N_RETURN && ret->list.len == 1 &&
                pure_expr(ret->list.items[0], d, &budget)) {
                info->inl = INL_YES;
                info->inl_expr = ret->list.items[0];
            }
        }
    }
    return info->inl == INL_YES ? info->inl_expr : NULL;
}

/* The parameter symbols of decl in order (NULL for a blank or unnamed one). */
static int param_syms(Node *decl, Symbol **out) {
    int n = 0;
    NodeList *fields = &decl->b->list;
    for (int i = 0; i < fields->len; i++) {
        Node *fld = fields->items[i];
        if (fld->list.len == 0) {
            out[n++] = NULL;
            continue;
        }
        for (int j = 0; j < fld->list.len; j++)
            out[n++] = fld->list.items[j]->sym;
    }
    return n;
}

bool cg_try_inline(FS *fs, Node *call, Symbol *f, int dst, int want) {
    if (fs->ninl || (call->flags & NF_ELLIPSIS)) return false;
    Node *body = inline_body(fs->cg, f);
    if (!body) return false;
    Type *ft = U(f->type);
    if (call->list.len != ft->nparams) return false; /* f(g()) spreads a tuple */
    Symbol *params[INL_MAX_PARAMS];
    if (param_syms(f->decl, params) != ft->nparams) return false;

    int save = fs->freereg;
    CgInline binds[INL_MAX_PARAMS];
    int nb = 0;
    for (int i = 0; i < ft->nparams; i++) {
        Node *arg = call->list.items[i];
        /* E never writes its parameters, so a local argument is read in place */
        int r = cg_expr_any(fs, arg);
        if (params[i]) binds[nb++] = (CgInline){params[i], r};
    }
    /* E may write its destination before it last reads a parameter: when the destination
     * is an argument's own register (x = f(x)), compute into a temporary first */
    bool aliased = want <= 0;
    for (int i = 0; i < nb; i++)
        aliased = aliased || binds[i].reg == dst;
    int out = aliased ? cg_alloc(fs, 1) : dst;
    fs->inl = binds;
    fs->ninl = nb;
    cg_expr(fs, body, out);
    fs->inl = NULL;
    fs->ninl = 0;
    if (want > 0 && out != dst) cg_move(fs, dst, out, 1);
    fs->freereg = save;
    return true;
}

int cg_inline_reg(const FS *fs, const Symbol *s) {
    for (int i = 0; i < fs->ninl; i++)
        if (fs->inl[i].sym == s) return fs->inl[i].reg;
    return -1;
}
