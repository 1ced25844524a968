/* check_call.c - calls: ordinary calls and method calls (argument counts,
 * variadics, f(g()) spreading), conversions T(x) (rewritten to N_CONVERT, with
 * constant folding), and the builtins.
 */
#include <stdio.h>
#include <string.h>

#include "../vm/object.h"
#include "arena.h"
#include "check_internal.h"

static Type *invalid(Node *n) {
    n->type = ty_invalid;
    return ty_invalid;
}

static void check_args_silently(Ck *c, Node *n) {
    for (int i = 0; i < n->list.len; i++)
        if (!(n->list.items[i]->flags & NF_TYPEEXPR)) ck_expr_raw(c, &n->list.items[i], NULL);
}

/* "have (int, number)" as types2 prints argument lists */
static const char *have_list(Ck *c, Node **args, int n, Type *tuple) {
    char buf[1024];
    size_t k = 0;
    buf[k++] = '(';
    int count = tuple ? tuple->nparams : n;
    for (int i = 0; i < count && k < sizeof buf - 64; i++) {
        Type *t = tuple ? tuple->params[i] : args[i]->type;
        const char *s;
        if (!t || t == ty_invalid)
            s = "invalid type";
        else if (t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_FLOAT ||
                 t->kind == TY_UNTYPED_COMPLEX || t->kind == TY_UNTYPED_RUNE)
            s = "number";
        else if (t->kind == TY_UNTYPED_NIL)
            s = "nil";
        else
            s = ck_tstr(c, ck_default_type(t));
        if (i) buf[k++] = ',', buf[k++] = ' ';
        size_t l = strlen(s);
        if (l > sizeof buf - k - 8) l = sizeof buf - k - 8;
        memcpy(buf + k, s, l);
        k += l;
    }
    buf[k++] = ')';
    buf[k] = 0;
    char *o = ar_alloc_atomic(k + 1);
    memcpy(o, buf, k + 1);
    return o;
}

static const char *want_list(Ck *c, Type *sig) {
    Type *t = type_func(sig->params, sig->nparams, NULL, 0, sig->variadic);
    const char *s = ck_tstr(c, t); /* "func(...)" */
    return s + 4;
}

/* ---------- conversions ---------- */

static bool is_byte_or_rune_slice(Type *t) {
    Type *u = t->underlying ? t->underlying : t;
    if (u->kind != TY_SLICE) return false;
    Type *e = u->elem->underlying ? u->elem->underlying : u->elem;
    return e->kind == TY_UINT8 || e->kind == TY_INT32;
}

static bool convertible(Ck *c, Node *x, Type *t) {
    Type *v = x->type;
    if (ck_assignable(c, x, t, NULL, 0)) return true;
    Type *vu = v->underlying ? v->underlying : v, *tu = t->underlying ? t->underlying : t;
    if (vu == tu) return true;
    if (vu->kind == TY_POINTER && tu->kind == TY_POINTER && !v->named && !t->named) {
        Type *a = vu->elem->underlying ? vu->elem->underlying : vu->elem;
        Type *b = tu->elem->underlying ? tu->elem->underlying : tu->elem;
        if (a == b) return true;
    }
    if (type_is_numeric(vu) && type_is_numeric(tu) && type_is_complex(vu) == type_is_complex(tu))
        return true;
    if (tu->kind == TY_STRING && (type_is_integer(vu) || is_byte_or_rune_slice(vu))) return true;
    if (type_is_string(vu) && is_byte_or_rune_slice(tu)) return true;
    /* a slice to a pointer to an array of the same element type (Go 1.17) */
    if (vu->kind == TY_SLICE && tu->kind == TY_POINTER) {
        Type *a = tu->elem->underlying ? tu->elem->underlying : tu->elem;
        if (a->kind == TY_ARRAY && ck_identical(vu->elem, a->elem)) return true;
    }
    return false;
}

static ConstVal *rune_string(int64_t r) {
    unsigned char b[4];
    int n;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80)
        b[0] = (unsigned char)r, n = 1;
    else if (r < 0x800)
        b[0] = (unsigned char)(0xC0 | (r >> 6)), b[1] = (unsigned char)(0x80 | (r & 0x3F)), n = 2;
    else if (r < 0x10000)
        b[0] = (unsigned char)(0xE0 | (r >> 12)), b[1] = (unsigned char)(0x80 | ((r >> 6) & 0x3F)),
        b[2] = (unsigned char)(0x80 | (r & 0x3F)), n = 3;
    else
        b[0] = (unsigned char)(0xF0 | (r >> 18)), b[1] = (unsigned char)(0x80 | ((r >> 12) & 0x3F)),
        b[2] = (unsigned char)(0x80 | ((r >> 6) & 0x3F)), b[3] = (unsigned char)(0x80 | (r & 0x3F)),
        n = 4;
    return cv_string((const char *)b, (size_t)n);
}

static bool is_basic_const_type(Type *t) {
    Type *u = t->underlying ? t->underlying : t;
    return u->kind >= TY_BOOL && u->kind <= TY_STRING;
}

Type *ck_conversion(Ck *c, Node **pn, Type *t) {
    Node *n = *pn;
    if (n->list.len != 1) {
        check_args_silently(c, n);
        if (n->list.len == 0)
            ck_error(c, n, "missing argument in conversion to %s", ck_tstr(c, t));
        else
            ck_error(c, n->list.items[n->list.len - 1], "too many arguments in conversion to %s",
                     ck_tstr(c, t));
        return invalid(n);
    }
    if (n->flags & NF_ELLIPSIS) {
        ck_error(c, n, "invalid use of ... in conversion to %s", ck_tstr(c, t));
        return invalid(n);
    }
    Node *typeexpr = n->a;
    Node **px = &n->list.items[0];
    Type *xt = ck_expr(c, px);
    if (xt == ty_invalid || t == ty_invalid) return invalid(n);
    Node *x = *px;
    ConstVal *result = NULL;
    Type *tu = t->underlying ? t->underlying : t;
    if (x->cval && is_basic_const_type(t)) {
        bool trunc = false;
        ConstVal *v = NULL;
        if (tu->kind == TY_STRING && x->cval->kind == CV_INT) {
            int64_t r = -1;
            if (!cv_to_int64(x->cval, &r)) r = -1;
            v = rune_string(r);
        } else if (type_is_numeric(tu) && (x->cval->kind == CV_INT || x->cval->kind == CV_FLOAT ||
                                           x->cval->kind == CV_COMPLEX)) {
            v = cv_convert(x->cval, tu, &trunc);
            /* float -> integer conversion of a typed float constant truncates in Go only
             * for non-constants; constants must be exact */
        } else if (tu->kind == TY_STRING && x->cval->kind == CV_STRING) {
            v = x->cval;
        } else if (tu->kind == TY_BOOL && x->cval->kind == CV_BOOL) {
            v = x->cval;
        }
        if (!v) {
            /* gc shows an integral float converted to an integer type by its integer value */
            ConstVal *iv = type_is_integer(tu) && x->cval->kind == CV_FLOAT
                               ? cv_convert(x->cval, ty_untyped_int, NULL)
                               : NULL;
            if (iv) x->cval = iv;
            ck_error(c, x, "cannot convert %s to type %s", ck_operand_str(c, x), ck_tstr(c, t));
            return invalid(n);
        }
        if (!convertible(c, x, t) && !type_is_untyped(xt)) {
            ck_error(c, x, "cannot convert %s to type %s", ck_operand_str(c, x), ck_tstr(c, t));
            return invalid(n);
        }
        result = v;
        if (type_is_untyped(xt)) {
            /* the operand takes the target type when it is representable there */
            ck_set_type(x, (type_is_numeric(tu) && type_is_numeric(xt)) || tu->kind == TY_STRING
                               ? ck_default_type(xt)
                               : t);
        }
    } else {
        if (type_is_untyped(xt)) {
            Type *target = t;
            if (xt->kind == TY_UNTYPED_NIL) {
                if (!type_has_nil(tu)) {
                    ck_error(c, x, "cannot convert %s to type %s", ck_operand_str(c, x),
                             ck_tstr(c, t));
                    return invalid(n);
                }
                x->type = t;
            } else {
                if (tu->kind == TY_INTERFACE || !ck_convert_untyped(c, px, target)) {
                    ck_default(c, px);
                }
                x = *px;
            }
        }
        if (!convertible(c, x, t)) {
            ck_error(c, x, "cannot convert %s to type %s", ck_operand_str(c, x), ck_tstr(c, t));
            return invalid(n);
        }
    }
    n->kind = N_CONVERT;
    n->b = typeexpr;
    n->a = *px;
    n->list.items = NULL;
    n->list.len = n->list.cap = 0;
    n->type = t;
    n->cval = result;
    return t;
}

/* ---------- builtins ---------- */

/* spec: len(x) of an array (pointer) x is constant unless x contains channel receives or
 * non-constant function calls */
bool ck_has_call_or_recv(Node *n) {
    if (!n || n->cval) return false;
    if (n->kind == N_CALL && !(n->a && (n->a->flags & NF_TYPEEXPR))) return true;
    if (n->kind == N_UNARY && n->op == OP_ARROW) return true;
    if (n->kind == N_FUNCLIT) return false;
    if (ck_has_call_or_recv(n->a) || ck_has_call_or_recv(n->b) || ck_has_call_or_recv(n->c) ||
        ck_has_call_or_recv(n->d))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (ck_has_call_or_recv(n->list.items[i])) return true;
    return false;
}

static const char *builtin_name(Builtin b) {
    static const char *names[BI__COUNT] = {
        [BI_APPEND] = "append",   [BI_CAP] = "cap",         [BI_CLEAR] = "clear",
        [BI_CLOSE] = "close",     [BI_COMPLEX] = "complex", [BI_COPY] = "copy",
        [BI_DELETE] = "delete",   [BI_IMAG] = "imag",       [BI_LEN] = "len",
        [BI_MAKE] = "make",       [BI_MAX] = "max",         [BI_MIN] = "min",
        [BI_NEW] = "new",         [BI_PANIC] = "panic",     [BI_PRINT] = "print",
        [BI_PRINTLN] = "println", [BI_REAL] = "real",       [BI_RECOVER] = "recover"};
    return names[b] ? names[b] : "?";
}

static bool argc_ok(Ck *c, Node *n, int min, int max) {
    int k = n->list.len;
    if (k < min) {
        ck_error(c, n, "invalid operation: not enough arguments for %s (expected %d, found %d)",
                 ck_expr_str(n), min, k);
        return false;
    }
    if (max >= 0 && k > max) {
        ck_error(c, n->list.items[max],
                 "invalid operation: too many arguments for %s (expected %d, found %d)",
                 ck_expr_str(n), max, k);
        return false;
    }
    return true;
}

/* Checks a make/len-style size argument: an integer, not negative when constant. */
static bool size_arg(Ck *c, Node **pa) {
    Type *t = ck_expr(c, pa);
    if (t == ty_invalid) return false;
    Node *a = *pa;
    if (a->cval) {
        ConstVal *v = cv_convert(a->cval, ty_untyped_int, NULL);
        if (!v || !(type_is_integer(t) || type_is_untyped(t))) {
            if (a->cval->kind == CV_FLOAT && type_is_untyped(t))
                ck_error(c, a, "%s truncated to int", ck_operand_str(c, a));
            else
                ck_error(c, a, "cannot convert %s to type int", ck_operand_str(c, a));
            return false;
        }
        if (type_is_untyped(t)) ck_convert_untyped(c, pa, ty_int);
        a = *pa;
        if (v->i < 0) {
            ck_error(c, a, "invalid argument: index %s must not be negative", ck_operand_str(c, a));
            return false;
        }
        return true;
    }
    if (type_is_untyped(t) && type_is_numeric(t)) /* a shift of an untyped constant */
        return ck_convert_untyped(c, pa, ty_int);
    if (!type_is_integer(t)) {
        ck_error(c, a, "cannot convert %s to type int", ck_operand_str(c, a));
        return false;
    }
    return true;
}

/* complex(re, im), with types2's rules for untyped operands. */
static Type *complex_builtin(Ck *c, Node *n) {
    if (n->list.len == 1) { /* complex(f()) with f returning two floats */
        Type *tt = ck_multi_expr(c, &n->list.items[0]);
        if (tt == ty_invalid) return invalid(n);
        int k = tt->kind == TY_TUPLE ? tt->nparams : 1;
        if (k != 2) {
            ck_error(c, n, "invalid operation: %s arguments for %s (expected 2, found %d)",
                     k < 2 ? "not enough" : "too many", ck_expr_str(n), k);
            return invalid(n);
        }
        Type *u = tt->params[0]->underlying ? tt->params[0]->underlying : tt->params[0];
        if (tt->params[0] != tt->params[1] || (u->kind != TY_FLOAT32 && u->kind != TY_FLOAT64)) {
            ck_error(c, n, "invalid operation: %s (mismatched types %s and %s)", ck_expr_str(n),
                     ck_tstr(c, tt->params[0]), ck_tstr(c, tt->params[1]));
            return invalid(n);
        }
        n->type = u->kind == TY_FLOAT32 ? ty_complex64 : ty_complex128;
        return n->type;
    }
    if (!argc_ok(c, n, 2, 2)) return (check_args_silently(c, n), invalid(n));
    Node **px = &n->list.items[0], **py = &n->list.items[1];
    Type *xt = ck_expr(c, px), *yt = ck_expr(c, py);
    if (xt == ty_invalid || yt == ty_invalid) return invalid(n);
    bool ux = type_is_untyped(xt), uy = type_is_untyped(yt);
    if (ux && uy) {
        Type *to = (*px)->cval && (*py)->cval ? ty_untyped_float : ty_float64;
        for (int i = 0; i < 2; i++) {
            Node **pa = &n->list.items[i];
            if (type_is_numeric((*pa)->type) && (!(*pa)->cval || cv_is_zero(cv_imag((*pa)->cval))))
                ck_convert_untyped(c, pa, to);
        }
    } else if (ux) {
        ck_convert_untyped(c, px, yt);
    } else if (uy) {
        ck_convert_untyped(c, py, xt);
    }
    Node *x = *px, *y = *py;
    if (x->type != y->type) {
        ck_error(c, x, "invalid operation: %s (mismatched types %s and %s)", ck_expr_str(n),
                 ck_tstr(c, x->type), ck_tstr(c, y->type));
        return invalid(n);
    }
    Type *u = x->type->underlying ? x->type->underlying : x->type;
    Type *rt = u->kind == TY_FLOAT32         ? ty_complex64
               : u->kind == TY_FLOAT64       ? ty_complex128
               : u->kind == TY_UNTYPED_FLOAT ? ty_untyped_complex
                                             : NULL;
    if (!rt) {
        ck_error(c, x, "invalid argument: arguments have type %s, expected floating-point",
                 ck_tstr(c, x->type));
        return invalid(n);
    }
    n->type = rt;
    if (x->cval && y->cval) n->cval = cv_convert(cv_complex(x->cval, y->cval), rt, NULL);
    return rt;
}

/* real(z) and imag(z). */
static Type *real_imag_builtin(Ck *c, Node *n, Builtin id) {
    if (!argc_ok(c, n, 1, 1)) return (check_args_silently(c, n), invalid(n));
    Node **px = &n->list.items[0];
    Type *xt = ck_expr(c, px);
    if (xt == ty_invalid) return invalid(n);
    if (type_is_untyped(xt)) {
        if ((*px)->cval && type_is_numeric(xt))
            ck_convert_untyped(c, px, ty_untyped_complex);
        else if (!(*px)->cval)
            ck_convert_untyped(c, px, ty_complex128);
    }
    Node *x = *px;
    Type *u = x->type->underlying ? x->type->underlying : x->type;
    Type *rt = u->kind == TY_COMPLEX64         ? ty_float32
               : u->kind == TY_COMPLEX128      ? ty_float64
               : u->kind == TY_UNTYPED_COMPLEX ? ty_untyped_float
                                               : NULL;
    if (!rt) {
        ck_error(c, x, "invalid argument: argument has type %s, expected complex type",
                 ck_tstr(c, x->type));
        return invalid(n);
    }
    n->type = rt;
    if (x->cval) n->cval = id == BI_REAL ? cv_real(x->cval) : cv_imag(x->cval);
    return rt;
}

static Type *builtin_call(Ck *c, Node *n, Builtin id) {
    n->builtin = id;
    const char *name = builtin_name(id);
    Node **args = n->list.items;
    int nargs = n->list.len;
    if ((n->flags & NF_ELLIPSIS) && id != BI_APPEND) {
        ck_error(c, n, "invalid operation: invalid use of ... with built-in %s", name);
        check_args_silently(c, n);
        return invalid(n);
    }
    switch (id) {
    case BI_LEN:
    case BI_CAP: {
        if (!argc_ok(c, n, 1, 1)) return (check_args_silently(c, n), invalid(n));
        Type *t = ck_expr(c, &args[0]);
        if (t == ty_invalid) return invalid(n);
        if (type_is_untyped(t)) ck_default(c, &args[0]);
        Node *x = args[0];
        t = x->type;
        Type *u = t->underlying ? t->underlying : t;
        if (u->kind == TY_POINTER && u->elem && u->elem->kind == TY_ARRAY) u = u->elem->underlying;
        bool ok = false;
        n->type = ty_int;
        switch (u->kind) {
        case TY_STRING:
            ok = id == BI_LEN;
            if (ok && x->cval) n->cval = cv_int((__int128)x->cval->slen);
            break;
        case TY_ARRAY:
            ok = true;
            if (!ck_has_call_or_recv(x)) n->cval = cv_int(u->len);
            break;
        case TY_SLICE:
        case TY_CHAN: ok = true; break;
        case TY_MAP: ok = id == BI_LEN; break;
        default: break;
        }
        if (!ok) {
            ck_error(c, x, "invalid argument: %s for %s", ck_operand_str(c, x), name);
            return invalid(n);
        }
        return n->type;
    }
    case BI_APPEND: {
        if (!argc_ok(c, n, 1, -1)) return (check_args_silently(c, n), invalid(n));
        Type *t = ck_expr(c, &args[0]);
        if (t == ty_invalid) return (check_args_silently(c, n), invalid(n));
        Type *u = t->underlying ? t->underlying : t;
        if (u->kind != TY_SLICE) {
            if (t->kind == TY_UNTYPED_NIL)
                ck_error(c, args[0], "first argument to append must be a slice; have untyped nil");
            else
                ck_error(c, args[0], "first argument to append must be a slice; have %s",
                         ck_operand_str(c, args[0]));
            check_args_silently(c, n);
            return invalid(n);
        }
        n->type = t;
        if (n->flags & NF_ELLIPSIS) {
            if (nargs != 2) {
                ck_error(c, n, "can only use ... with final argument in list");
                return (check_args_silently(c, n), invalid(n));
            }
            Type *st = ck_expr(c, &args[1]);
            if (st == ty_invalid) return invalid(n);
            Type *eu = u->elem->underlying ? u->elem->underlying : u->elem;
            if (eu->kind == TY_UINT8 && type_is_string(st)) {
                if (type_is_untyped(st)) ck_default(c, &args[1]);
                return n->type;
            }
            if (!ck_assign(c, &args[1], type_slice(u->elem), "argument to append"))
                return invalid(n);
            return n->type;
        }
        for (int i = 1; i < nargs; i++) {
            if (ck_expr(c, &args[i]) == ty_invalid) continue;
            ck_assign(c, &args[i], u->elem, "argument to append");
        }
        return n->type;
    }
    case BI_COPY: {
        if (!argc_ok(c, n, 2, 2)) return (check_args_silently(c, n), invalid(n));
        Type *d = ck_expr(c, &args[0]), *s = ck_expr(c, &args[1]);
        if (d == ty_invalid || s == ty_invalid) return invalid(n);
        Type *du = d->underlying ? d->underlying : d, *su = s->underlying ? s->underlying : s;
        bool ok = du->kind == TY_SLICE &&
                  ((su->kind == TY_SLICE && su->elem == du->elem) ||
                   (type_is_string(su) && du->elem->underlying->kind == TY_UINT8));
        if (!ok) {
            if (du->kind == TY_SLICE && su->kind == TY_SLICE)
                ck_error(c, n,
                         "invalid argument: arguments to copy %s and %s have different element "
                         "types %s and %s",
                         ck_operand_str(c, args[0]), ck_operand_str(c, args[1]),
                         ck_tstr(c, du->elem), ck_tstr(c, su->elem));
            else
                ck_error(c, n, "invalid argument: copy expects slice arguments; found %s and %s",
                         ck_operand_str(c, args[0]), ck_operand_str(c, args[1]));
            return invalid(n);
        }
        if (type_is_untyped(s)) ck_default(c, &args[1]);
        n->type = ty_int;
        return n->type;
    }
    case BI_DELETE: {
        if (!argc_ok(c, n, 2, 2)) return (check_args_silently(c, n), invalid(n));
        Type *m = ck_expr(c, &args[0]);
        Type *k = ck_expr(c, &args[1]);
        if (m == ty_invalid || k == ty_invalid) return invalid(n);
        Type *mu = m->underlying ? m->underlying : m;
        if (mu->kind != TY_MAP) {
            ck_error(c, args[0], "invalid argument: %s is not a map", ck_operand_str(c, args[0]));
            return invalid(n);
        }
        if (!ck_assign(c, &args[1], mu->key, "argument to delete")) return invalid(n);
        n->type = c->empty_tuple;
        return n->type;
    }
    case BI_MAKE: {
        if (nargs == 0) {
            ck_error(c, n, "invalid operation: not enough arguments for %s (expected 1, found 0)",
                     ck_expr_str(n));
            return invalid(n);
        }
        Type *t = ck_type(c, args[0]);
        if (t == ty_invalid) return (check_args_silently(c, n), invalid(n));
        Type *u = t->underlying ? t->underlying : t;
        int min = 1, max = 1;
        switch (u->kind) {
        case TY_SLICE: min = 2, max = 3; break;
        case TY_MAP:
        case TY_CHAN: min = 1, max = 2; break;
        default:
            ck_error(c, args[0],
                     "invalid argument: cannot make %s; type must be slice, map, or "
                     "channel",
                     ck_expr_str(args[0]));
            return (check_args_silently(c, n), invalid(n));
        }
        if (nargs < min || nargs > max) {
            ck_error(c, n, "invalid operation: %s expects %d or %d arguments; found %d",
                     ck_expr_str(n), min, max, nargs);
            return invalid(n);
        }
        bool ok = true;
        for (int i = 1; i < nargs; i++)
            ok = size_arg(c, &args[i]) && ok;
        if (!ok) return invalid(n);
        if (nargs == 3 && args[1]->cval && args[2]->cval && args[1]->cval->i > args[2]->cval->i) {
            ck_error(c, args[1], "invalid argument: length and capacity swapped");
            return invalid(n);
        }
        n->type = t;
        return t;
    }
    case BI_NEW: {
        if (!argc_ok(c, n, 1, 1)) return (check_args_silently(c, n), invalid(n));
        Type *t = ck_type(c, args[0]);
        if (t == ty_invalid) return invalid(n);
        n->type = type_pointer(t);
        return n->type;
    }
    case BI_PANIC: {
        if (!argc_ok(c, n, 1, 1)) return (check_args_silently(c, n), invalid(n));
        if (ck_expr(c, &args[0]) == ty_invalid) return invalid(n);
        if (!ck_assign(c, &args[0], ty_any, "argument to panic")) return invalid(n);
        n->type = c->empty_tuple;
        return n->type;
    }
    case BI_PRINT:
    case BI_PRINTLN:
        for (int i = 0; i < nargs; i++) {
            if (ck_expr(c, &args[i]) == ty_invalid) continue;
            if (args[i]->type->kind == TY_UNTYPED_NIL) {
                ck_error(c, args[i], "use of untyped nil in argument to built-in %s", name);
                continue;
            }
            ck_default(c, &args[i]);
        }
        n->type = c->empty_tuple;
        return n->type;
    case BI_RECOVER:
        if (!argc_ok(c, n, 0, 0)) return (check_args_silently(c, n), invalid(n));
        n->type = ty_any;
        return n->type;
    case BI_CLOSE: {
        if (!argc_ok(c, n, 1, 1)) return (check_args_silently(c, n), invalid(n));
        Type *t = ck_expr(c, &args[0]);
        if (t == ty_invalid) return invalid(n);
        Type *u = t->underlying ? t->underlying : t;
        if (u->kind != TY_CHAN) {
            ck_error(c, args[0], "invalid operation: cannot close non-channel %s",
                     ck_operand_str(c, args[0]));
            return invalid(n);
        }
        if (u->chan_dir == CHAN_RECV) {
            ck_error(c, args[0], "invalid operation: cannot close receive-only channel %s",
                     ck_operand_str(c, args[0]));
            return invalid(n);
        }
        n->type = c->empty_tuple;
        return n->type;
    }
    case BI_CLEAR: {
        if (!argc_ok(c, n, 1, 1)) return (check_args_silently(c, n), invalid(n));
        Type *t = ck_expr(c, &args[0]);
        if (t == ty_invalid) return invalid(n);
        Type *u = t->underlying ? t->underlying : t;
        if (u->kind != TY_MAP && u->kind != TY_SLICE) {
            ck_error(c, args[0], "invalid argument: %s must be a map or slice",
                     ck_operand_str(c, args[0]));
            return invalid(n);
        }
        n->type = c->empty_tuple;
        return n->type;
    }
    case BI_MIN:
    case BI_MAX: {
        if (!argc_ok(c, n, 1, -1)) return invalid(n);
        bool ok = true;
        for (int i = 0; i < nargs; i++)
            ok = ck_expr(c, &args[i]) != ty_invalid && ok;
        if (!ok) return invalid(n);
        /* find the common type: the first typed operand, else the widest untyped kind */
        Type *t = NULL;
        for (int i = 0; i < nargs; i++)
            if (!type_is_untyped(args[i]->type)) {
                t = args[i]->type;
                break;
            }
        if (!t) {
            t = args[0]->type;
            for (int i = 1; i < nargs; i++)
                if (args[i]->type->kind > t->kind) t = args[i]->type;
        }
        Type *u = t->underlying ? t->underlying : t;
        if (!(type_is_integer(u) || type_is_float(u) || type_is_string(u))) {
            ck_error(c, args[0], "invalid argument: %s cannot be ordered",
                     ck_operand_str(c, args[0]));
            return invalid(n);
        }
        bool all_const = true;
        for (int i = 0; i < nargs; i++) {
            if (args[i]->type != t) {
                if (type_is_untyped(args[i]->type)) {
                    if (!ck_convert_untyped(c, &args[i], t)) {
                        ck_error(c, args[i],
                                 "invalid argument: mismatched types %s (previous "
                                 "argument) and %s (type of %s)",
                                 ck_tstr(c, t), ck_tstr(c, args[i]->type), ck_expr_str(args[i]));
                        return invalid(n);
                    }
                } else {
                    ck_error(c, args[i],
                             "invalid argument: mismatched types %s (previous argument) and %s "
                             "(type of %s)",
                             ck_tstr(c, t), ck_tstr(c, args[i]->type), ck_expr_str(args[i]));
                    return invalid(n);
                }
            }
            if (!args[i]->cval) all_const = false;
        }
        n->type = t;
        if (all_const) {
            ConstVal *best = args[0]->cval;
            for (int i = 1; i < nargs; i++) {
                bool less = cv_compare(OP_LSS, args[i]->cval, best);
                if ((id == BI_MIN && less) ||
                    (id == BI_MAX && cv_compare(OP_GTR, args[i]->cval, best)))
                    best = args[i]->cval;
            }
            n->cval = best;
        }
        return t;
    }
    case BI_COMPLEX: return complex_builtin(c, n);
    case BI_REAL:
    case BI_IMAG: return real_imag_builtin(c, n, id);
    default: check_args_silently(c, n); return invalid(n);
    }
}

/* ---------- calls ---------- */

Type *ck_call(Ck *c, Node **pn) {
    Node *n = *pn;
    ck_expr_raw(c, &n->a, NULL);
    Node *fun = n->a;
    if (fun->flags & NF_TYPEEXPR) {
        if (fun->type == ty_invalid) return (check_args_silently(c, n), invalid(n));
        return ck_conversion(c, pn, fun->type);
    }
    Builtin bi = ck_builtin_of(fun);
    if (bi) return builtin_call(c, n, bi);
    if (ck_is_invalid(fun)) {
        check_args_silently(c, n);
        return invalid(n);
    }
    Type *ft = fun->type;
    Type *fu = ft->underlying ? ft->underlying : ft;
    if (fu->kind != TY_FUNC) {
        ck_error(c, n, "invalid operation: cannot call non-function %s", ck_operand_str(c, fun));
        check_args_silently(c, n);
        return invalid(n);
    }
    const char *fname = ck_expr_str(fun);
    Node **args = n->list.items;
    int nargs = n->list.len;
    /* f(g()) with a multi-value g */
    if (nargs == 1 && !(n->flags & NF_ELLIPSIS)) {
        Type *t = ck_multi_expr(c, &args[0]);
        if (t == ty_invalid) goto result;
        if (t->kind == TY_TUPLE) {
            int want = fu->nparams;
            bool ok = fu->variadic ? t->nparams >= want - 1 : t->nparams == want;
            if (!ok) {
                ck_error(c, args[0], "%s arguments in call to %s\n\thave %s\n\twant %s",
                         t->nparams < want ? "not enough" : "too many", fname,
                         have_list(c, NULL, 0, t), want_list(c, fu));
                goto result;
            }
            Type **pts = ar_alloc(sizeof *pts * (size_t)(t->nparams + 1));
            for (int i = 0; i < t->nparams; i++) {
                Type *pt = (fu->variadic && i >= want - 1) ? fu->params[want - 1]->underlying->elem
                                                           : fu->params[i];
                pts[i] = pt;
            }
            char ctx[300];
            snprintf(ctx, sizeof ctx, "argument to %s", fname);
            if (ck_assign_spread(c, args[0], t->params, pts, t->nparams, ctx) && fu->variadic) {
                /* the compiler packs the trailing elements into the variadic slice */
                Node *u = ck_unparen(args[0]);
                if (u->kind == N_CALL) u->flags |= NF_IMPLICIT;
            }
            goto result;
        }
    } else {
        for (int i = 0; i < nargs; i++)
            ck_expr(c, &args[i]);
    }
    {
        int np = fu->nparams;
        bool spread = (n->flags & NF_ELLIPSIS) != 0;
        if (spread && !fu->variadic) {
            ck_error(c, n, "cannot use ... in call to non-variadic %s", fname);
            goto result;
        }
        bool count_ok = (fu->variadic && !spread) ? nargs >= np - 1 : nargs == np;
        if (!count_ok) {
            for (int i = 0; i < nargs; i++)
                if (ck_is_invalid(args[i])) goto result;
            bool few = nargs < np - (fu->variadic && !spread ? 1 : 0);
            Node *at = few ? n : args[np > 0 ? (np < nargs ? np : nargs - 1) : 0];
            if (few) {
                Node tmp = *n;
                tmp.line = n->line;
                at = &tmp;
                ck_error(c, at, "not enough arguments in call to %s\n\thave %s\n\twant %s", fname,
                         have_list(c, args, nargs, NULL), want_list(c, fu));
            } else {
                ck_error(c, at, "too many arguments in call to %s\n\thave %s\n\twant %s", fname,
                         have_list(c, args, nargs, NULL), want_list(c, fu));
            }
            goto result;
        }
        char ctx[300];
        snprintf(ctx, sizeof ctx, "argument to %s", fname);
        for (int i = 0; i < nargs; i++) {
            if (ck_is_invalid(args[i])) continue;
            Type *pt;
            if (fu->variadic && i >= np - 1)
                pt = spread ? fu->params[np - 1] : fu->params[np - 1]->elem;
            else
                pt = fu->params[i];
            ck_assign(c, &args[i], pt, ctx);
        }
    }
result:
    if (fu->nresults == 0)
        n->type = c->empty_tuple;
    else if (fu->nresults == 1)
        n->type = fu->results[0];
    else
        n->type = type_tuple(fu->results, fu->nresults);
    return n->type;
}
