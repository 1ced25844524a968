/* check_type.c - type expressions to Types.
 *
 * A reference to a package-level named type "through an indirection" (under a
 * pointer, slice, map, channel or function type) does not force that type's
 * resolution: its size and structure are not needed, and resolving it early
 * would report valid recursions (type S struct{ p *T }; type T struct{ s S })
 * as cycles. A direct reference resolves it; finding it still in progress is
 * `invalid recursive type`. check.c resolves every package-level type before any
 * variable initializer or function body is checked.
 */
#include <string.h>

#include "../vm/object.h"
#include "arena.h"
#include "check_internal.h"

static Type *mark(Node *n, Type *t) {
    n->type = t;
    n->flags |= NF_TYPEEXPR;
    return t;
}

static Type *type_of_symbol(Ck *c, Node *n, Symbol *s, bool indirect) {
    if (s->kind != SYM_TYPE) {
        if (s->kind == SYM_VAR && s->type) {
            ck_sym_used(s); /* gc counts the (failed) use */
            ck_error(c, n, "%s (variable of type %s) is not a type", ck_expr_str(n),
                     ck_tstr(c, s->type));
        } else if (s->kind == SYM_FUNC && s->type) {
            ck_error(c, n, "%s (value of type %s) is not a type", ck_expr_str(n),
                     ck_tstr(c, s->type));
        } else if (s->kind == SYM_BUILTIN) {
            ck_error(c, n, "%s (built-in) is not a type", ck_expr_str(n));
        } else
            ck_error(c, n, "%s is not a type", ck_expr_str(n));
        return ty_invalid;
    }
    ck_sym_used(s);
    if (!s->type || (s->type->named && !s->type->underlying)) {
        if (!indirect || !s->type) ck_resolve_symbol(c, s);
        if (!s->type) {
            ck_error(c, n, "invalid recursive type %s", s->name);
            return ty_invalid;
        }
        if (!indirect && s->type->named && !s->type->underlying) {
            ck_error(c, s->decl ? s->decl : n, "invalid recursive type %s", s->name);
            type_set_underlying(s->type, ty_invalid);
            return ty_invalid;
        }
    }
    return s->type;
}

static const char *embedded_name(Node *t) {
    while (t && (t->kind == N_PAREN || t->kind == N_STAR))
        t = t->a;
    if (!t) return "?";
    if (t->kind == N_SELECTOR) return t->name;
    if (t->kind == N_IDENT) return t->name;
    return "?";
}

static Type *struct_type(Ck *c, Node *n) {
    int cap = 8, nf = 0;
    Field *fs = ar_alloc(sizeof *fs * (size_t)cap);
    for (int i = 0; i < n->list.len; i++) {
        Node *f = n->list.items[i];
        Type *ft;
        bool emb = (f->flags & NF_EMBEDDED) || f->list.len == 0;
        if (emb) {
            Node *te = f->a;
            Node *u = te;
            while (u && u->kind == N_PAREN)
                u = u->a;
            bool ptr = u && u->kind == N_STAR;
            ft = ck_type_indirect(c, te, ptr);
            if (ft != ty_invalid) {
                Type *base = ptr ? ft->elem : ft;
                if (ptr && base && base->named && base->underlying &&
                    (base->kind == TY_POINTER || base->kind == TY_INTERFACE))
                    ck_error(c, te, "embedded field type cannot be a pointer to an interface");
                else if (!ptr && ft->kind == TY_POINTER && ft->named)
                    ck_error(c, te, "embedded field type cannot be a pointer");
            }
        } else {
            ft = ck_type(c, f->a);
        }
        int nn = emb ? 1 : f->list.len;
        for (int j = 0; j < nn; j++) {
            const char *name = emb ? ast_intern(embedded_name(f->a), strlen(embedded_name(f->a)))
                                   : f->list.items[j]->name;
            if (strcmp(name, "_") != 0)
                for (int k = 0; k < nf; k++)
                    if (strcmp(fs[k].name, name) == 0)
                        ck_error(c, emb ? f->a : f->list.items[j], "%s redeclared", name);
            if (nf == cap) {
                Field *m = ar_alloc(sizeof *m * (size_t)cap * 2);
                memcpy(m, fs, sizeof *m * (size_t)nf);
                fs = m;
                cap *= 2;
            }
            Field *fl = &fs[nf++];
            fl->name = name;
            fl->type = ft;
            fl->embedded = emb;
            fl->exported = ck_is_exported(name);
            if (f->b && f->b->kind == N_BASICLIT) fl->tag = f->b->str;
        }
    }
    return type_struct(fs, nf);
}

static Type *interface_type(Ck *c, Node *n) {
    int cap = 8, nm = 0;
    Method *ms = ar_alloc(sizeof *ms * (size_t)cap);
    for (int i = 0; i < n->list.len; i++) {
        Node *f = n->list.items[i];
        Method *add = NULL;
        int nadd = 0;
        Method one;
        if (f->list.len) {
            one.name = f->list.items[0]->name;
            one.type = ck_functype(c, f->a, NULL, NULL);
            one.sym = NULL;
            one.ptr_recv = false;
            add = &one;
            nadd = 1;
        } else {
            Type *et = ck_type(c, f->a);
            if (et == ty_invalid) continue;
            if (et->kind != TY_INTERFACE) {
                ck_error(c, f->a, "cannot use %s as interface", ck_tstr(c, et));
                continue;
            }
            add = et->imethods;
            nadd = et->nimethods;
        }
        for (int k = 0; k < nadd; k++) {
            bool dup = false;
            for (int j = 0; j < nm; j++)
                if (strcmp(ms[j].name, add[k].name) == 0) {
                    if (ms[j].type != add[k].type || add == &one)
                        ck_error(c, f, "duplicate method %s", add[k].name);
                    dup = true;
                }
            if (dup) continue;
            if (nm == cap) {
                Method *m = ar_alloc(sizeof *m * (size_t)cap * 2);
                memcpy(m, ms, sizeof *m * (size_t)nm);
                ms = m;
                cap *= 2;
            }
            ms[nm++] = add[k];
        }
    }
    return type_interface(ms, nm);
}

static void param_types(Ck *c, NodeList *l, Type ***out, int *nout, bool *variadic, bool results) {
    int cap = 4, n = 0;
    Type **ts = ar_alloc(sizeof *ts * (size_t)cap);
    for (int i = 0; i < l->len; i++) {
        Node *f = l->items[i];
        Type *t;
        if (f->a && f->a->kind == N_ELLIPSIS) {
            if (results || i != l->len - 1 || f->list.len > 1) {
                ck_error(c, f->a, "can only use ... with final parameter in list");
                t = ty_invalid;
            } else {
                Type *e = ck_type_indirect(c, f->a->a, true);
                t = type_slice(e);
                f->a->type = t;
                f->a->flags |= NF_TYPEEXPR;
                *variadic = true;
            }
        } else {
            t = ck_type_indirect(c, f->a, true);
        }
        int nn = f->list.len ? f->list.len : 1;
        for (int j = 0; j < nn; j++) {
            if (n == cap) {
                Type **m = ar_alloc(sizeof *m * (size_t)cap * 2);
                memcpy(m, ts, sizeof *m * (size_t)n);
                ts = m;
                cap *= 2;
            }
            ts[n++] = t;
            if (f->list.len) f->list.items[j]->type = t;
        }
        f->type = t;
    }
    *out = ts;
    *nout = n;
}

Type *ck_functype(Ck *c, Node *ft, Node *recv, Type **recv_type) {
    if (recv && recv_type) {
        Node *rt = recv->a;
        Node *u = rt;
        while (u && u->kind == N_PAREN)
            u = u->a;
        Type *t = ck_type_indirect(c, rt, true);
        *recv_type = t;
        recv->type = t;
    }
    if (!ft) return type_func(NULL, 0, NULL, 0, false);
    Type **ps, **rs;
    int np, nr;
    bool variadic = false, dummy = false;
    param_types(c, &ft->list, &ps, &np, &variadic, false);
    param_types(c, &ft->list2, &rs, &nr, &dummy, true);
    Type *t = type_func(ps, np, rs, nr, variadic);
    if (variadic) ft->flags |= NF_VARIADIC;
    return mark(ft, t);
}

Type *ck_type(Ck *c, Node *n) {
    return ck_type_indirect(c, n, false);
}

Type *ck_type_indirect(Ck *c, Node *n, bool indirect) {
    if (!n) return ty_invalid;
    switch (n->kind) {
    case N_IDENT: {
        if (strcmp(n->name, "_") == 0) {
            ck_error(c, n, "cannot use _ as value or type");
            return mark(n, ty_invalid);
        }
        Symbol *s = ck_lookup(c, n->name);
        if (!s) {
            ck_error(c, n, "undefined: %s", n->name);
            return mark(n, ty_invalid);
        }
        n->sym = s;
        return mark(n, type_of_symbol(c, n, s, indirect));
    }
    case N_SELECTOR: {
        Node *x = n->a;
        if (x->kind == N_IDENT) {
            Symbol *s = ck_lookup(c, x->name);
            if (!s) s = ck_auto_import(c, x->name);
            if (s && s->kind == SYM_PKG) {
                ck_sym_used(s);
                Symbol *m = ck_scope_lookup_local(s->imported->scope, n->name);
                if (!m || !ck_is_exported(n->name)) {
                    Node at = ck_selector_at(n);
                    if (m)
                        ck_error(c, &at, "name %s not exported by package %s", n->name,
                                 s->imported->name);
                    else
                        ck_error(c, &at, "undefined: %s.%s", x->name, n->name);
                    return mark(n, ty_invalid);
                }
                n->sym = m;
                n->sel_kind = SEL_PKG;
                if (m->kind != SYM_TYPE) {
                    ck_error(c, n, "%s is not a type", ck_expr_str(n));
                    return mark(n, ty_invalid);
                }
                return mark(n, m->type);
            }
            if (!s) {
                ck_error(c, x, "undefined: %s", x->name);
                return mark(n, ty_invalid);
            }
        }
        ck_error(c, n, "%s is not a type", ck_expr_str(n));
        return mark(n, ty_invalid);
    }
    case N_PAREN: return mark(n, ck_type_indirect(c, n->a, indirect));
    case N_STAR: {
        Type *e = ck_type_indirect(c, n->a, true);
        if (e == ty_invalid) return mark(n, ty_invalid);
        return mark(n, type_pointer(e));
    }
    case N_ARRAYTYPE: {
        if (!n->a || n->a->kind == N_ELLIPSIS) {
            ck_error(c, n, "invalid use of [...] array (outside a composite literal)");
            return mark(n, ty_invalid);
        }
        Node *len = n->a;
        bool save = c->in_const;
        Type *lt = ck_expr(c, &n->a);
        c->in_const = save;
        len = n->a;
        Type *e = ck_type_indirect(c, n->b, indirect);
        if (lt == ty_invalid || e == ty_invalid) return mark(n, ty_invalid);
        if (!len->cval) {
            ck_error(c, len, "array length %s must be constant", ck_operand_str(c, len));
            return mark(n, ty_invalid);
        }
        int64_t v;
        ConstVal *iv = cv_convert(len->cval, ty_int, NULL);
        if (!iv || !cv_to_int64(iv, &v) || !type_is_numeric(lt)) {
            ck_error(c, len, "array length %s must be integer", ck_operand_str(c, len));
            return mark(n, ty_invalid);
        }
        if (v < 0) {
            ck_error(c, len, "invalid array length %s", ck_expr_str(len));
            return mark(n, ty_invalid);
        }
        if (type_is_untyped(len->type)) ck_convert_untyped(c, &n->a, ty_int);
        return mark(n, type_array(e, v));
    }
    case N_SLICETYPE: {
        Type *e = ck_type_indirect(c, n->b, true);
        return mark(n, e == ty_invalid ? ty_invalid : type_slice(e));
    }
    case N_MAPTYPE: {
        Type *k = ck_type_indirect(c, n->a, true);
        Type *v = ck_type_indirect(c, n->b, true);
        if (k == ty_invalid || v == ty_invalid) return mark(n, ty_invalid);
        if (k->underlying && !type_comparable(k) && k->kind != TY_INVALID) {
            ck_error(c, n->a, "invalid map key type %s", ck_tstr(c, k));
            return mark(n, ty_invalid);
        }
        return mark(n, type_map(k, v));
    }
    case N_CHANTYPE: {
        Type *e = ck_type_indirect(c, n->a, true);
        return mark(n, e == ty_invalid ? ty_invalid : type_chan(e, n->op));
    }
    case N_FUNCTYPE: return ck_functype(c, n, NULL, NULL);
    case N_STRUCTTYPE: return mark(n, struct_type(c, n));
    case N_INTERFACETYPE: return mark(n, interface_type(c, n));
    case N_ELLIPSIS: ck_error(c, n, "invalid use of ..."); return mark(n, ty_invalid);
    default: ck_error(c, n, "%s is not a type", ck_expr_str(n)); return mark(n, ty_invalid);
    }
}

Type *ck_typespec(Ck *c, Symbol *sym, Node *spec) {
    if (spec->flags & NF_ALIAS) {
        sym->type = ty_invalid;
        Type *t = ck_type(c, spec->a);
        sym->type = t;
        return t;
    }
    Type *named = sym->type;
    Type *u = ck_type(c, spec->a);
    if (named->underlying) return named; /* set by a recursion error already */
    type_set_underlying(named, u);
    return named;
}
