/* compile_loopk.c - constants a loop reads as operands, loaded once before the loop.
 *
 * A constant that an instruction can only read from a register (the value stored by
 * `composite[j] = true`, the index of `perm[0]`, a float bound `<= 4`, an integer that
 * does not fit an immediate) would otherwise be loaded into a temporary on every
 * iteration. Before a for or range loop, loop_consts_push scans the loop's condition,
 * post statement and body for such operands, gives each distinct value a register and
 * loads it there; while the loop is compiled cg_expr_any returns that register for a
 * constant with the same word (cg_loop_const).
 *
 * Invariants: a cached register is never written after its load (cg_expr_any's callers
 * treat its result as read-only, as they must for a local variable's own register); the
 * registers are allocated below everything the loop allocates and are freed with the
 * loop (the caller's cg_free_to); entries are pushed and popped in loop nesting order,
 * an inner loop reusing its outer loops' entries. Function literals in the body are other
 * functions (another FS) and are not scanned.
 */
#include <string.h>

#include "cg_internal.h"

enum { LOOPK_MAX_PER_LOOP = 6, LOOPK_FRAME_LIMIT = 1024 };

static Type *U(Type *t) {
    return t && t->underlying ? t->underlying : t;
}

/* The register word of constant e, as load_const would load it: one-word bools,
 * integers and floats only. */
static bool const_word(Node *e, mg_word *w) {
    ConstVal *cv = e->cval;
    Type *t = U(e->type);
    if (!cv || !t || type_words(t) != 1) return false;
    bool f = type_is_float(t);
    if (!f && !type_is_integer(t) && t->kind != TY_BOOL) return false;
    switch (cv->kind) {
    case CV_BOOL: w->u = cv->b; break;
    case CV_INT:
        if (f)
            w->f = t->kind == TY_FLOAT32 ? (float)(double)cv->i : (double)cv->i;
        else
            w->i = (int64_t)cv->i;
        break;
    case CV_FLOAT:
        if (f)
            w->f = t->kind == TY_FLOAT32 ? (float)cv->f : cv->f;
        else
            w->i = (int64_t)cv->f;
        break;
    default: return false;
    }
    return true;
}

int cg_loop_const(FS *fs, Node *e) {
    mg_word w;
    if (fs->nloopk == 0 || !const_word(e, &w)) return -1;
    for (int i = 0; i < fs->nloopk; i++)
        if (fs->loopk[i].word == w.u) return fs->loopk[i].reg;
    return -1;
}

static bool fits_imm(Node *e) {
    mg_word w;
    return const_word(e, &w) && !type_is_float(U(e->type)) && w.i >= -32768 && w.i <= 32767;
}

static void add(FS *fs, Node *e, int *budget) {
    e = cg_unparen(e);
    if (*budget <= 0 || cg_loop_const(fs, e) >= 0 || fs->freereg >= LOOPK_FRAME_LIMIT) return;
    mg_word w;
    if (!const_word(e, &w)) return;
    int r = cg_alloc(fs, 1);
    cg_expr(fs, e, r);
    fs->loopk = cg_grow(fs->loopk, fs->nloopk, &fs->caploopk, sizeof *fs->loopk);
    fs->loopk[fs->nloopk++] = (CgLoopConst){w.u, r};
    --*budget;
}

/* The constant operands of n that would be loaded into a temporary. */
static void scan(FS *fs, Node *n, int *budget) {
    if (!n || *budget <= 0 || n->kind == N_FUNCLIT) return;
    if (n->cval) return; /* a constant expression is loaded whole, where it is used */
    switch (n->kind) {
    case N_ASSIGN:
        /* `x = K` loads K straight into a register variable; a store needs it in one */
        if (n->op == OP_ASSIGN && n->list.len == n->list2.len)
            for (int i = 0; i < n->list.len; i++)
                if (cg_unparen(n->list.items[i])->kind != N_IDENT && n->list2.items[i]->cval)
                    add(fs, n->list2.items[i], budget);
        /* x op= K with no immediate form for K */
        if (n->op != OP_ASSIGN && n->list2.len == 1 && n->list2.items[0]->cval) {
            Node *k = n->list2.items[0];
            if (type_is_float(U(k->type)) || (type_is_integer(U(k->type)) && !fits_imm(k)))
                add(fs, k, budget);
        }
        break;
    case N_INDEX: {
        Type *xt = U(n->a->type);
        if (xt && (xt->kind == TY_SLICE || xt->kind == TY_STRING) && n->b->cval)
            add(fs, n->b, budget);
        break;
    }
    case N_BINARY:
        /* float comparisons have no constant form; integer operands beyond an immediate */
        for (int k = 0; k < 2; k++) {
            Node *x = k ? n->b : n->a, *other = k ? n->a : n->b;
            if (!x->cval || other->cval) continue;
            bool cmp = n->op == OP_EQL || n->op == OP_NEQ || n->op == OP_LSS || n->op == OP_LEQ ||
                       n->op == OP_GTR || n->op == OP_GEQ;
            bool fcmp = cmp && type_is_float(U(x->type));
            if (fcmp || (type_is_integer(U(x->type)) && !fits_imm(x))) add(fs, x, budget);
        }
        break;
    default: break;
    }
    scan(fs, n->a, budget);
    scan(fs, n->b, budget);
    scan(fs, n->c, budget);
    scan(fs, n->d, budget);
    for (int i = 0; i < n->list.len; i++)
        scan(fs, n->list.items[i], budget);
    for (int i = 0; i < n->list2.len; i++)
        scan(fs, n->list2.items[i], budget);
}

int cg_loop_consts_push(FS *fs, Node *cond, Node *post, Node *body) {
    int mark = fs->nloopk;
    int budget = LOOPK_MAX_PER_LOOP;
    scan(fs, cond, &budget);
    scan(fs, post, &budget);
    scan(fs, body, &budget);
    return mark;
}

void cg_loop_consts_pop(FS *fs, int mark) {
    fs->nloopk = mark;
}
