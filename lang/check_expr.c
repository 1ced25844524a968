/* check_expr.c - expressions: single-value checks, identifiers, operators
 * and comparisons, selectors (with embedding made explicit), index and slice
 * expressions, type assertions, composite and function literals.
 * Operand descriptions, untyped conversion and assignability live in
 * check_assign.c.
 */
#include <stdio.h>
#include <string.h>

#include "../vm/object.h"
#include "arena.h"
#include "check_internal.h"

/* ---------- single-value checks ---------- */

static Type *invalid(Node *n) {
    n->type = ty_invalid;
    return ty_invalid;
}

/* Reports a non-value operand (type, builtin, no value); returns false then. */
static bool require_value(Ck *c, Node *n) {
    if (n->flags & NF_TYPEEXPR) {
        if (n->type != ty_invalid) ck_error(c, n, "%s (type) is not an expression", ck_expr_str(n));
        return false;
    }
    if (ck_builtin_of(n)) {
        ck_error(c, n, "%s (built-in) must be called", ck_expr_str(n));
        return false;
    }
    if (ck_is_invalid(n)) return false;
    if (n->type->kind == TY_TUPLE) {
        if (n->type->nparams == 0)
            ck_error(c, n, "%s (no value) used as value", ck_expr_str(n));
        else
            ck_error(c, n, "multiple-value %s (value of type %s) in single-value context",
                     ck_expr_str(n), ck_tstr(c, n->type));
        return false;
    }
    return true;
}

Type *ck_expr_hint(Ck *c, Node **pn, Type *hint) {
    ck_expr_raw(c, pn, hint);
    if (!require_value(c, *pn)) return invalid(*pn);
    return (*pn)->type;
}

Type *ck_expr(Ck *c, Node **pn) {
    return ck_expr_hint(c, pn, NULL);
}

Type *ck_multi_expr(Ck *c, Node **pn) {
    ck_expr_raw(c, pn, NULL);
    Node *n = *pn;
    if (n->type && n->type->kind == TY_TUPLE && n->type->nparams > 0) return n->type;
    if (!require_value(c, n)) return invalid(n);
    return n->type;
}

void ck_mark_used(Node *n) {
    n = ck_unparen(n);
    if (n && n->kind == N_IDENT && n->sym) ck_sym_used(n->sym);
}

/* The local variable at the root of an addressable expression, if any: taking an
 * address of (part of) it makes it live in a box. */
static void mark_addr_taken(Node *n) {
    for (;;) {
        n = ck_unparen(n);
        if (!n) return;
        if (n->kind == N_SELECTOR && n->sel_kind == SEL_FIELD && n->a->type &&
            n->a->type->kind == TY_STRUCT) {
            n = n->a;
            continue;
        }
        if (n->kind == N_INDEX && n->a->type && n->a->type->kind == TY_ARRAY) {
            n = n->a;
            continue;
        }
        break;
    }
    if (n->kind == N_IDENT && n->sym && n->sym->kind == SYM_VAR && !n->sym->global)
        n->sym->boxed = true;
}

/* ---------- identifiers ---------- */

static Type *ident(Ck *c, Node *n) {
    if (strcmp(n->name, "_") == 0) {
        ck_error(c, n, "cannot use _ as value");
        return invalid(n);
    }
    Symbol *s = ck_lookup(c, n->name);
    if (!s) {
        ck_error(c, n, "undefined: %s", n->name);
        return invalid(n);
    }
    n->sym = s;
    switch (s->kind) {
    case SYM_VAR:
        if (s->global) {
            ck_resolve_symbol(c, s);
            ck_record_dep(c, s);
        } else if (s->owner_func && s->owner_func != c->func) {
            s->boxed = true;
        }
        ck_sym_used(s);
        n->flags |= NF_ADDRESSABLE;
        n->type = s->type ? s->type : ty_invalid;
        return n->type;
    case SYM_CONST:
        if (!s->pkg && strcmp(s->name, "iota") == 0) {
            if (!c->in_const) {
                ck_error(c, n, "cannot use iota outside constant declaration");
                return invalid(n);
            }
            n->cval = cv_int(c->iota);
            n->type = ty_untyped_int;
            return n->type;
        }
        ck_resolve_symbol(c, s);
        ck_sym_used(s);
        if (!s->cval || !s->type || s->type == ty_invalid) return invalid(n);
        n->cval = s->cval;
        n->type = s->type;
        return n->type;
    case SYM_TYPE: return ck_type(c, n);
    case SYM_FUNC:
        ck_resolve_symbol(c, s);
        ck_record_dep(c, s);
        ck_sym_used(s);
        n->type = s->type ? s->type : ty_invalid;
        return n->type;
    case SYM_PKG:
        ck_sym_used(s);
        ck_error(c, n, "use of package %s without selector", s->name);
        return invalid(n);
    case SYM_BUILTIN: n->type = ty_invalid; return ty_invalid;
    case SYM_NIL: n->type = ty_untyped_nil; return n->type;
    default: ck_error(c, n, "undefined: %s", n->name); return invalid(n);
    }
}

/* ---------- member lookup through embedding ---------- */

typedef struct LEntry {
    Type *t;
    int path[16];
    Type *ptypes[16];
    int npath;
} LEntry;

void ck_lookup_member(Type *t, const char *name, Lookup *out) {
    memset(out, 0, sizeof *out);
    if (!t) return;
    if (t->kind == TY_POINTER && !t->named) {
        t = t->elem;
        if (!t || t->kind == TY_INTERFACE) return;
    }
    LEntry cur[32], next[32];
    int ncur = 1, nnext;
    cur[0].t = t;
    cur[0].npath = 0;
    Type *seen[64];
    int nseen = 0;
    for (int depth = 0; depth < 16 && ncur > 0; depth++) {
        int found = 0;
        nnext = 0;
        for (int e = 0; e < ncur; e++) {
            Type *et = cur[e].t;
            if (et->kind == TY_POINTER && !et->named) et = et->elem;
            if (!et) continue;
            if (et->named) {
                bool dup = false;
                for (int k = 0; k < nseen; k++)
                    if (seen[k] == et) dup = true;
                if (dup) continue;
                if (nseen < 64) seen[nseen++] = et;
                NamedInfo *ni = et->named;
                for (int k = 0; k < ni->nmethods; k++) {
                    if (strcmp(ni->methods[k].name, name) == 0) {
                        if (!found++) {
                            out->kind = 2;
                            out->method = &ni->methods[k];
                            out->recv_owner = et;
                            out->npath = cur[e].npath;
                            memcpy(out->path, cur[e].path, sizeof(int) * (size_t)cur[e].npath);
                            memcpy(out->path_types, cur[e].ptypes,
                                   sizeof(Type *) * (size_t)cur[e].npath);
                        }
                    }
                }
            }
            if (et->kind == TY_STRUCT) {
                for (int k = 0; k < et->nfields; k++) {
                    Field *f = &et->fields[k];
                    if (strcmp(f->name, name) == 0) {
                        if (!found++) {
                            out->kind = 1;
                            out->field_index = k;
                            out->field_type = f->type;
                            out->npath = cur[e].npath;
                            memcpy(out->path, cur[e].path, sizeof(int) * (size_t)cur[e].npath);
                            memcpy(out->path_types, cur[e].ptypes,
                                   sizeof(Type *) * (size_t)cur[e].npath);
                        }
                    }
                    if (f->embedded && nnext < 32 && cur[e].npath < 15) {
                        LEntry *ne = &next[nnext++];
                        *ne = cur[e];
                        ne->path[ne->npath] = k;
                        ne->ptypes[ne->npath] = f->type;
                        ne->npath++;
                        ne->t = f->type;
                    }
                }
            } else if (et->kind == TY_INTERFACE) {
                for (int k = 0; k < et->nimethods; k++) {
                    if (strcmp(et->imethods[k].name, name) == 0) {
                        if (!found++) {
                            out->kind = 2;
                            out->method = &et->imethods[k];
                            out->recv_owner = et;
                            out->field_index = k;
                            out->npath = cur[e].npath;
                            memcpy(out->path, cur[e].path, sizeof(int) * (size_t)cur[e].npath);
                            memcpy(out->path_types, cur[e].ptypes,
                                   sizeof(Type *) * (size_t)cur[e].npath);
                        }
                    }
                }
            }
        }
        if (found > 1) {
            out->kind = 3;
            return;
        }
        if (found == 1) return;
        memcpy(cur, next, sizeof(LEntry) * (size_t)nnext);
        ncur = nnext;
    }
}

/* ---------- selectors ---------- */

static void insert_deref(Node **px) {
    Node *x = *px;
    Node *s = ast_new(N_STAR, x->line, x->col);
    s->a = x;
    s->type = x->type->elem;
    s->flags = NF_IMPLICIT | NF_ADDRESSABLE;
    *px = s;
}

static Node *implicit_field(Node *x, Type *xt, int index, Type *ft) {
    Type *st = xt->kind == TY_POINTER && !xt->named ? xt->elem : xt;
    Node *s = ast_new(N_SELECTOR, x->line, x->col);
    s->a = x;
    s->name = st->fields[index].name;
    s->sel_kind = SEL_FIELD;
    s->field_index = index;
    s->type = ft;
    s->flags = NF_IMPLICIT;
    if ((x->flags & NF_ADDRESSABLE) || (xt->kind == TY_POINTER)) s->flags |= NF_ADDRESSABLE;
    return s;
}

static Type *method_expr(Ck *c, Node *n, Type *t) {
    Lookup lk;
    ck_lookup_member(t, n->name, &lk);
    if (lk.kind != 2) {
        Node at = ck_selector_at(n);
        Type *u = t->underlying ? t->underlying : t;
        if (u->kind == TY_POINTER && u->elem && type_is_interface(u->elem)) {
            ck_error(c, &at, "%s undefined (type %s is pointer to interface, not interface)",
                     ck_expr_str(n), ck_tstr(c, t));
            return invalid(n);
        }
        ck_error(c, &at, "%s undefined (type %s has no %s %s)", ck_expr_str(n), ck_tstr(c, t),
                 lk.kind == 1 ? "method" : "field or method", n->name);
        return invalid(n);
    }
    Method *m = lk.method;
    bool is_ptr = t->kind == TY_POINTER && !t->named;
    /* a pointer method promoted through an embedded *E is in T's method set too */
    bool via_embedded_ptr = false;
    for (int i = 0; i < lk.npath; i++)
        if (lk.path_types[i] && lk.path_types[i]->kind == TY_POINTER && !lk.path_types[i]->named)
            via_embedded_ptr = true;
    if (m->ptr_recv && !is_ptr && !via_embedded_ptr && lk.recv_owner->kind != TY_INTERFACE) {
        Node at = ck_selector_at(n); /* types2 1.19's text, for method values too */
        ck_error(c, &at, "cannot call pointer method %s on %s", n->name, ck_tstr(c, t));
        return invalid(n);
    }
    Type *ft = m->type;
    Type **ps = ar_alloc(sizeof *ps * (size_t)(ft->nparams + 1));
    ps[0] = t;
    for (int i = 0; i < ft->nparams; i++)
        ps[i + 1] = ft->params[i];
    n->sel_kind = SEL_METHODEXPR;
    n->flags |= NF_METHODEXPR;
    n->sym = m->sym;
    if (lk.recv_owner->kind == TY_INTERFACE) {
        n->field_index = lk.field_index;
        n->sel_kind = SEL_METHODEXPR;
    }
    n->type = type_func(ps, ft->nparams + 1, ft->results, ft->nresults, ft->variadic);
    return n->type;
}

static Type *package_member(Ck *c, Node *n, Symbol *ps) {
    ck_sym_used(ps);
    Package *p = ps->imported;
    n->a->sym = ps;
    n->a->type = ty_invalid;
    Symbol *m = p ? ck_scope_lookup_local(p->scope, n->name) : NULL;
    if (!m || !ck_is_exported(n->name)) {
        Node at = ck_selector_at(n);
        if (m)
            ck_error(c, &at, "name %s not exported by package %s", n->name, p->name);
        else
            ck_error(c, &at, "undefined: %s.%s", n->a->name, n->name);
        return invalid(n);
    }
    n->sym = m;
    n->sel_kind = SEL_PKG;
    switch (m->kind) {
    case SYM_CONST:
        n->cval = m->cval;
        n->type = m->type;
        break;
    case SYM_TYPE:
        n->type = m->type;
        n->flags |= NF_TYPEEXPR;
        break;
    case SYM_VAR:
        n->type = m->type;
        n->flags |= NF_ADDRESSABLE;
        break;
    default: n->type = m->type; break;
    }
    if (!n->type) return invalid(n);
    return n->type;
}

Type *ck_selector(Ck *c, Node **pn, bool for_call) {
    Node *n = *pn;
    Node *x = n->a;
    if (x->kind == N_IDENT) {
        Symbol *s = ck_lookup(c, x->name);
        if (!s) s = ck_auto_import(c, x->name);
        if (s && s->kind == SYM_PKG) return package_member(c, n, s);
    }
    ck_expr_raw(c, &n->a, NULL);
    x = n->a;
    if (x->flags & NF_TYPEEXPR) {
        if (x->type == ty_invalid) return invalid(n);
        return method_expr(c, n, x->type);
    }
    if (!require_value(c, x)) return invalid(n);
    Type *t = x->type;
    if (type_is_untyped(t)) {
        ck_default(c, &n->a);
        x = n->a;
        t = x->type;
    }
    if (t->kind == TY_POINTER && !t->named && t->elem && t->elem->kind == TY_INTERFACE) {
        Node at = ck_selector_at(n);
        ck_error(c, &at, "%s undefined (type %s is pointer to interface, not interface)",
                 ck_expr_str(n), ck_tstr(c, t));
        return invalid(n);
    }
    Lookup lk;
    ck_lookup_member(t, n->name, &lk);
    if (t->kind == TY_POINTER && t->named && lk.kind == 0) {
        /* spec: for x of a defined pointer type, x.f is (*x).f when that is a field (a
         * defined pointer type has no methods, nor are its base type's promoted to it) */
        Lookup via;
        ck_lookup_member(t->elem, n->name, &via);
        if (via.kind == 1) {
            insert_deref(&n->a);
            x = n->a;
            t = x->type;
            lk = via;
        }
    }
    Node at = ck_selector_at(n);
    if (lk.kind == 0) {
        ck_error(c, &at, "%s undefined (type %s has no field or method %s)", ck_expr_str(n),
                 ck_tstr(c, t), n->name);
        return invalid(n);
    }
    if (lk.kind == 3) {
        ck_error(c, &at, "ambiguous selector %s", ck_expr_str(n));
        return invalid(n);
    }
    /* walk the embedded path explicitly */
    Node *cur = x;
    Type *ct = t;
    bool through_ptr = t->kind == TY_POINTER;
    for (int i = 0; i < lk.npath; i++) {
        cur = implicit_field(cur, ct, lk.path[i], lk.path_types[i]);
        ct = lk.path_types[i];
        if (ct->kind == TY_POINTER) through_ptr = true;
    }
    if (lk.kind == 1) {
        n->a = cur;
        n->sel_kind = SEL_FIELD;
        n->field_index = lk.field_index;
        n->type = lk.field_type;
        if ((cur->flags & NF_ADDRESSABLE) || ct->kind == TY_POINTER) n->flags |= NF_ADDRESSABLE;
        return n->type;
    }
    Method *m = lk.method;
    if (lk.recv_owner->kind == TY_INTERFACE) {
        n->a = cur;
        n->sel_kind = SEL_IFACE_METHOD;
        n->field_index = lk.field_index;
        n->type = m->type;
        return n->type;
    }
    /* concrete method: adjust the receiver to exactly T or *T */
    bool cur_is_ptr = ct->kind == TY_POINTER && !ct->named;
    if (m->ptr_recv && !cur_is_ptr) {
        if (!(cur->flags & NF_ADDRESSABLE)) {
            ck_error(c, &at, "cannot call pointer method %s on %s", n->name, ck_tstr(c, t));
            return invalid(n);
        }
        mark_addr_taken(cur);
        Node *addr = ast_new(N_UNARY, cur->line, cur->col);
        addr->op = OP_AND;
        addr->a = cur;
        addr->type = type_pointer(ct);
        addr->flags = NF_IMPLICIT;
        cur = addr;
    } else if (!m->ptr_recv && cur_is_ptr) {
        Node *star = ast_new(N_STAR, cur->line, cur->col);
        star->a = cur;
        star->type = ct->elem;
        star->flags = NF_IMPLICIT | NF_ADDRESSABLE;
        cur = star;
    }
    (void)through_ptr;
    (void)for_call;
    n->a = cur;
    n->sel_kind = SEL_METHOD;
    n->sym = m->sym;
    n->type = m->type;
    return n->type;
}

/* ---------- operators ---------- */

static bool is_ordered(Type *t) {
    return type_is_integer(t) || type_is_float(t) || type_is_string(t);
}

static bool op_defined(int op, Type *t) {
    Type *u = t->underlying ? t->underlying : t;
    switch (op) {
    case OP_ADD: return type_is_numeric(u) || type_is_string(u);
    case OP_SUB:
    case OP_MUL:
    case OP_QUO: return type_is_numeric(u);
    case OP_REM:
    case OP_AND:
    case OP_OR:
    case OP_XOR:
    case OP_AND_NOT: return type_is_integer(u);
    case OP_LAND:
    case OP_LOR: return u->kind == TY_BOOL || u->kind == TY_UNTYPED_BOOL;
    default: return false;
    }
}

static int untyped_rank(Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_INT: return 1;
    case TY_UNTYPED_RUNE: return 2;
    case TY_UNTYPED_FLOAT: return 3;
    case TY_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

/* Brings both operands of a binary operation to a common type (Go's "matching"
 * of untyped operands). Reports and returns false on failure. */
static bool match_operands(Ck *c, Node *bin, Node **px, Node **py) {
    Node *x = *px, *y = *py;
    bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    if (ux && uy) {
        int rx = untyped_rank(x->type), ry = untyped_rank(y->type);
        if (rx && ry) {
            Type *t = rx >= ry ? x->type : y->type;
            ck_convert_untyped_code(c, px, t);
            ck_convert_untyped_code(c, py, t);
            return true;
        }
        if (x->type == y->type) return true;
        if (x->type->kind == TY_UNTYPED_NIL || y->type->kind == TY_UNTYPED_NIL) return true;
        goto mismatch;
    }
    if (ux || uy) {
        Node **pu = ux ? px : py;
        Node *other = ux ? y : x;
        Node *u = *pu;
        Type *target = other->type;
        Type *tu = target->underlying ? target->underlying : target;
        if (u->type->kind == TY_UNTYPED_NIL) {
            if (type_has_nil(tu)) {
                u->type = target;
                return true;
            }
            goto mismatch;
        }
        if (tu->kind == TY_INTERFACE && ck_is_comparison_op(bin->op)) {
            ck_default(c, pu);
            return true;
        }
        const char *desc = ck_operand_str(c, u);
        int r = ck_convert_untyped_code(c, pu, target);
        if (r == 0) return true;
        if (r == 4) return false;
        if (r == 2) {
            ck_error(c, u, "%s overflows %s", desc, ck_tstr(c, target));
            return false;
        }
        if (r == 3) {
            ck_error(c, u, "%s truncated to %s", desc, ck_tstr(c, target));
            return false;
        }
        goto mismatch;
    }
    return true;
mismatch:
    ck_error(c, x, "invalid operation: %s (mismatched types %s and %s)", ck_expr_str(bin),
             ck_tstr(c, x->type), ck_tstr(c, y->type));
    return false;
}

const char *ck_incomparable_reason(Ck *c, Type *t) {
    Type *u = t->underlying ? t->underlying : t;
    switch (u->kind) {
    case TY_SLICE: return "slice can only be compared to nil";
    case TY_MAP: return "map can only be compared to nil";
    case TY_FUNC: return "func can only be compared to nil";
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type)) {
                char buf[256];
                snprintf(buf, sizeof buf, "struct containing %s cannot be compared",
                         ck_tstr(c, u->fields[i].type));
                size_t n = strlen(buf);
                char *o = ar_alloc_atomic(n + 1);
                memcpy(o, buf, n + 1);
                return o;
            }
        return NULL;
    case TY_ARRAY: {
        char buf[256];
        snprintf(buf, sizeof buf, "%s cannot be compared", ck_tstr(c, t));
        size_t n = strlen(buf);
        char *o = ar_alloc_atomic(n + 1);
        memcpy(o, buf, n + 1);
        return o;
    }
    default: return NULL;
    }
}

static Type *comparison(Ck *c, Node *n) {
    Node *x = n->a, *y = n->b;
    /* nil-ness is read before matching: matching gives nil the other operand's type */
    bool xnil = x->type->kind == TY_UNTYPED_NIL, ynil = y->type->kind == TY_UNTYPED_NIL;
    if (!match_operands(c, n, &n->a, &n->b)) return invalid(n);
    x = n->a;
    y = n->b;
    Type *xt = x->type, *yt = y->type;
    if (xnil && ynil) {
        ck_error(c, n, "invalid operation: %s (operator %s not defined on nil)", ck_expr_str(n),
                 ast_op_names[n->op]);
        return invalid(n);
    }
    /* mixed interface / concrete: convert the concrete side */
    if (xt != yt) {
        char why[512];
        if (ck_assignable(c, x, yt, why, sizeof why)) {
            if (type_is_interface(yt) && !type_is_interface(xt))
                ck_wrap_convert(c, &n->a, yt);
            else if (!xnil && xt != yt && !type_is_interface(xt))
                ck_wrap_convert(c, &n->a, yt);
        } else if (ck_assignable(c, y, xt, why, sizeof why)) {
            if (type_is_interface(xt) && !type_is_interface(yt))
                ck_wrap_convert(c, &n->b, xt);
            else if (!ynil && xt != yt && !type_is_interface(yt))
                ck_wrap_convert(c, &n->b, xt);
        } else {
            ck_error(c, x, "invalid operation: %s (mismatched types %s and %s)", ck_expr_str(n),
                     ck_tstr(c, xt), ck_tstr(c, yt));
            return invalid(n);
        }
    }
    x = n->a;
    y = n->b;
    Type *t = xnil ? yt : xt;
    if (n->op == OP_EQL || n->op == OP_NEQ) {
        if (!xnil && !ynil && !type_comparable(t)) {
            const char *why = ck_incomparable_reason(c, t);
            ck_error(c, x, "invalid operation: %s (%s)", ck_expr_str(n),
                     why ? why : "operands cannot be compared");
            return invalid(n);
        }
        if ((xnil || ynil) && !type_has_nil(t)) {
            ck_error(c, n, "invalid operation: %s (mismatched types %s and untyped nil)",
                     ck_expr_str(n), ck_tstr(c, t));
            return invalid(n);
        }
    } else if (!is_ordered(t->underlying ? t->underlying : t)) {
        const char *k = "";
        Type *u = t->underlying ? t->underlying : t;
        switch (u->kind) {
        case TY_STRUCT: k = "struct"; break;
        case TY_POINTER: k = "pointer"; break;
        case TY_INTERFACE: k = "interface"; break;
        case TY_BOOL:
        case TY_UNTYPED_BOOL: k = "bool"; break;
        case TY_SLICE: k = "slice"; break;
        case TY_MAP: k = "map"; break;
        case TY_CHAN: k = "chan"; break;
        case TY_ARRAY: k = "array"; break;
        case TY_FUNC: k = "func"; break;
        case TY_COMPLEX64:
        case TY_COMPLEX128:
        case TY_UNTYPED_COMPLEX: k = ck_tstr(c, t); break;
        default: k = "this type"; break;
        }
        ck_error(c, x, "invalid operation: %s (operator %s not defined on %s)", ck_expr_str(n),
                 ast_op_names[n->op], k);
        return invalid(n);
    }
    if (x->cval && y->cval) {
        n->cval = cv_bool(cv_compare(n->op, x->cval, y->cval));
    } else {
        /* untyped operands of a non-constant comparison take their default type */
        ck_default(c, &n->a);
        ck_default(c, &n->b);
    }
    n->type = ty_untyped_bool;
    return n->type;
}

static Type *shift(Ck *c, Node *n) {
    Type *xt = ck_expr(c, &n->a), *yt = ck_expr(c, &n->b);
    if (xt == ty_invalid || yt == ty_invalid) return invalid(n);
    Node *x = n->a, *y = n->b;
    /* the count */
    const char *ydesc = y->cval ? ck_operand_str(c, y) : NULL; /* before it becomes a uint */
    if (y->cval) {
        ConstVal *v = cv_convert(y->cval, ty_untyped_int, NULL);
        if (!v) {
            ck_error(c, y, "invalid operation: shift count %s must be integer",
                     ck_operand_str(c, y));
            return invalid(n);
        }
        if (v->i < 0) {
            ck_error(c, y, "invalid operation: negative shift count %s", ck_operand_str(c, y));
            return invalid(n);
        }
        if (type_is_untyped(yt)) ck_convert_untyped_code(c, &n->b, ty_uint);
    } else if (type_is_untyped(yt) && type_is_numeric(yt)) { /* a shift itself: a uint */
        if (ck_convert_untyped_code(c, &n->b, ty_uint)) return invalid(n);
    } else if (!type_is_integer(yt)) {
        ck_error(c, y, "invalid operation: shift count %s must be integer", ck_operand_str(c, y));
        return invalid(n);
    }
    y = n->b;
    if (x->cval) {
        if (type_is_untyped(xt)) {
            ConstVal *iv = cv_convert(x->cval, ty_untyped_int, NULL);
            if (!iv) {
                ck_error(c, x, "invalid operation: shifted operand %s must be integer",
                         ck_operand_str(c, x));
                return invalid(n);
            }
            /* a constant shift works on the integer value; a non-constant one keeps the
             * operand untyped: it takes the type the context gives the whole shift */
            if (xt->kind == TY_UNTYPED_FLOAT && y->cval) {
                x->cval = iv;
                x->type = ty_untyped_int;
                xt = ty_untyped_int;
            }
        } else if (!type_is_integer(xt)) {
            ck_error(c, x, "invalid operation: shifted operand %s must be integer",
                     ck_operand_str(c, x));
            return invalid(n);
        }
        if (y->cval) {
            int64_t s;
            if (!cv_to_int64(y->cval, &s)) s = INT64_MAX;
            bool overflow;
            ConstVal *r = cv_shift(n->op, x->cval, (uint64_t)s, &overflow);
            if (!r) {
                if (overflow)
                    ck_error_op(c, n, "constant shift overflow");
                else
                    ck_error(c, y, "invalid operation: invalid shift count %s", ydesc);
                return invalid(n);
            }
            n->type = xt;
            n->cval = r;
            if (!type_is_untyped(xt)) {
                ConstVal *v = cv_convert(r, xt, NULL);
                if (!v) {
                    ck_error(c, n, "%s (constant %s of type %s) overflows %s", ck_expr_str(n),
                             cv_str(r, xt), ck_tstr(c, xt), ck_tstr(c, xt));
                    return invalid(n);
                }
                n->cval = v;
            }
            return n->type;
        }
        /* non-constant shift of an untyped constant: typed by context later */
        n->type = xt;
        return xt;
    }
    if (!type_is_integer(xt)) {
        ck_error(c, x, "invalid operation: shifted operand %s must be integer",
                 ck_operand_str(c, x));
        return invalid(n);
    }
    n->type = xt;
    return xt;
}

static Type *binary(Ck *c, Node *n) {
    if (n->op == OP_SHL || n->op == OP_SHR) return shift(c, n);
    Type *xt = ck_expr(c, &n->a), *yt = ck_expr(c, &n->b);
    if (xt == ty_invalid || yt == ty_invalid) return invalid(n);
    if (ck_is_comparison_op(n->op)) return comparison(c, n);
    if (!match_operands(c, n, &n->a, &n->b)) return invalid(n);
    Node *x = n->a, *y = n->b;
    if (x->type != y->type && !(type_is_untyped(x->type) && type_is_untyped(y->type))) {
        ck_error(c, x, "invalid operation: %s (mismatched types %s and %s)", ck_expr_str(n),
                 ck_tstr(c, x->type), ck_tstr(c, y->type));
        return invalid(n);
    }
    Type *t = x->type;
    if (!op_defined(n->op, t)) {
        ck_error(c, x, "invalid operation: operator %s not defined on %s", ast_op_names[n->op],
                 ck_operand_str(c, x));
        return invalid(n);
    }
    if ((n->op == OP_QUO || n->op == OP_REM) && y->cval && (x->cval || type_is_integer(t))) {
        if (cv_is_zero(y->cval)) {
            ck_error(c, y, "invalid operation: division by zero");
            return invalid(n);
        }
    }
    n->type = t;
    if (x->cval && y->cval) {
        bool dz;
        Type *ct = t;
        if (type_is_untyped(t) && t->kind != TY_UNTYPED_FLOAT) ct = t;
        ConstVal *r = cv_binary(c, n, n->op, x->cval, y->cval, ct, &dz);
        if (!r) return invalid(n);
        if (!type_is_untyped(t)) {
            ConstVal *v = cv_convert(r, t, NULL);
            if (!v) {
                ck_error(c, n, "%s (constant %s of type %s) overflows %s", ck_expr_str(n),
                         cv_str(r, t), ck_tstr(c, t), ck_tstr(c, t));
                return invalid(n);
            }
            r = v;
        }
        n->cval = r;
    }
    return t;
}

static Type *unary(Ck *c, Node *n) {
    if (n->op == OP_AND) {
        Node *x = ck_unparen(n->a);
        if (x && x->kind == N_COMPOSITE) {
            Type *t = ck_expr(c, &n->a);
            if (t == ty_invalid) return invalid(n);
            n->type = type_pointer(t);
            return n->type;
        }
        Type *t = ck_expr(c, &n->a);
        if (t == ty_invalid) return invalid(n);
        if (!(n->a->flags & NF_ADDRESSABLE)) {
            ck_error(c, n, "invalid operation: cannot take address of %s", ck_operand_str(c, n->a));
            return invalid(n);
        }
        mark_addr_taken(n->a);
        n->type = type_pointer(t);
        return n->type;
    }
    if (n->op == OP_ARROW) { /* errors at the operand, as gc */
        Type *t = ck_expr(c, &n->a);
        if (t == ty_invalid) return invalid(n);
        if (t->kind != TY_CHAN) {
            ck_error(c, n->a, "invalid operation: cannot receive from non-channel %s",
                     ck_operand_str(c, n->a));
            return invalid(n);
        }
        if (t->chan_dir == CHAN_SEND) {
            ck_error(c, n->a, "invalid operation: cannot receive from send-only channel %s",
                     ck_operand_str(c, n->a));
            return invalid(n);
        }
        n->type = t->elem;
        return n->type;
    }
    Type *t = ck_expr(c, &n->a);
    if (t == ty_invalid) return invalid(n);
    Node *x = n->a;
    Type *u = t->underlying ? t->underlying : t;
    bool ok;
    switch (n->op) {
    case OP_ADD:
    case OP_SUB: ok = type_is_numeric(u); break;
    case OP_NOT: ok = u->kind == TY_BOOL || u->kind == TY_UNTYPED_BOOL; break;
    case OP_XOR: ok = type_is_integer(u); break;
    default: ok = false;
    }
    if (!ok) {
        ck_error(c, n, "invalid operation: operator %s not defined on %s", ast_op_names[n->op],
                 ck_operand_str(c, x));
        return invalid(n);
    }
    n->type = t;
    if (x->cval) {
        ConstVal *r = cv_unary(n->op, x->cval, t);
        if (!r) return invalid(n);
        if (cv_too_big(r)) {
            ck_error(c, n, "constant %soverflow", n->op == OP_XOR ? "bitwise complement " : "");
            return invalid(n);
        }
        if (!type_is_untyped(t)) {
            ConstVal *v = cv_convert(r, t, NULL);
            if (!v) {
                ck_error(c, n, "constant %s overflows %s", cv_str(r, t), ck_tstr(c, t));
                return invalid(n);
            }
            r = v;
        }
        n->cval = r;
    }
    return t;
}

/* ---------- index, slice, assertion ---------- */

/* Checks an index operand; length < 0 when unknown. Returns false on error. */
static bool check_index(Ck *c, Node **pi, int64_t length, const char *what, bool allow_eq) {
    Type *t = ck_expr(c, pi);
    if (t == ty_invalid) return false;
    Node *i = *pi;
    if (i->cval) {
        ConstVal *v = cv_convert(i->cval, ty_untyped_int, NULL);
        if (!v) {
            if (i->cval->kind == CV_FLOAT)
                ck_error(c, i, "%s truncated to int", ck_operand_str(c, i));
            else
                ck_error(c, i, "invalid argument: %s %s must be integer", what,
                         ck_operand_str(c, i));
            return false;
        }
        if (!type_is_integer(t) && !type_is_untyped(t)) {
            ck_error(c, i, "invalid argument: %s %s must be integer", what, ck_operand_str(c, i));
            return false;
        }
        if (type_is_untyped(t)) {
            ConstVal *iv = cv_convert(v, ty_int, NULL);
            if (!iv) {
                ck_error(c, i, "invalid argument: %s %s overflows int", what, ck_operand_str(c, i));
                return false;
            }
            ck_convert_untyped_code(c, pi, ty_int);
            i = *pi;
        }
        if (v->i < 0) {
            ck_error(c, i, "invalid argument: %s %s must not be negative", what,
                     ck_operand_str(c, i));
            return false;
        }
        if (length >= 0 && (v->i > length || (!allow_eq && v->i == length))) {
            ck_error(c, i, "invalid argument: %s %s out of bounds [0:%lld]", what, ck_expr_str(i),
                     (long long)(allow_eq ? length + 1 : length));
            return false;
        }
        return true;
    }
    /* an untyped non-constant (a shift of an untyped constant) becomes an int */
    if (type_is_untyped(t) && type_is_numeric(t)) return ck_convert_untyped(c, pi, ty_int);
    if (!type_is_integer(t)) {
        ck_error(c, i, "invalid argument: %s %s must be integer", what, ck_operand_str(c, i));
        return false;
    }
    return true;
}

static Type *index_expr(Ck *c, Node *n) {
    Type *t = ck_expr(c, &n->a);
    if (t == ty_invalid) {
        Node *b = n->b;
        ck_expr_raw(c, &n->b, NULL);
        (void)b;
        return invalid(n);
    }
    if (type_is_untyped(t)) {
        ck_default(c, &n->a);
        t = n->a->type;
    }
    Type *u = t->underlying ? t->underlying : t;
    if (u->kind == TY_POINTER && u->elem && u->elem->kind == TY_ARRAY) {
        insert_deref(&n->a);
        t = n->a->type;
        u = t->underlying;
    }
    switch (u->kind) {
    case TY_STRING: {
        int64_t len = n->a->cval ? (int64_t)n->a->cval->slen : -1;
        if (!check_index(c, &n->b, len, "index", false)) return invalid(n);
        n->type = ty_uint8;
        if (n->a->cval && n->b->cval) {
            int64_t i;
            cv_to_int64(n->b->cval, &i);
            n->cval = cv_int((unsigned char)n->a->cval->s[i]);
        }
        return n->type;
    }
    case TY_SLICE:
        if (!check_index(c, &n->b, -1, "index", false)) return invalid(n);
        n->type = u->elem;
        n->flags |= NF_ADDRESSABLE;
        return n->type;
    case TY_ARRAY:
        if (!check_index(c, &n->b, u->len, "index", false)) return invalid(n);
        n->type = u->elem;
        if (n->a->flags & NF_ADDRESSABLE) n->flags |= NF_ADDRESSABLE;
        return n->type;
    case TY_MAP:
        if (ck_expr(c, &n->b) == ty_invalid) return invalid(n);
        if (!ck_assign(c, &n->b, u->key, "map index")) return invalid(n);
        n->type = u->elem;
        return n->type;
    default:
        ck_expr_raw(c, &n->b, NULL);
        ck_error(c, n, "invalid operation: cannot index %s", ck_operand_str(c, n->a));
        return invalid(n);
    }
}

static Type *slice_expr(Ck *c, Node *n) {
    Type *t = ck_expr(c, &n->a);
    if (t == ty_invalid) {
        /* the indices are still checked (and their variables used), as in gc */
        if (n->b) ck_expr_raw(c, &n->b, NULL);
        if (n->c) ck_expr_raw(c, &n->c, NULL);
        if (n->d) ck_expr_raw(c, &n->d, NULL);
        return invalid(n);
    }
    if (type_is_untyped(t)) {
        ck_default(c, &n->a);
        t = n->a->type;
    }
    Type *u = t->underlying ? t->underlying : t;
    int64_t len = -1;
    Type *result;
    if (u->kind == TY_POINTER && u->elem && u->elem->kind == TY_ARRAY) {
        insert_deref(&n->a);
        u = n->a->type->underlying;
        t = n->a->type;
    }
    switch (u->kind) {
    case TY_STRING:
        if (n->flags & NF_SLICE3) {
            ck_error(c, n, "invalid operation: 3-index slice of string");
            return invalid(n);
        }
        if (n->a->cval) len = (int64_t)n->a->cval->slen;
        result = t->kind == TY_UNTYPED_STRING ? ty_string : t;
        break;
    case TY_SLICE: result = t; break;
    case TY_ARRAY:
        if (!(n->a->flags & NF_ADDRESSABLE)) {
            ck_error(c, n, "invalid operation: %s (slice of unaddressable value)", ck_expr_str(n));
            return invalid(n);
        }
        mark_addr_taken(n->a);
        len = u->len;
        result = type_slice(u->elem);
        break;
    default: ck_error(c, n, "cannot slice %s", ck_operand_str(c, n->a)); return invalid(n);
    }
    Node **idx[3] = {&n->b, &n->c, &n->d};
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++) {
        if (!*idx[i]) continue;
        if (!check_index(c, idx[i], len, "index", true)) return invalid(n);
        if ((*idx[i])->cval) cv_to_int64((*idx[i])->cval, &vals[i]);
    }
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                ck_error(c, *idx[j], "invalid slice indices: %lld < %lld", (long long)vals[j],
                         (long long)vals[i]);
                return invalid(n);
            }
    n->type = result;
    return result;
}

static Type *type_assert(Ck *c, Node *n) {
    Type *t = ck_expr(c, &n->a);
    if (!n->b) {
        ck_error(c, n, "invalid AST: use of .(type) outside type switch");
        return invalid(n);
    }
    Type *target = ck_type(c, n->b);
    if (t == ty_invalid || target == ty_invalid) return invalid(n);
    if (t->kind != TY_INTERFACE) {
        ck_error(c, n->a, "invalid operation: %s is not an interface", ck_operand_str(c, n->a));
        return invalid(n);
    }
    if (target->kind != TY_INTERFACE) {
        char why[512];
        if (!ck_implements(c, target, t, why, sizeof why)) {
            ck_error(c, n->b, "impossible type assertion: %s\n\t%s", ck_expr_str(n), why);
            return invalid(n);
        }
    }
    n->type = target;
    return target;
}

/* ---------- composite literals ---------- */

static Type *elem_hinted(Ck *c, Node **pe, Type *et, const char *context) {
    Node *e = *pe;
    if (e->kind == N_COMPOSITE && !e->a) {
        Type *eu = et->underlying ? et->underlying : et;
        if (eu->kind == TY_POINTER && eu->elem) {
            /* &T{...} elided to {...} */
            Node *addr = ast_new(N_UNARY, e->line, e->col);
            addr->op = OP_AND;
            addr->a = e;
            addr->flags = NF_IMPLICIT;
            ck_composite(c, &addr->a, eu->elem);
            if (ck_is_invalid(addr->a)) return ty_invalid;
            addr->type = type_pointer(eu->elem);
            *pe = addr;
            if (addr->type != et) ck_wrap_convert(c, pe, et);
            return et;
        }
        return ck_composite(c, pe, et);
    }
    if (ck_expr(c, pe) == ty_invalid) return ty_invalid;
    if (!ck_assign(c, pe, et, context)) return ty_invalid;
    return et;
}

Type *ck_composite(Ck *c, Node **pn, Type *hint) {
    Node *n = *pn;
    Type *t;
    bool open_array = false;
    if (n->a) {
        if (n->a->kind == N_ARRAYTYPE && n->a->a && n->a->a->kind == N_ELLIPSIS) {
            Type *et = ck_type(c, n->a->b);
            if (et == ty_invalid) return invalid(n);
            open_array = true;
            t = type_array(et, 0);
        } else {
            t = ck_type(c, n->a);
        }
    } else if (hint) {
        t = hint;
    } else {
        ck_error(c, n, "invalid composite literal type: missing type");
        return invalid(n);
    }
    if (t == ty_invalid) {
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.items[i];
            if (e->kind == N_KEYVALUE) {
                if (e->b->kind != N_COMPOSITE) ck_expr_raw(c, &e->b, NULL);
            } else if (e->kind != N_COMPOSITE)
                ck_expr_raw(c, &n->list.items[i], NULL);
        }
        return invalid(n);
    }
    Type *u = t->underlying ? t->underlying : t;
    switch (u->kind) {
    case TY_STRUCT: {
        if (n->list.len == 0) break;
        bool keyed = n->list.items[0]->kind == N_KEYVALUE;
        if (keyed) {
            bool *seen = ar_alloc_atomic(sizeof(bool) * (size_t)(u->nfields + 1));
            for (int i = 0; i < n->list.len; i++) {
                Node *e = n->list.items[i];
                if (e->kind != N_KEYVALUE) {
                    ck_error(c, e, "mixture of field:value and value elements in struct literal");
                    return invalid(n);
                }
                Node *k = e->a;
                if (k->kind != N_IDENT) {
                    ck_error(c, k, "invalid field name %s in struct literal", ck_expr_str(k));
                    return invalid(n);
                }
                int fi = -1;
                for (int j = 0; j < u->nfields; j++)
                    if (strcmp(u->fields[j].name, k->name) == 0) fi = j;
                if (fi < 0) {
                    ck_error(c, k, "unknown field '%s' in struct literal of type %s", k->name,
                             ck_tstr(c, t));
                    return invalid(n);
                }
                if (seen[fi]) {
                    ck_error(c, k, "duplicate field name %s in struct literal", k->name);
                    return invalid(n);
                }
                seen[fi] = true;
                e->field_index = fi;
                k->field_index = fi;
                k->type = u->fields[fi].type;
                if (elem_hinted(c, &e->b, u->fields[fi].type, "struct literal") == ty_invalid)
                    return invalid(n);
                e->type = u->fields[fi].type;
            }
        } else {
            for (int i = 0; i < n->list.len; i++) {
                Node *e = n->list.items[i];
                if (e->kind == N_KEYVALUE) {
                    ck_error(c, e, "mixture of field:value and value elements in struct literal");
                    return invalid(n);
                }
                if (i >= u->nfields) {
                    ck_error(c, e, "too many values in %s{…}", ck_expr_str(n->a));
                    return invalid(n);
                }
                if (elem_hinted(c, &n->list.items[i], u->fields[i].type, "struct literal") ==
                    ty_invalid)
                    return invalid(n);
            }
            if (n->list.len < u->nfields) {
                Node *last = n->list.items[n->list.len - 1];
                ck_error(c, last, "too few values in %s{…}", ck_expr_str(n->a));
                return invalid(n);
            }
        }
        break;
    }
    case TY_ARRAY:
    case TY_SLICE: {
        int64_t idx = 0, max = 0;
        int64_t cap_seen = 16, nseen = 0;
        int64_t *seen = ar_alloc_atomic(sizeof(int64_t) * (size_t)cap_seen);
        bool bad = false;
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.items[i];
            Node **pv = &n->list.items[i];
            if (e->kind == N_KEYVALUE) {
                if (!check_index(c, &e->a, (u->kind == TY_ARRAY && !open_array) ? u->len : -1,
                                 "index", false))
                    return invalid(n);
                if (!e->a->cval) {
                    ck_error(c, e->a, "index %s must be integer constant", ck_expr_str(e->a));
                    return invalid(n);
                }
                cv_to_int64(e->a->cval, &idx);
                pv = &e->b;
            } else if (u->kind == TY_ARRAY && !open_array && idx >= u->len) {
                ck_error(c, e, "index %lld is out of bounds (>= %lld)", (long long)idx,
                         (long long)u->len);
                return invalid(n);
            }
            for (int k = 0; k < nseen; k++)
                if (seen[k] == idx) {
                    ck_error(c, e->kind == N_KEYVALUE ? e->a : e,
                             "duplicate index %lld in array or slice literal", (long long)idx);
                    return invalid(n);
                }
            if (nseen == cap_seen) {
                int64_t *m = ar_alloc_atomic(sizeof(int64_t) * (size_t)cap_seen * 2);
                memcpy(m, seen, sizeof(int64_t) * (size_t)nseen);
                seen = m;
                cap_seen *= 2;
            }
            seen[nseen++] = idx;
            /* a bad element does not stop the others' checks: gc reports each */
            if (elem_hinted(c, pv, u->elem, "array or slice literal") == ty_invalid) bad = true;
            if (e->kind == N_KEYVALUE) e->type = u->elem;
            idx++;
            if (idx > max) max = idx;
        }
        if (bad) return invalid(n);
        if (open_array) {
            t = type_array(u->elem, max);
            n->a->type = t;
            n->a->flags |= NF_TYPEEXPR;
        }
        break;
    }
    case TY_MAP: {
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.items[i];
            if (e->kind != N_KEYVALUE) {
                ck_error(c, e, "missing key in map literal");
                return invalid(n);
            }
            if (elem_hinted(c, &e->a, u->key, "map literal") == ty_invalid) return invalid(n);
            if (elem_hinted(c, &e->b, u->elem, "map literal") == ty_invalid) return invalid(n);
            Node *k = e->a;
            while (k->kind == N_CONVERT && (k->flags & NF_IMPLICIT))
                k = k->a;
            if (k->cval) {
                for (int j = 0; j < i; j++) {
                    Node *o = n->list.items[j]->a;
                    while (o->kind == N_CONVERT && (o->flags & NF_IMPLICIT))
                        o = o->a;
                    if (o->cval && o->cval->kind == k->cval->kind && o->type == k->type &&
                        cv_compare(OP_EQL, o->cval, k->cval)) {
                        ck_error(c, e->a, "duplicate key %s in map literal", ck_expr_str(e->a));
                        return invalid(n);
                    }
                }
            }
            e->type = u->elem;
        }
        break;
    }
    default: ck_error(c, n, "invalid composite literal type %s", ck_tstr(c, t)); return invalid(n);
    }
    n->type = t;
    return t;
}

/* ---------- function literals ---------- */

void ck_funclit(Ck *c, Node *n) {
    Type *sig = ck_functype(c, n->a, NULL, NULL);
    Symbol *s = ck_symbol_new(c, SYM_FUNC, "func", sig, n);
    n->sym = s;
    n->type = sig;
    ck_add_func(c, n);
    ck_func_body(c, n, sig, NULL);
    n->type = sig;
}

/* ---------- dispatch ---------- */

Type *ck_expr_raw(Ck *c, Node **pn, Type *hint) {
    Node *n = *pn;
    switch (n->kind) {
    case N_IDENT: return ident(c, n);
    case N_BASICLIT: {
        Type *t = ty_invalid;
        n->cval = cv_from_literal(c, n, &t);
        n->type = t;
        return t;
    }
    case N_PAREN: {
        Type *t = ck_expr_raw(c, &n->a, hint);
        Node *x = n->a;
        n->type = t;
        n->cval = x->cval;
        n->flags |= x->flags & (NF_TYPEEXPR | NF_ADDRESSABLE);
        if (x->sym && x->kind == N_IDENT) n->sym = x->sym;
        return t;
    }
    case N_FUNCLIT: ck_funclit(c, n); return n->type;
    case N_COMPOSITE: return ck_composite(c, pn, hint);
    case N_SELECTOR: return ck_selector(c, pn, false);
    case N_INDEX: return index_expr(c, n);
    case N_SLICE: return slice_expr(c, n);
    case N_TYPEASSERT: return type_assert(c, n);
    case N_CALL: return ck_call(c, pn);
    case N_STAR: {
        Type *t = ck_expr_raw(c, &n->a, NULL);
        Node *x = n->a;
        if (x->flags & NF_TYPEEXPR) {
            if (t == ty_invalid) return invalid(n);
            n->flags |= NF_TYPEEXPR;
            n->type = type_pointer(t);
            return n->type;
        }
        if (!require_value(c, x)) return invalid(n);
        if (x->type->kind == TY_UNTYPED_NIL) {
            ck_error(c, x, "invalid operation: cannot indirect nil");
            return invalid(n);
        }
        if (x->type->kind != TY_POINTER) {
            ck_error(c, x, "invalid operation: cannot indirect %s", ck_operand_str(c, x));
            return invalid(n);
        }
        n->type = x->type->elem;
        n->flags |= NF_ADDRESSABLE;
        return n->type;
    }
    case N_UNARY: return unary(c, n);
    case N_BINARY: return binary(c, n);
    case N_KEYVALUE: ck_error(c, n, "unexpected key:value expression"); return invalid(n);
    case N_CONVERT: return n->type;
    case N_ARRAYTYPE:
    case N_SLICETYPE:
    case N_MAPTYPE:
    case N_CHANTYPE:
    case N_FUNCTYPE:
    case N_STRUCTTYPE:
    case N_INTERFACETYPE: return ck_type(c, n);
    case N_ELLIPSIS:
    default: ck_error(c, n, "invalid expression"); return invalid(n);
    }
}
