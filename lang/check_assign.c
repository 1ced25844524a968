/* check_assign.c - how operands are described and made to fit: the Go
 * spelling of expressions and gc's operand descriptions for diagnostics,
 * untyped-constant finalisation (ck_set_type, ck_convert_untyped_code,
 * ck_default), implicit conversions (N_CONVERT with NF_IMPLICIT), type
 * identity, interface satisfaction and assignability.
 * Strings built here are GC-allocated (mg_alloc_atomic): diagnostics and
 * AST annotations keep them.
 */
#include <stdio.h>
#include <string.h>

#include "../vm/object.h"
#include "arena.h"
#include "check_internal.h"

/* ---------- printing ---------- */

typedef struct SBuf {
    char *p;
    size_t len, cap;
} SBuf;

static void sb_putn(SBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap ? b->cap * 2 : 64) + n;
        char *q = ar_alloc_atomic(cap);
        if (b->len) memcpy(q, b->p, b->len);
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void sb_put(SBuf *b, const char *s) {
    sb_putn(b, s, strlen(s));
}

static void write_expr(SBuf *b, Node *n);

static void write_list(SBuf *b, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) sb_put(b, ", ");
        write_expr(b, l->items[i]);
    }
}

static void write_fields(SBuf *b, NodeList *l, const char *sep) {
    for (int i = 0; i < l->len; i++) {
        Node *f = l->items[i];
        if (i) sb_put(b, sep);
        for (int j = 0; j < f->list.len; j++) {
            if (j) sb_put(b, ", ");
            sb_put(b, f->list.items[j]->name);
        }
        if (f->list.len) sb_put(b, " ");
        write_expr(b, f->a);
    }
}

static void write_expr(SBuf *b, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_IDENT: sb_put(b, n->name); break;
    case N_BASICLIT: sb_putn(b, n->lit, n->lit_len); break;
    case N_COMPOSITE:
        write_expr(b, n->a);
        sb_put(b, n->list.len ? "{…}" : "{}");
        break;
    case N_FUNCLIT:
        write_expr(b, n->a);
        sb_put(b, " {…}");
        break;
    case N_PAREN:
        sb_put(b, "(");
        write_expr(b, n->a);
        sb_put(b, ")");
        break;
    case N_SELECTOR:
        if (n->flags & NF_IMPLICIT) {
            write_expr(b, n->a);
            break;
        }
        write_expr(b, n->a);
        sb_put(b, ".");
        sb_put(b, n->name);
        break;
    case N_INDEX:
        write_expr(b, n->a);
        sb_put(b, "[");
        write_expr(b, n->b);
        sb_put(b, "]");
        break;
    case N_SLICE:
        write_expr(b, n->a);
        sb_put(b, "[");
        write_expr(b, n->b);
        sb_put(b, ":");
        write_expr(b, n->c);
        if (n->flags & NF_SLICE3) {
            sb_put(b, ":");
            write_expr(b, n->d);
        }
        sb_put(b, "]");
        break;
    case N_TYPEASSERT:
        write_expr(b, n->a);
        sb_put(b, ".(");
        if (n->b)
            write_expr(b, n->b);
        else
            sb_put(b, "type");
        sb_put(b, ")");
        break;
    case N_CALL:
        write_expr(b, n->a);
        sb_put(b, "(");
        write_list(b, &n->list);
        if (n->flags & NF_ELLIPSIS) sb_put(b, "...");
        sb_put(b, ")");
        break;
    case N_STAR:
        if (n->flags & NF_IMPLICIT) {
            write_expr(b, n->a);
            break;
        }
        sb_put(b, "*");
        write_expr(b, n->a);
        break;
    case N_UNARY:
        if (n->flags & NF_IMPLICIT) {
            write_expr(b, n->a);
            break;
        }
        sb_put(b, ast_op_names[n->op]);
        write_expr(b, n->a);
        break;
    case N_BINARY:
        write_expr(b, n->a);
        sb_put(b, " ");
        sb_put(b, ast_op_names[n->op]);
        sb_put(b, " ");
        write_expr(b, n->b);
        break;
    case N_KEYVALUE:
        write_expr(b, n->a);
        sb_put(b, ": ");
        write_expr(b, n->b);
        break;
    case N_CONVERT:
        if (n->flags & NF_IMPLICIT || !n->b) {
            write_expr(b, n->a);
            break;
        }
        write_expr(b, n->b);
        sb_put(b, "(");
        write_expr(b, n->a);
        sb_put(b, ")");
        break;
    case N_ARRAYTYPE:
        sb_put(b, "[");
        if (n->a && n->a->kind == N_ELLIPSIS)
            sb_put(b, "...");
        else
            write_expr(b, n->a);
        sb_put(b, "]");
        write_expr(b, n->b);
        break;
    case N_SLICETYPE:
        sb_put(b, "[]");
        write_expr(b, n->b);
        break;
    case N_MAPTYPE:
        sb_put(b, "map[");
        write_expr(b, n->a);
        sb_put(b, "]");
        write_expr(b, n->b);
        break;
    case N_CHANTYPE:
        sb_put(b, n->op == CHAN_RECV ? "<-chan " : n->op == CHAN_SEND ? "chan<- " : "chan ");
        write_expr(b, n->a);
        break;
    case N_FUNCTYPE:
        sb_put(b, "func(");
        write_fields(b, &n->list, ", ");
        sb_put(b, ")");
        if (n->list2.len == 1 && n->list2.items[0]->list.len == 0) {
            sb_put(b, " ");
            write_expr(b, n->list2.items[0]->a);
        } else if (n->list2.len) {
            sb_put(b, " (");
            write_fields(b, &n->list2, ", ");
            sb_put(b, ")");
        }
        break;
    case N_STRUCTTYPE:
        sb_put(b, "struct{");
        write_fields(b, &n->list, "; ");
        sb_put(b, "}");
        break;
    case N_INTERFACETYPE:
        sb_put(b, "interface{");
        for (int i = 0; i < n->list.len; i++) {
            Node *f = n->list.items[i];
            if (i) sb_put(b, "; ");
            if (f->list.len) {
                sb_put(b, f->list.items[0]->name);
                SBuf t = {0};
                write_expr(&t, f->a);
                sb_put(b, t.p ? t.p + 4 : "()");
            } else
                write_expr(b, f->a);
        }
        sb_put(b, "}");
        break;
    case N_ELLIPSIS:
        sb_put(b, "...");
        write_expr(b, n->a);
        break;
    default: sb_put(b, "?"); break;
    }
}

const char *ck_expr_str(Node *n) {
    SBuf b = {0};
    sb_put(&b, "");
    write_expr(&b, n);
    return b.p;
}

const char *ck_tstr(Ck *c, Type *t) {
    return type_string_rel(t, c->pkg);
}

Node *ck_unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->a;
    return n;
}

bool ck_is_invalid(Node *n) {
    return !n || !n->type || n->type == ty_invalid;
}

Builtin ck_builtin_of(Node *n) {
    n = ck_unparen(n);
    if (n && n->kind == N_IDENT && n->sym && n->sym->kind == SYM_BUILTIN) return n->sym->builtin;
    return BI_NONE;
}

static const char *untyped_name(Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return "untyped bool";
    case TY_UNTYPED_INT: return "untyped int";
    case TY_UNTYPED_RUNE: return "untyped rune";
    case TY_UNTYPED_FLOAT: return "untyped float";
    case TY_UNTYPED_COMPLEX: return "untyped complex";
    case TY_UNTYPED_STRING: return "untyped string";
    default: return "untyped nil";
    }
}

static bool is_comma_ok_expr(Node *n) {
    n = ck_unparen(n);
    if (!n) return false;
    if (n->kind == N_TYPEASSERT) return true;
    if (n->kind == N_UNARY && n->op == OP_ARROW) return true;
    if (n->kind == N_INDEX && n->a && n->a->type && n->a->type->kind == TY_MAP) return true;
    return false;
}

const char *ck_operand_str(Ck *c, Node *n) {
    const char *e = ck_expr_str(n);
    char buf[1200];
    Node *u = ck_unparen(n);
    if (u && u->kind == N_IDENT && u->sym && u->sym->kind == SYM_NIL) return "nil";
    if (n->type && n->type->kind == TY_UNTYPED_NIL) return "nil";
    if (n->flags & NF_TYPEEXPR) {
        snprintf(buf, sizeof buf, "%s (type)", e);
    } else if (ck_builtin_of(n)) {
        snprintf(buf, sizeof buf, "%s (built-in function %s)", e, u->name);
    } else if (n->type && n->type->kind == TY_TUPLE && n->type->nparams == 0) {
        snprintf(buf, sizeof buf, "%s (no value)", e);
    } else if (n->cval) {
        const char *v = cv_str(n->cval, n->type);
        if (type_is_untyped(n->type)) {
            if (strcmp(v, e) == 0)
                snprintf(buf, sizeof buf, "%s (%s constant)", e, untyped_name(n->type));
            else
                snprintf(buf, sizeof buf, "%s (%s constant %s)", e, untyped_name(n->type), v);
        } else {
            if (strcmp(v, e) == 0)
                snprintf(buf, sizeof buf, "%s (constant of type %s)", e, ck_tstr(c, n->type));
            else
                snprintf(buf, sizeof buf, "%s (constant %s of type %s)", e, v, ck_tstr(c, n->type));
        }
    } else if (n->type && type_is_untyped(n->type)) {
        snprintf(buf, sizeof buf, "%s (%s value)", e, untyped_name(n->type));
    } else {
        const char *mode = "value";
        if (n->flags & NF_ADDRESSABLE)
            mode = "variable";
        else if (u && u->kind == N_INDEX && u->a && u->a->type && u->a->type->kind == TY_MAP)
            mode = "map index expression";
        else if (is_comma_ok_expr(n))
            mode = "comma, ok expression";
        snprintf(buf, sizeof buf, "%s (%s of type %s)", e, mode, ck_tstr(c, n->type));
    }
    size_t len = strlen(buf);
    char *out = ar_alloc_atomic(len + 1);
    memcpy(out, buf, len + 1);
    return out;
}

/* ---------- untyped values ---------- */

Type *ck_default_type(Type *t) {
    if (!t) return t;
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return ty_bool;
    case TY_UNTYPED_INT: return ty_int;
    case TY_UNTYPED_RUNE: return ty_int32;
    case TY_UNTYPED_FLOAT: return ty_float64;
    case TY_UNTYPED_COMPLEX: return ty_complex128;
    case TY_UNTYPED_STRING: return ty_string;
    default: return t;
    }
}

bool ck_is_comparison_op(int op) {
    return op == OP_EQL || op == OP_NEQ || op == OP_LSS || op == OP_LEQ || op == OP_GTR ||
           op == OP_GEQ;
}

void ck_set_type(Node *n, Type *t) {
    if (!n || !type_is_untyped(n->type)) return;
    if (n->cval) {
        ConstVal *v = cv_convert(n->cval, t, NULL);
        if (v) n->cval = v;
    }
    n->type = t;
    switch (n->kind) {
    case N_PAREN: ck_set_type(n->a, t); break;
    case N_UNARY:
        if (n->op != OP_ARROW) ck_set_type(n->a, t);
        break;
    case N_BINARY:
        if (ck_is_comparison_op(n->op)) break;
        ck_set_type(n->a, t);
        if (n->op != OP_SHL && n->op != OP_SHR) ck_set_type(n->b, t);
        break;
    default: break;
    }
}

/* The non-constant shift of an untyped constant in the untyped expression n, whose type
 * it takes. */
static Node *untyped_shift_in(Node *n) {
    n = ck_unparen(n);
    if (!n || n->cval || !type_is_untyped(n->type)) return NULL;
    switch (n->kind) {
    case N_UNARY: return n->op == OP_ARROW ? NULL : untyped_shift_in(n->a);
    case N_BINARY: {
        if (n->op == OP_SHL || n->op == OP_SHR) return n;
        if (ck_is_comparison_op(n->op)) return NULL;
        Node *s = untyped_shift_in(n->a);
        return s ? s : untyped_shift_in(n->b);
    }
    default: return NULL;
    }
}

/* 0 ok, 1 incompatible, 2 overflows, 3 truncated */
int ck_convert_untyped_code(Ck *c, Node **pn, Type *target) {
    Node *n = *pn;
    Type *t = n->type;
    if (!type_is_untyped(t)) return 0;
    if (target == ty_invalid) return 1;
    Type *u = target->underlying ? target->underlying : target;
    if (type_is_untyped(target)) {
        if (t->kind == TY_UNTYPED_NIL || target->kind == TY_UNTYPED_NIL) return t == target ? 0 : 1;
        if (n->cval) {
            bool trunc;
            ConstVal *v = cv_convert(n->cval, target, &trunc);
            if (!v) return trunc ? 3 : 1;
            n->cval = v;
        }
        n->type = target;
        return 0;
    }
    if (t->kind == TY_UNTYPED_NIL) {
        if (!type_has_nil(u)) return 1;
        n->type = target;
        return 0;
    }
    if (u->kind == TY_INTERFACE) {
        Type *d = ck_default_type(t);
        ck_set_type(n, d);
        if (u->nimethods > 0) return 1;
        ck_wrap_convert(c, pn, target);
        return 0;
    }
    /* kind compatibility */
    bool ok;
    switch (t->kind) {
    case TY_UNTYPED_BOOL: ok = u->kind == TY_BOOL; break;
    case TY_UNTYPED_STRING: ok = u->kind == TY_STRING; break;
    case TY_UNTYPED_INT:
    case TY_UNTYPED_RUNE:
    case TY_UNTYPED_FLOAT:
    case TY_UNTYPED_COMPLEX: ok = type_is_numeric(u); break;
    default: ok = false;
    }
    if (!ok) return 1;
    if (n->cval) {
        bool trunc;
        ConstVal *v = cv_convert(n->cval, u, &trunc);
        if (!v) { /* gc: float (or complex) to integer "truncates", else "overflows" */
            if (trunc || (!type_is_integer(t) && type_is_integer(u))) return 3;
            return n->cval->kind != CV_BOOL && n->cval->kind != CV_STRING ? 2 : 1;
        }
        ck_set_type(n, target);
        n->cval = v;
        return 0;
    }
    /* a non-constant shift of an untyped constant must become an integer, also inside a
     * larger untyped expression (1<<s + 1.0) */
    Node *x = untyped_shift_in(n);
    if (x && !type_is_integer(u)) {
        ck_error(c, x, "invalid operation: %s (shift of type %s)", ck_expr_str(x),
                 ck_tstr(c, target));
        n->type = ty_invalid;
        return 4;
    }
    ck_set_type(n, target);
    return 0;
}

bool ck_convert_untyped(Ck *c, Node **pn, Type *target) {
    return ck_convert_untyped_code(c, pn, target) == 0;
}

void ck_default(Ck *c, Node **pn) {
    ck_default_in(c, pn, NULL);
}

bool ck_default_in(Ck *c, Node **pn, const char *context) {
    Node *n = *pn;
    if (!n->type || !type_is_untyped(n->type) || n->type->kind == TY_UNTYPED_NIL) return true;
    const char *desc = context && n->cval ? ck_operand_str(c, n) : NULL;
    Type *t = ck_default_type(n->type);
    int r = ck_convert_untyped_code(c, pn, t);
    if (desc && (r == 2 || r == 3)) { /* a constant its default type cannot hold */
        ck_error(c, n, "cannot use %s as %s value in %s (%s)", desc, ck_tstr(c, t), context,
                 r == 2 ? "overflows" : "truncated");
        (*pn)->type = ty_invalid;
        return false;
    }
    return true;
}

void ck_wrap_convert(Ck *c, Node **pn, Type *t) {
    Node *n = *pn;
    if (n->type == t) return;
    Node *cv = ast_new(N_CONVERT, n->line, n->col);
    cv->a = n;
    cv->type = t;
    cv->flags = NF_IMPLICIT;
    *pn = cv;
}

/* ---------- identity, assignability, interfaces ---------- */

bool ck_identical(Type *a, Type *b) {
    return a == b;
}

/* The method named `name` in the method set of t (interfaces: their methods). */
static Method *method_for(Type *t, const char *name, bool *ptr_recv, bool *indirect) {
    Lookup lk;
    *ptr_recv = false;
    *indirect = false;
    ck_lookup_member(t, name, &lk);
    if (lk.kind != 2) return NULL;
    *ptr_recv = lk.method->ptr_recv;
    bool ind = t->kind == TY_POINTER && !t->named;
    for (int i = 0; i < lk.npath; i++)
        if (lk.path_types[i]->kind == TY_POINTER) ind = true;
    *indirect = ind;
    return lk.method;
}

static void sig_string(Ck *c, char *buf, size_t n, const char *name, Type *ft) {
    const char *s = ck_tstr(c, ft); /* "func(...)..." */
    snprintf(buf, n, "%s%s", name, s + 4);
}

bool ck_implements(Ck *c, Type *t, Type *iface, char *why, size_t whylen) {
    Type *iu = iface->underlying ? iface->underlying : iface;
    if (why) why[0] = 0;
    if (t == ty_invalid) return true;
    for (int i = 0; i < iu->nimethods; i++) {
        Method *im = &iu->imethods[i];
        bool pr, ind;
        Method *m;
        if (t->kind == TY_INTERFACE) {
            m = NULL;
            for (int j = 0; j < t->nimethods; j++)
                if (strcmp(t->imethods[j].name, im->name) == 0) m = &t->imethods[j];
            pr = ind = false;
        } else {
            m = method_for(t, im->name, &pr, &ind);
        }
        if (!m) {
            if (why)
                snprintf(why, whylen, "%s does not implement %s (missing method %s)", ck_tstr(c, t),
                         ck_tstr(c, iface), im->name);
            return false;
        }
        if (m->type != im->type) {
            if (why) {
                char have[256], want[256];
                sig_string(c, have, sizeof have, m->name, m->type);
                sig_string(c, want, sizeof want, im->name, im->type);
                snprintf(why, whylen,
                         "%s does not implement %s (wrong type for method %s)\n\t\thave %s\n\t\t"
                         "want %s",
                         ck_tstr(c, t), ck_tstr(c, iface), im->name, have, want);
            }
            return false;
        }
        if (pr && !ind && t->kind != TY_INTERFACE) {
            if (why)
                snprintf(why, whylen, "%s does not implement %s (method %s has pointer receiver)",
                         ck_tstr(c, t), ck_tstr(c, iface), im->name);
            return false;
        }
    }
    return true;
}

bool ck_assignable(Ck *c, Node *x, Type *t, char *why, size_t whylen) {
    Type *v = x->type;
    if (why) why[0] = 0;
    if (v == t) return true;
    if (!v || !t || v == ty_invalid || t == ty_invalid) return true;
    Type *vu = v->underlying ? v->underlying : v, *tu = t->underlying ? t->underlying : t;
    if (v->kind == TY_UNTYPED_NIL) return type_has_nil(tu);
    if (vu == tu && (!v->named || !t->named) && vu->kind != TY_INVALID) return true;
    if (tu->kind == TY_INTERFACE) return ck_implements(c, v, t, why, whylen);
    if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->chan_dir == CHAN_BOTH &&
        vu->elem == tu->elem && (!v->named || !t->named))
        return true;
    return false;
}

bool ck_assign_spread(Ck *c, Node *x, Type **elems, Type **targets, int n, const char *context) {
    bool convert = false;
    for (int i = 0; i < n; i++) {
        Type *et = elems[i], *tt = targets[i];
        if (!tt || tt == ty_invalid || !et || et == ty_invalid) continue;
        Type *tu = tt->underlying ? tt->underlying : tt;
        if (et->kind == TY_UNTYPED_BOOL) { /* the ok of a comma-ok form */
            if (tu->kind == TY_BOOL) continue;
            et = ty_bool;
        }
        if (et == tt) continue;
        Node tmp = {0};
        tmp.kind = N_IDENT;
        tmp.type = et;
        char why[512];
        if (!ck_assignable(c, &tmp, tt, why, sizeof why)) {
            ck_error(c, x, "cannot use %s (value of type %s) as %s value in %s%s%s", ck_expr_str(x),
                     ck_tstr(c, et), ck_tstr(c, tt), context, why[0] ? ": " : "", why);
            return false;
        }
        /* other assignable pairs (same underlying type, channel directions) share a
         * representation */
        if (tu->kind == TY_INTERFACE) convert = true;
    }
    /* NF_IMPLICIT on a spread call: see the CHECKER CONTRACT in ast.h. Comma-ok forms
     * are not flagged (NF_IMPLICIT on N_UNARY means an inserted &). */
    Node *u = ck_unparen(x);
    if (convert && u->kind == N_CALL) u->flags |= NF_IMPLICIT;
    return true;
}

bool ck_assign(Ck *c, Node **pn, Type *target, const char *context) {
    Node *n = *pn;
    if (ck_is_invalid(n) || !target || target == ty_invalid) return false;
    if (type_is_untyped(n->type)) {
        Type *tu = target->underlying ? target->underlying : target;
        if (tu->kind == TY_INTERFACE && n->type->kind != TY_UNTYPED_NIL) {
            if (!ck_default_in(c, pn, context)) return false;
            n = *pn;
            char why[512];
            if (!ck_implements(c, n->type, target, why, sizeof why)) {
                ck_error(c, n, "cannot use %s as %s value in %s: %s", ck_operand_str(c, n),
                         ck_tstr(c, target), context, why);
                return false;
            }
            ck_wrap_convert(c, pn, target);
            return true;
        }
        const char *desc = ck_operand_str(c, n);
        int r = ck_convert_untyped_code(c, pn, target);
        if (r == 0) return true;
        if (r == 4) return false;
        ck_error(c, n, "cannot use %s as %s value in %s%s", desc, ck_tstr(c, target), context,
                 r == 2   ? " (overflows)"
                 : r == 3 ? " (truncated)"
                          : "");
        return false;
    }
    char why[512];
    if (!ck_assignable(c, n, target, why, sizeof why)) {
        if (why[0])
            ck_error(c, n, "cannot use %s as %s value in %s: %s", ck_operand_str(c, n),
                     ck_tstr(c, target), context, why);
        else
            ck_error(c, n, "cannot use %s as %s value in %s", ck_operand_str(c, n),
                     ck_tstr(c, target), context);
        return false;
    }
    if (n->type != target) ck_wrap_convert(c, pn, target);
    return true;
}

bool ck_representable_or_err(Ck *c, Node *n, Type *t, const char *context) {
    if (!n->cval || type_is_untyped(t)) return true;
    bool trunc;
    ConstVal *v = cv_convert(n->cval, t, &trunc);
    if (v) {
        n->cval = v;
        return true;
    }
    if (trunc)
        ck_error(c, n, "%s truncated to %s", ck_operand_str(c, n), ck_tstr(c, t));
    else if (type_is_untyped(n->type))
        ck_error(c, n, "%s overflows %s", ck_operand_str(c, n), ck_tstr(c, t));
    else
        ck_error(c, n, "%s overflows %s", ck_operand_str(c, n), ck_tstr(c, t));
    return false;
}
