/* compile_call.c - calls (static, method, interface, closure), argument passing with
 * variadic packing, builtins, function literals (closures), defer and go.
 *
 * Calling convention: vm/opcodes.h. The caller reserves R[base .. base + param words +
 * result words] at the top of its frame (natives write their results above the
 * arguments); results come back at R[base..].
 */
#include <string.h>

#include "cg_internal.h"
#include "arena.h"

static Type *U(Type *t) {
    return t && t->underlying ? t->underlying : t;
}

static int sum_words(Type **ts, int n) {
    int w = 0;
    for (int i = 0; i < n; i++)
        w += type_words(ts[i]);
    return w;
}

/* Evaluate the arguments of call (for function type ft) into R[base..]; returns words. */
static int cg_args(FS *fs, Node *call, Type *ft, int base) {
    int off = 0;
    NodeList *args = &call->list;
    if (args->len == 1 && args->items[0]->type && args->items[0]->type->kind == TY_TUPLE) {
        /* f(g()) with g returning several values */
        Node *g = args->items[0];
        Type *tt = g->type;
        int w = sum_words(tt->params, tt->nparams);
        int nfixed = ft->variadic ? ft->nparams - 1 : ft->nparams;
        bool raw = !ft->variadic;
        for (int i = 0; raw && i < tt->nparams && i < ft->nparams; i++)
            if (tt->params[i] != ft->params[i] && U(ft->params[i])->kind == TY_INTERFACE)
                raw = false;
        if (raw) {
            cg_call(fs, g, base, w);
            return w;
        }
        /* convert element by element (interface params box; a variadic tail is packed) */
        int save = fs->freereg;
        int t = cg_alloc(fs, w ? w : 1);
        cg_call(fs, g, t, w);
        int off = 0, soff = 0;
        for (int i = 0; i < nfixed && i < tt->nparams; i++) {
            cg_conv_move(fs, tt->params[i], ft->params[i], t + soff, base + off);
            off += type_words(ft->params[i]);
            soff += type_words(tt->params[i]);
        }
        if (ft->variadic) {
            Type *et = U(ft->params[ft->nparams - 1])->elem;
            int n = tt->nparams - nfixed;
            int ew = type_words(et);
            if (n <= 0)
                cg_zero(fs, base + off, 3);
            else {
                int lr = cg_alloc(fs, 1);
                cg_load_int(fs, lr, n);
                cg_emit_abc(fs, BC_MAKESLICE, base + off, lr, lr);
                cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(et));
                int v = cg_alloc(fs, ew ? ew : 1);
                for (int i = nfixed; i < tt->nparams; i++) {
                    cg_conv_move(fs, tt->params[i], et, t + soff, v);
                    soff += type_words(tt->params[i]);
                    cg_load_int(fs, lr, i - nfixed);
                    if (type_packed_size(et))
                        cg_emit_ssetb(fs, base + off, lr, v, type_packed_size(et));
                    else if (ew == 1)
                        cg_emit_abc(fs, BC_SSET, base + off, lr, v);
                    else {
                        cg_emit_abc(fs, BC_SSETN, base + off, lr, v);
                        cg_emit_word(fs, (uint64_t)ew);
                    }
                }
            }
            off += 3;
        }
        cg_free_to(fs, save);
        return off;
    }
    int nfixed = ft->variadic ? ft->nparams - 1 : ft->nparams;
    for (int i = 0; i < nfixed && i < args->len; i++) {
        cg_expr(fs, args->items[i], base + off);
        off += type_words(ft->params[i]);
    }
    if (ft->variadic) {
        Type *st = ft->params[ft->nparams - 1];
        if (call->flags & NF_ELLIPSIS) {
            cg_expr(fs, args->items[args->len - 1], base + off);
        } else {
            int n = args->len - nfixed;
            if (n <= 0)
                cg_zero(fs, base + off, 3);
            else {
                Type *et = U(st)->elem;
                int w = type_words(et);
                int save = fs->freereg;
                int lr = cg_alloc(fs, 1);
                cg_load_int(fs, lr, n);
                cg_emit_abc(fs, BC_MAKESLICE, base + off, lr, lr);
                cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(et));
                int v = cg_alloc(fs, w ? w : 1);
                for (int i = 0; i < n; i++) {
                    cg_expr(fs, args->items[nfixed + i], v);
                    cg_load_int(fs, lr, i);
                    if (type_packed_size(et))
                        cg_emit_ssetb(fs, base + off, lr, v, type_packed_size(et));
                    else if (w == 1)
                        cg_emit_abc(fs, BC_SSET, base + off, lr, v);
                    else {
                        cg_emit_abc(fs, BC_SSETN, base + off, lr, v);
                        cg_emit_word(fs, (uint64_t)w);
                    }
                }
                cg_free_to(fs, save);
            }
        }
        off += 3;
    }
    return off;
}

static Type *callee_ftype(Node *callee) {
    Type *t = callee->type;
    /* A method expression's symbol is the method, whose type lacks the receiver
     * parameter that T.M takes first: its own (checked) type is the one to use. */
    if (callee->sym && callee->sym->kind == SYM_FUNC && callee->sym->type &&
        !(callee->kind == N_SELECTOR && callee->sel_kind == SEL_METHODEXPR))
        t = callee->sym->type;
    return U(t);
}

/* The line gc gives a call: its '(' (where traces put the caller's frame), which the parser
 * does not keep; it follows the end of the callee, known for a literal (its body's '}', as
 * in the `func() { ... }()` of a multi-line literal called at once) and a call (its ')'). */
static int call_line(Node *call) {
    Node *callee = call->a;
    while (callee && callee->kind == N_PAREN)
        callee = callee->a;
    if (callee && callee->kind == N_FUNCLIT && callee->b && (callee->b->ival >> 32) > 0)
        return (int)(callee->b->ival >> 32);
    if (callee && callee->kind == N_CALL && (callee->ival >> 32) > 0)
        return (int)(callee->ival >> 32);
    return call->line;
}

/* math.Sqrt and math.Abs compile to one instruction computing what their natives do
 * (stdlib/math.c: sqrt, fabs): the call's frame, argument moves and scheduling check cost
 * more than the operation. A native never shows in a trace, so nothing observable is lost. */
static bool cg_intrinsic(FS *fs, Node *call, Symbol *f, int dst, int want) {
    if (!f->pkg || strcmp(f->pkg->path, "math") != 0 || call->list.len != 1 ||
        (call->flags & NF_ELLIPSIS))
        return false;
    int bc;
    if (strcmp(f->name, "Sqrt") == 0)
        bc = BC_SQRT_F64;
    else if (strcmp(f->name, "Abs") == 0)
        bc = BC_ABS_F64;
    else
        return false;
    int save = fs->freereg;
    int r = cg_expr_any(fs, call->list.items[0]);
    int out = want > 0 ? dst : cg_alloc(fs, 1);
    cg_emit_abc(fs, bc, out, r, 0);
    fs->freereg = save;
    return true;
}

Node *cg_sqrt_arg(Node *e) {
    e = cg_unparen(e);
    if (e->kind != N_CALL || e->list.len != 1 || (e->flags & NF_ELLIPSIS)) return NULL;
    Node *callee = cg_unparen(e->a);
    Symbol *f =
        (callee->kind == N_SELECTOR && callee->sel_kind == SEL_PKG) || callee->kind == N_IDENT
            ? callee->sym
            : NULL;
    if (!f || f->kind != SYM_FUNC || !f->pkg || strcmp(f->pkg->path, "math") != 0 ||
        strcmp(f->name, "Sqrt") != 0)
        return NULL;
    return e->list.items[0];
}

void cg_call(FS *fs, Node *call, int dst, int want) {
    int save = fs->freereg;
    int oldline = fs->line;
    fs->line = call_line(call);
    Node *callee = cg_unparen(call->a);
    Type *ft = callee_ftype(callee);
    int pw = sum_words(ft->params, ft->nparams), rw = sum_words(ft->results, ft->nresults);
    bool is_static = (callee->kind == N_IDENT && callee->sym && callee->sym->kind == SYM_FUNC) ||
                     (callee->kind == N_SELECTOR && callee->sel_kind == SEL_PKG && callee->sym &&
                      callee->sym->kind == SYM_FUNC);
    int base;
    if (callee->kind == N_SELECTOR && callee->sel_kind == SEL_METHOD) {
        Symbol *m = callee->sym;
        mg_func *f = cg_func_of_sym(fs->cg, m);
        int recvw = type_words(callee->a->type);
        if (dst + want == fs->freereg && want > 0) fs->freereg = dst;
        base = cg_alloc(fs, recvw + pw + rw + 1);
        cg_expr(fs, callee->a, base);
        cg_args(fs, call, ft, base + recvw);
        cg_emit_abc(fs, BC_CALL_STATIC, base, 0, 0);
        cg_emit_word(fs, (uint64_t)(uintptr_t)f);
    } else if (callee->kind == N_SELECTOR && callee->sel_kind == SEL_IFACE_METHOD) {
        int ir = cg_expr_any(fs, callee->a);
        base = cg_alloc(fs, 1 + pw + rw + 1);
        cg_args(fs, call, ft, base + 1);
        cg_emit_abc(fs, BC_CALL_IFACE, base, ir, callee->field_index);
    } else if (is_static && cg_intrinsic(fs, call, callee->sym, dst, want)) {
        fs->line = oldline;
        return;
    } else if (is_static && cg_try_inline(fs, call, callee->sym, dst, want)) {
        fs->line = oldline;
        return;
    } else if (is_static) {
        mg_func *f = cg_func_of_sym(fs->cg, callee->sym);
        if (dst + want == fs->freereg && want > 0) fs->freereg = dst;
        base = cg_alloc(fs, pw + rw + 1);
        cg_args(fs, call, ft, base);
        cg_emit_abc(fs, BC_CALL_STATIC, base, 0, 0);
        cg_emit_word(fs, (uint64_t)(uintptr_t)f);
    } else {
        int cr = cg_expr_any(fs, callee);
        base = cg_alloc(fs, pw + rw + 1);
        cg_args(fs, call, ft, base);
        cg_emit_abc(fs, BC_CALL, base, cr, 0);
    }
    if (want > 0 && dst != base) cg_move(fs, dst, base, want < rw ? want : rw);
    fs->freereg = save;
    fs->line = oldline;
}

/* ---------- builtins ---------- */

static void print_arg(FS *fs, Node *a) {
    int save = fs->freereg;
    int r = cg_expr_any(fs, a);
    cg_emit_abc(fs, BC_PRINT, r, 0, 0);
    cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(a->type));
    cg_free_to(fs, save);
}

void cg_builtin(FS *fs, Node *call, int dst) {
    int save = fs->freereg;
    NodeList *a = &call->list;
    Node *x = a->len ? a->items[0] : NULL;
    Type *xt = x ? U(x->type) : NULL;
    switch (call->builtin) {
    case BI_LEN:
    case BI_CAP: {
        bool cap = call->builtin == BI_CAP;
        if (xt->kind == TY_POINTER || xt->kind == TY_ARRAY) {
            Type *at = xt->kind == TY_POINTER ? U(xt->elem) : xt;
            /* not a constant (the checker folds those): x has calls or receives, evaluated
             * once and not dereferenced */
            int sv = fs->freereg;
            cg_expr_any(fs, x);
            cg_free_to(fs, sv);
            cg_load_int(fs, dst, at->len);
            break;
        }
        int r = cg_expr_any(fs, x);
        if (xt->kind == TY_STRING || xt->kind == TY_SLICE)
            cg_move(fs, dst, r + (cap ? 2 : 1), 1);
        else if (xt->kind == TY_MAP)
            cg_emit_abc(fs, BC_MAPLEN, dst, r, 0);
        else if (xt->kind == TY_CHAN)
            cg_emit_abc(fs, cap ? BC_CHANCAP : BC_CHANLEN, dst, r, 0);
        break;
    }
    case BI_APPEND: {
        Type *et = U(call->type)->elem;
        int w = type_words(et);
        int s = cg_alloc(fs, 3);
        cg_expr(fs, x, s);
        if (call->flags & NF_ELLIPSIS) {
            Node *y = a->items[1];
            int r = cg_expr_any(fs, y);
            if (U(y->type)->kind == TY_STRING)
                cg_emit_abc(fs, BC_APPENDSTR, s, r, 0);
            else {
                cg_emit_abc(fs, BC_APPENDSLICE, s, r, 0);
                cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(et));
            }
        } else if (a->len > 1) {
            int n = a->len - 1;
            int v = cg_alloc(fs, (w * n) > 0 ? w * n : 1);
            for (int i = 0; i < n; i++)
                cg_expr(fs, a->items[1 + i], v + i * w);
            cg_emit_abc(fs, BC_APPEND, s, v, n);
            cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(et));
        }
        cg_move(fs, dst, s, 3);
        break;
    }
    case BI_COPY: {
        int d = cg_expr_any(fs, x);
        Node *y = a->items[1];
        int r = cg_expr_any(fs, y);
        if (U(y->type)->kind == TY_STRING)
            cg_emit_abc(fs, BC_COPYSTR, dst, d, r);
        else {
            cg_emit_abc(fs, BC_COPY, dst, d, r);
            cg_emit_word(fs, (uint64_t)cg_elem_bytes(xt->elem));
        }
        break;
    }
    case BI_DELETE: {
        int m = cg_expr_any(fs, x);
        int k = cg_expr_any(fs, a->items[1]);
        cg_emit_abc(fs, BC_MAPDEL, m, k, 0);
        cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(x->type));
        break;
    }
    case BI_MAKE: {
        Type *t = call->type, *u = U(t);
        if (u->kind == TY_SLICE) {
            int l = cg_expr_any(fs, a->items[1]);
            int c = a->len > 2 ? cg_expr_any(fs, a->items[2]) : l;
            cg_emit_abc(fs, BC_MAKESLICE, dst, l, c);
            cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(u->elem));
        } else {
            int h;
            if (a->len > 1)
                h = cg_expr_any(fs, a->items[1]);
            else {
                h = cg_alloc(fs, 1);
                cg_load_int(fs, h, 0);
            }
            cg_emit_abc(fs, u->kind == TY_MAP ? BC_MAKEMAP : BC_MAKECHAN, dst, h, 0);
            cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(t));
        }
        break;
    }
    case BI_NEW: {
        Type *et = U(call->type)->elem;
        cg_emit_abc(fs, BC_NEWT, dst, 0, 0);
        cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(et));
        break;
    }
    case BI_PANIC: {
        int r = cg_expr_any(fs, x);
        cg_emit_abc(fs, BC_PANIC, r, 0, 0);
        break;
    }
    case BI_RECOVER: cg_emit_abc(fs, BC_RECOVER, dst, 0, 0); break;
    case BI_COMPLEX:
        if (a->len == 1) { /* complex(f()): the two results are the two parts */
            cg_call(fs, x, dst, 2);
            break;
        }
        cg_expr(fs, x, dst);
        cg_expr(fs, a->items[1], dst + 1);
        break;
    case BI_REAL:
    case BI_IMAG: {
        int r = cg_expr_any(fs, x);
        cg_move(fs, dst, r + (call->builtin == BI_IMAG), 1);
        break;
    }
    case BI_PRINT:
    case BI_PRINTLN:
        for (int i = 0; i < a->len; i++) {
            if (i && call->builtin == BI_PRINTLN) cg_emit_abc(fs, BC_PRINTSP, 0, 0, 0);
            print_arg(fs, a->items[i]);
        }
        if (call->builtin == BI_PRINTLN) cg_emit_abc(fs, BC_PRINTNL, 0, 0, 0);
        break;
    case BI_CLOSE: {
        int r = cg_expr_any(fs, x);
        cg_emit_abc(fs, BC_CLOSE, r, 0, 0);
        break;
    }
    case BI_CLEAR: {
        int r = cg_expr_any(fs, x);
        if (xt->kind == TY_MAP)
            cg_emit_abc(fs, BC_MAPCLEAR, r, 0, 0);
        else {
            cg_emit_abc(fs, BC_CLEARSLICE, r, 0, 0);
            cg_emit_word(fs, (uint64_t)cg_elem_bytes(xt->elem));
        }
        break;
    }
    case BI_MIN:
    case BI_MAX: {
        Type *t = call->type, *u = U(t);
        int w = type_words(t);
        int acc = cg_alloc(fs, w);
        cg_expr(fs, x, acc);
        int c = cg_alloc(fs, 1);
        for (int i = 1; i < a->len; i++) {
            int r = cg_expr_any(fs, a->items[i]);
            int op;
            if (type_is_float(u))
                op = BC_LT_F64;
            else if (u->kind == TY_STRING)
                op = BC_LT_STR;
            else
                op = type_is_unsigned(u) ? BC_LT_UINT : BC_LT_INT;
            /* min: take r when r < acc; max: take r when acc < r */
            if (call->builtin == BI_MIN)
                cg_emit_abc(fs, op, c, r, acc);
            else
                cg_emit_abc(fs, op, c, acc, r);
            int j = cg_jump(fs, BC_JMPIFNOT, c);
            cg_move(fs, acc, r, w);
            cg_patch_here(fs, j);
            cg_free_to(fs, c + 1);
        }
        cg_move(fs, dst, acc, w);
        break;
    }
    default: cg_error(fs, call, "builtin not supported"); break;
    }
    cg_free_to(fs, save);
}

/* ---------- function literals ---------- */

void cg_funclit(FS *fs, Node *lit, int dst) {
    CgFn *top = fs->top;
    const char *nm = lit->cg; /* compile_names.c */
    if (!nm) {
        char name[512];
        int n = top ? ++top->nlit : ++fs->cg->ninitlit;
        snprintf(name, sizeof name, "%s.func%d", fs->fn && fs->fn->name ? fs->fn->name : "main", n);
        size_t len = strlen(name);
        char *s = ar_alloc_atomic(len + 1);
        memcpy(s, name, len + 1);
        nm = s;
    }
    Type *ft = lit->type;
    mg_func *f = cg_new_func(fs->cg, nm, U(ft), 0);
    FS sub = {0};
    sub.cg = fs->cg;
    sub.parent = fs;
    sub.decl = lit;
    sub.fn = f;
    sub.top = top;
    cg_func_body(&sub, lit);
    if (sub.ncaps == 0) {
        mg_closure *c = ar_alloc(sizeof *c);
        c->fn = f;
        cg_emit_abx(fs, BC_LOADK, dst, cg_kint(fs, (int64_t)(intptr_t)c));
        return;
    }
    int save = fs->freereg;
    int c = cg_alloc(fs, 1 + sub.ncaps);
    for (int i = 0; i < sub.ncaps; i++)
        cg_move(fs, c + 1 + i, cg_var_reg(fs, sub.caps[i].sym), 1);
    cg_emit_abc(fs, BC_CLOSURE, c, 0, sub.ncaps);
    cg_emit_word(fs, (uint64_t)(uintptr_t)f);
    cg_move(fs, dst, c, 1);
    cg_free_to(fs, save);
}

/* ---------- defer and go ---------- */

/* `defer close(ch)`, `go println(x)`: the arguments are evaluated at the statement and the
 * builtin runs later, so it is wrapped in a generated function whose parameters are the
 * argument values (the call's arguments rebound to parameter symbols). */
static mg_func *builtin_wrapper(FS *fs, Node *stmt, Node *call, int *total) {
    int n = call->list.len;
    Node *decl = ast_new(N_FUNCLIT, call->line, call->col);
    Node *copy = ast_new(N_CALL, call->line, call->col);
    *copy = *call;
    copy->list.items = NULL;
    copy->list.len = copy->list.cap = 0;
    int off = 0;
    for (int i = 0; i < n; i++) {
        Node *a = call->list.items[i];
        Symbol *sym = ar_alloc(sizeof *sym);
        sym->kind = SYM_VAR;
        sym->name = "arg";
        sym->type = a->type;
        sym->owner_func = decl;
        sym->index = off;
        Node *id = ast_new(N_IDENT, a->line, a->col);
        id->name = "arg";
        id->sym = sym;
        id->type = a->type;
        ast_append(&copy->list, id);
        off += type_words(a->type);
    }
    *total = off;
    CgFn *top = fs->top;
    const char *nm = stmt->cg; /* compile_names.c */
    if (!nm) {
        char name[512];
        int k = top ? ++top->nwrap : ++fs->cg->ninitwrap;
        snprintf(name, sizeof name, "%s.deferwrap%d",
                 fs->fn && fs->fn->name ? fs->fn->name : "main", k);
        size_t len = strlen(name);
        char *s = ar_alloc_atomic(len + 1);
        memcpy(s, name, len + 1);
        nm = s;
    }
    mg_func *f = cg_new_func(fs->cg, nm, NULL, 0);
    f->param_words = 0; /* the argument values are captured, as by gc's closure (traces
                           print its frame as "name()") */
    f->result_words = 0;
    FS sub = {0};
    sub.cg = fs->cg;
    sub.decl = decl;
    sub.fn = f;
    sub.top = top;
    sub.line = call->line;
    sub.freereg = sub.maxregs = off;
    if (off) cg_emit_abc(&sub, BC_GETCAPN, 0, 0, off);
    int dst = cg_alloc(&sub, 3);
    cg_builtin(&sub, copy, dst);
    cg_emit_abc(&sub, BC_RET, 0, 0, 0);
    cg_finish(&sub);
    f->proto->ncaptured = off;
    /* gc's wrapper of a deferred builtin shows in traces only when it called panic (the
     * wrapper of a go statement is where the goroutine starts, and Go shows it there) */
    if (stmt->kind == N_DEFER && call->builtin != BI_PANIC) f->proto->trace = PROTO_TRACE_HIDDEN;
    return f;
}

/* The function state of a statement's wrapper function f, compiled inside fs's. */
static FS wrapper_fs(FS *fs, Node *stmt, mg_func *f) {
    FS sub = {0};
    sub.cg = fs->cg;
    sub.decl = stmt;
    sub.fn = f;
    sub.top = fs->top;
    sub.line = stmt->line;
    return sub;
}

/* `go f(x)` / `defer f(x)` with f nil: gc calls f in the wrapper closure it makes for the
 * statement, so the goroutine starts (the deferred call is made) and the call panics there
 * with the nil dereference, in a frame named after the wrapper. This is that wrapper for the
 * nil case only (a non-nil f is called directly): no parameters, a call of nil. */
static mg_func *nil_call_wrapper(FS *fs, Node *stmt) {
    mg_func *f = cg_new_func(fs->cg, stmt->cg, NULL, 0);
    FS sub = wrapper_fs(fs, stmt, f);
    int r = cg_alloc(&sub, 2);
    cg_zero(&sub, r, 1);
    cg_emit_abc(&sub, BC_CALL, r + 1, r, 0);
    cg_emit_abc(&sub, BC_RET, 0, 0, 0);
    cg_finish(&sub);
    return f;
}

/* `defer recover()` in F: gc's wrapper recovers as if F called recover, so it recovers
 * the panic that runs F as its deferred call (when F returns), and nothing when F is the
 * panicking function (the panic runs the wrapper itself). RECOVER with B = 1: for the frame
 * below the wrapper's. */
static mg_func *defer_recover_wrapper(FS *fs, Node *stmt) {
    mg_func *f = cg_new_func(fs->cg, stmt->cg, NULL, 0);
    FS sub = wrapper_fs(fs, stmt, f);
    int r = cg_alloc(&sub, 2);
    cg_emit_abc(&sub, BC_RECOVER, r, 1, 0);
    cg_emit_abc(&sub, BC_RET, 0, 0, 0);
    cg_finish(&sub);
    f->proto->trace = PROTO_TRACE_HIDDEN;
    return f;
}

void cg_defer_go(FS *fs, Node *stmt) {
    int save = fs->freereg;
    Node *call = cg_unparen(stmt->a);
    fs->line = stmt->line;
    /* package runtime's one go statement starts the finalizer goroutine, whose start-up
     * latency nobody sees: it does not ask for a spare M (mg_program.spawns) */
    if (stmt->kind == N_GO && strcmp(fs->cg->pkg->path, "runtime") != 0) fs->cg->spawns = true;
    if (call->builtin) {
        /* `go recover()` recovers nothing and has no other effect */
        if (call->builtin == BI_RECOVER && stmt->kind == N_GO) return;
        int n = call->list.len;
        int total = 0;
        mg_func *f = call->builtin == BI_RECOVER ? defer_recover_wrapper(fs, stmt)
                                                 : builtin_wrapper(fs, stmt, call, &total);
        int cr = cg_alloc(fs, 1 + total);
        if (total == 0) {
            mg_closure *c = ar_alloc(sizeof *c);
            c->fn = f;
            cg_emit_abx(fs, BC_LOADK, cr, cg_kint(fs, (int64_t)(intptr_t)c));
        } else {
            int off = 0;
            for (int i = 0; i < n; i++) {
                Node *a = call->list.items[i];
                cg_expr(fs, a, cr + 1 + off);
                off += type_words(a->type);
            }
            cg_emit_abc(fs, BC_CLOSURE, cr, 0, total);
            cg_emit_word(fs, (uint64_t)(uintptr_t)f);
        }
        cg_emit_abc(fs, stmt->kind == N_DEFER ? BC_DEFER : BC_GO, cr + 1, cr, 0);
        cg_free_to(fs, save);
        return;
    }
    Node *callee = cg_unparen(call->a);
    Type *ft = callee_ftype(callee);
    int cr = cg_alloc(fs, 1);
    if (callee->kind == N_SELECTOR && callee->sel_kind == SEL_METHOD) {
        /* defer the method itself with the receiver as its first argument words, so that
         * recover() in the method is called directly by the deferred call */
        mg_closure *c = cg_static_closure(fs->cg, callee->sym);
        cg_emit_abx(fs, BC_LOADK, cr, cg_kint(fs, (int64_t)(intptr_t)c));
        int rw = type_words(callee->a->type);
        int pw = sum_words(ft->params, ft->nparams);
        int base = cg_alloc(fs, rw + pw + 1);
        cg_expr(fs, callee->a, base);
        int w = cg_args(fs, call, ft, base + rw);
        cg_emit_abc(fs, stmt->kind == N_DEFER ? BC_DEFER : BC_GO, base, cr, rw + w);
        cg_free_to(fs, save);
        return;
    }
    cg_expr(fs, callee, cr);
    int pw = sum_words(ft->params, ft->nparams);
    int base = cg_alloc(fs, pw ? pw : 1);
    int w = cg_args(fs, call, ft, base);
    int op = stmt->kind == N_DEFER ? BC_DEFER : BC_GO;
    bool is_static = (callee->kind == N_IDENT && callee->sym && callee->sym->kind == SYM_FUNC) ||
                     (callee->kind == N_SELECTOR && callee->sel_kind == SEL_PKG && callee->sym &&
                      callee->sym->kind == SYM_FUNC);
    int done = -1;
    if (stmt->cg && !is_static) {
        /* a func value gc wraps (it has arguments or results): a nil one is called by the
         * wrapper, later, instead of failing here */
        int nonnil = cg_jump(fs, BC_JMPIF, cr);
        mg_closure *c = ar_alloc(sizeof *c);
        c->fn = nil_call_wrapper(fs, stmt);
        cg_emit_abx(fs, BC_LOADK, cr, cg_kint(fs, (int64_t)(intptr_t)c));
        cg_emit_abc(fs, op, base, cr, 0);
        done = cg_jump(fs, BC_JMP, 0);
        cg_patch_here(fs, nonnil);
    }
    cg_emit_abc(fs, op, base, cr, w);
    if (done >= 0) cg_patch_here(fs, done);
    cg_free_to(fs, save);
}

/* CALL_STATIC calls a native or bytecode; which one is known only once the callee's shell
 * and body exist. Natives are bound when the shells are made, before any body, and a body
 * sets fn->code1 with fn->proto (proto_from): at link time a callee with code is bytecode
 * for good, and its calls skip the interpreter's native test (CALL_BC). A callee without
 * code yet (none is expected) keeps CALL_STATIC, which handles every case. */
void cg_link_calls(mg_func **funcs, int nfuncs) {
    for (int f = 0; f < nfuncs; f++) {
        mg_proto *p = funcs[f]->proto;
        if (!p || !p->code) continue;
        unsigned prev = BC_NOP;
        for (int pc = 0; pc < p->ncode;
             prev = MG_OP(p->code[pc]), pc += 1 + mg_op_extra_words(prev)) {
            mg_instr in = p->code[pc];
            /* RET A 1 becomes RET1 A, except where RETLT_IK and co. run it (they go to RET's
             * handler directly) */
            if (MG_OP(in) == BC_RET && MG_B(in) == 1 && prev != BC_RETLT_IK &&
                prev != BC_RETLE_IK && prev != BC_RETEQ_IK)
                p->code[pc] = MG_MKABC(BC_RET1, MG_A(in), 0, 0);
            if (MG_OP(in) != BC_CALL_STATIC) continue;
            const mg_func *callee = (const mg_func *)(uintptr_t)p->code[pc + 1];
            if (!callee || callee->native || !callee->code1 || !callee->proto) continue;
            p->code[pc] = (p->code[pc] & ~(mg_instr)0xffff) | BC_CALL_BC;
        }
        /* the pre-decoded first instruction (value.h) follows its rewrite */
        if (funcs[f]->code1 == p->code + 1 && p->ncode) funcs[f]->first = p->code[0];
    }
}
