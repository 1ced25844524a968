/* compile_range.c - integer value ranges the compiler can prove.
 *
 * A counted loop `for v := e0; v < b; v++` (or `<=`, or `v += c` for a constant c > 0)
 * whose body never assigns v, v a register variable (not boxed: nothing else can write
 * it), has v in [lo(e0), hi(b) - 1] throughout its body: v starts at e0, only grows, and
 * a step cannot wrap because hi(b) - 1 + c fits v's type. cg_counter_push records that
 * range for the body; cg_int_range computes the range of an expression over such
 * counters, constants and the small integer types from its operands', giving up where an
 * operation could overflow. cg_arith_imm uses it for `x % K` and `x / K` with x proven in
 * [0, 2^32): one or two multiplies (REMU32/DIVU32) instead of the signed magic chain.
 * A counter below len(x) (`i < len(x)` or `for i := range x`), x a slice variable the body
 * never assigns (not boxed: nothing else can change its length), indexes x with no bounds
 * check (SGETNC/SSETNC).
 *
 * Entries are pushed and popped in loop nesting order; function literals are other FSs
 * (and a counter they capture is boxed, so it never gets a range).
 */
#include "cg_internal.h"

static Type *U(Type *t) {
    return t && t->underlying ? t->underlying : t;
}

/* The values of a type narrower than 64 bits (registers hold them normalised). */
static bool type_range(Type *t, int64_t *lo, int64_t *hi) {
    switch (U(t)->kind) {
    case TY_INT8: *lo = INT8_MIN, *hi = INT8_MAX; return true;
    case TY_INT16: *lo = INT16_MIN, *hi = INT16_MAX; return true;
    case TY_INT32: *lo = INT32_MIN, *hi = INT32_MAX; return true;
    case TY_UINT8: *lo = 0, *hi = UINT8_MAX; return true;
    case TY_UINT16: *lo = 0, *hi = UINT16_MAX; return true;
    case TY_UINT32: *lo = 0, *hi = UINT32_MAX; return true;
    default: return false;
    }
}

/* Whether every value in [lo, hi] is one of t's (else the operation wrapped). */
static bool fits(Type *t, int64_t lo, int64_t hi) {
    int64_t tl, th;
    if (type_range(t, &tl, &th)) return lo >= tl && hi <= th;
    return !type_is_unsigned(t) || lo >= 0;
}

static bool mul_range(int64_t a, int64_t b, int64_t c, int64_t d, int64_t *lo, int64_t *hi) {
    int64_t p[4];
    if (__builtin_mul_overflow(a, c, &p[0]) || __builtin_mul_overflow(a, d, &p[1]) ||
        __builtin_mul_overflow(b, c, &p[2]) || __builtin_mul_overflow(b, d, &p[3]))
        return false;
    *lo = *hi = p[0];
    for (int k = 1; k < 4; k++) {
        if (p[k] < *lo) *lo = p[k];
        if (p[k] > *hi) *hi = p[k];
    }
    return true;
}

/* The range [lo, hi] of e's operands a (in [a, b]) op c (in [c, d]); false: unknown. */
static bool binary_range(int op, int64_t a, int64_t b, int64_t c, int64_t d, int64_t *lo,
                         int64_t *hi) {
    switch (op) {
    case OP_ADD: return !__builtin_add_overflow(a, c, lo) && !__builtin_add_overflow(b, d, hi);
    case OP_SUB: return !__builtin_sub_overflow(a, d, lo) && !__builtin_sub_overflow(b, c, hi);
    case OP_MUL: return mul_range(a, b, c, d, lo, hi);
    case OP_QUO: /* by a positive constant: truncation is monotone */
        if (c != d || c <= 0) return false;
        *lo = a / c, *hi = b / c;
        return true;
    case OP_REM: /* the sign of the dividend, smaller than the divisor */
        if (c != d || c <= 0) return false;
        *lo = a < 0 ? (a > 1 - c ? a : 1 - c) : 0;
        *hi = b > 0 ? (b < c - 1 ? b : c - 1) : 0;
        return true;
    case OP_AND: /* with a non-negative operand: no more than it */
        if (a < 0 && c < 0) return false;
        *lo = 0;
        *hi = a >= 0 && c >= 0 ? (b < d ? b : d) : a >= 0 ? b : d;
        return true;
    case OP_SHR:
        if (c != d || c < 0 || c > 63) return false;
        *lo = a >> c, *hi = b >> c;
        return true;
    default: return false;
    }
}

bool cg_int_range(FS *fs, Node *e, int64_t *lo, int64_t *hi) {
    e = cg_unparen(e);
    if (!e || !e->type || !type_is_integer(e->type)) return false;
    if (e->cval) {
        if (e->cval->kind != CV_INT || e->cval->big || e->cval->i < INT64_MIN ||
            e->cval->i > INT64_MAX)
            return false;
        *lo = *hi = (int64_t)e->cval->i;
        return true;
    }
    int64_t a, b, c, d;
    bool ok = false;
    switch (e->kind) {
    case N_IDENT:
        for (int k = fs->nranges - 1; k >= 0 && !ok; k--)
            if (fs->ranges[k].v == e->sym) {
                *lo = fs->ranges[k].lo, *hi = fs->ranges[k].hi;
                ok = true;
            }
        break;
    case N_BINARY:
        ok = cg_int_range(fs, e->a, &a, &b) && cg_int_range(fs, e->b, &c, &d) &&
             binary_range(e->op, a, b, c, d, lo, hi);
        break;
    case N_CONVERT: ok = cg_int_range(fs, e->a, lo, hi); break;
    default: break;
    }
    if (ok && fits(e->type, *lo, *hi)) return true;
    return type_range(e->type, lo, hi);
}

int cg_counter_push(FS *fs, Node *init, Node *cond, Node *post, Node *body) {
    int mark = fs->nranges;
    if (!init || !cond || !post || init->kind != N_DEFINE || init->list.len != 1 ||
        init->list2.len != 1)
        return mark;
    Node *id = cg_unparen(init->list.items[0]);
    Symbol *v = id->kind == N_IDENT ? id->sym : NULL;
    if (!v || v->kind != SYM_VAR || v->boxed || v->global || !type_is_integer(v->type)) return mark;
    /* post: v++ or v += c */
    int64_t step = 0, lo, hi, blo, bhi;
    if (post->kind == N_INCDEC && post->op == OP_INC) {
        step = 1;
        id = cg_unparen(post->a);
    } else if (post->kind == N_ASSIGN && post->op == OP_ADD && post->list.len == 1 &&
               post->list2.len == 1 && cg_int_range(fs, post->list2.items[0], &step, &hi) &&
               step == hi && step > 0) {
        id = cg_unparen(post->list.items[0]);
    } else
        return mark;
    if (id->kind != N_IDENT || id->sym != v) return mark;
    /* cond: v < b or v <= b */
    cond = cg_unparen(cond);
    if (cond->kind != N_BINARY || (cond->op != OP_LSS && cond->op != OP_LEQ)) return mark;
    id = cg_unparen(cond->a);
    if (id->kind != N_IDENT || id->sym != v) return mark;
    if (!cg_int_range(fs, init->list2.items[0], &lo, &hi)) return mark;
    Node *b = cg_unparen(cond->b);
    Symbol *lenof = NULL;
    if (cond->op == OP_LSS && b->kind == N_CALL && b->builtin == BI_LEN && b->list.len == 1 &&
        (lenof = cg_fixed_slice(b->list.items[0], body)) != NULL) {
        /* v < len(x): below the length, which the body cannot change */
        blo = 0, bhi = INT64_MAX;
    } else if (!cg_int_range(fs, b, &blo, &bhi))
        return mark;
    if (cond->op == OP_LSS && __builtin_sub_overflow(bhi, 1, &bhi)) return mark;
    int64_t top;
    if (bhi < lo || __builtin_add_overflow(bhi, step, &top) || !fits(v->type, lo, top)) return mark;
    if (cg_assigns_var(body, v)) return mark;
    fs->ranges = cg_grow(fs->ranges, fs->nranges, &fs->capranges, sizeof *fs->ranges);
    fs->ranges[fs->nranges++] = (CgRange){.v = v, .lo = lo, .hi = bhi, .lenof = lenof};
    return mark;
}

Symbol *cg_fixed_slice(Node *x, Node *body) {
    x = cg_unparen(x);
    if (x->kind != N_IDENT || !x->sym || x->sym->kind != SYM_VAR || x->sym->boxed ||
        x->sym->global || U(x->sym->type)->kind != TY_SLICE || cg_assigns_var(body, x->sym))
        return NULL;
    return x->sym;
}

int cg_range_key_push(FS *fs, Symbol *k, Symbol *x) {
    int mark = fs->nranges;
    if (!k || !type_is_integer(k->type)) return mark;
    fs->ranges = cg_grow(fs->ranges, fs->nranges, &fs->capranges, sizeof *fs->ranges);
    fs->ranges[fs->nranges++] = (CgRange){.v = k, .lo = 0, .hi = INT64_MAX - 1, .lenof = x};
    return mark;
}

bool cg_index_in_range(FS *fs, Node *x, Node *idx) {
    x = cg_unparen(x), idx = cg_unparen(idx);
    if (x->kind != N_IDENT || !x->sym || idx->kind != N_IDENT || !idx->sym) return false;
    for (int k = fs->nranges - 1; k >= 0; k--)
        if (fs->ranges[k].v == idx->sym && fs->ranges[k].lenof == x->sym && fs->ranges[k].lo >= 0)
            return true;
    return false;
}

void cg_counter_pop(FS *fs, int mark) {
    fs->nranges = mark;
}
