/* compile_stmt.c - statements: declarations, assignments, control flow (if, for, range,
 * switch, type switch, select, labels, break/continue/goto), return and the return
 * sequence with defers.
 *
 * Register discipline: a statement may leave newly declared locals allocated (at the old
 * freereg); everything else it allocated is freed when it ends. A block frees its locals.
 */
#include <string.h>

#include "cg_internal.h"
#include "arena.h"

static Type *U(Type *t) {
    return t && t->underlying ? t->underlying : t;
}

static bool is_blank(Node *n) {
    n = cg_unparen(n);
    return n->kind == N_IDENT && n->name && strcmp(n->name, "_") == 0;
}

/* ---------- locals ---------- */

/* Locals spill to a box (as if their address were taken, DESIGN §4) when they are big
 * (CG_BIG_VALUE_WORDS), or when the frame already holds SPILL_FRAME registers: operands
 * are 16 bits, so a function with huge arrays or very many variables still compiles. */
#define SPILL_FRAME 0x8000

/* The most words of locals a body declares (all of them, as if they were live at once;
 * function literals have their own frames). */
static int64_t local_words(Node *n) {
    if (!n || n->kind == N_FUNCLIT) return 0;
    int64_t w = 0;
    if (n->kind == N_DEFINE || n->kind == N_VARSPEC ||
        (n->kind == N_RANGE && (n->flags & NF_DEFINE)))
        for (int i = 0; i < n->list.len; i++) {
            Node *id = n->list.items[i];
            if (id && id->kind == N_IDENT && id->sym && id->sym->decl == id)
                w += type_words(id->sym->type) ? type_words(id->sym->type) : 1;
        }
    if (n->kind == N_CASECLAUSE && n->sym) w += 2;
    w += local_words(n->a) + local_words(n->b) + local_words(n->c) + local_words(n->d);
    for (int i = 0; i < n->list.len; i++)
        w += local_words(n->list.items[i]);
    for (int i = 0; i < n->list2.len; i++)
        w += local_words(n->list2.items[i]);
    return w;
}

/* Locals past SPILL_FRAME that do not escape share one spill area (a register each would
 * run out of 16-bit operands): reserved at the body's start, only for a body that may
 * need it, and sized when the body is compiled. */
void cg_spill_area_begin(FS *fs, Node *body) {
    if (fs->freereg + local_words(body) <= SPILL_FRAME) return;
    fs->has_spill = true;
    fs->spill_reg = cg_alloc(fs, 1);
    fs->spill_pc = cg_emit_abc(fs, BC_NEWT, fs->spill_reg, 0, 0);
    cg_emit_word(fs, 0);
}

void cg_spill_area_end(FS *fs) {
    if (!fs->has_spill) return;
    /* pointer-sized words: the collector scans the area for the pointers locals hold */
    Type *t = type_array(type_pointer(ty_int), fs->spill_words ? fs->spill_words : 1);
    fs->code[fs->spill_pc + 1] = (mg_instr)(uintptr_t)cg_rtype(t);
}

/* Reserve the home of a new local (its registers, one register for its box, or a slot of
 * the spill area). */
static int local_home(FS *fs, Symbol *s) {
    int w = type_words(s->type);
    s->cg_spill = 0;
    if (!s->boxed && w <= CG_BIG_VALUE_WORDS && fs->freereg + w > SPILL_FRAME && fs->has_spill &&
        fs->spill_words + w <= 0xffff) {
        s->boxed = true;
        s->cg_spill = 1 + fs->spill_words;
        fs->spill_words += w;
        s->index = fs->spill_reg;
        return s->index;
    }
    if (!s->boxed && (w > CG_BIG_VALUE_WORDS || fs->freereg + w > SPILL_FRAME)) s->boxed = true;
    int r = cg_alloc(fs, s->boxed ? 1 : w);
    s->index = r;
    return r;
}

/* Give local s (home already reserved) its initial value from R[src..] (or zero). */
static void local_init(FS *fs, Symbol *s, int src) {
    int w = type_words(s->type);
    if (s->cg_spill) { /* its slot may hold an earlier iteration's value: always stored */
        int save = fs->freereg;
        if (src < 0) {
            src = cg_alloc(fs, w ? w : 1);
            cg_zero(fs, src, w);
        }
        Place pl = {.kind = PL_MEM, .type = s->type, .reg = s->index, .off = s->cg_spill - 1};
        cg_place_store(fs, &pl, src);
        cg_free_to(fs, save);
        return;
    }
    if (s->boxed) {
        if (w > 0xffff) { /* too big for NEWBOX's operand */
            cg_emit_abc(fs, BC_NEWT, s->index, 0, 0);
            cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(s->type));
        } else
            cg_emit_abc(fs, BC_NEWBOX, s->index, w, 0);
        if (src >= 0) {
            if (w == 1)
                cg_emit_abc(fs, BC_STORE, s->index, 0, src);
            else if (w > 1) {
                cg_emit_abc(fs, BC_STOREN, s->index, 0, src);
                cg_emit_word(fs, (uint64_t)w);
            }
        }
    } else if (src >= 0)
        cg_move(fs, s->index, src, w);
    else
        cg_zero(fs, s->index, w);
}

void cg_declare_local(FS *fs, Symbol *s, int src) {
    local_home(fs, s);
    local_init(fs, s, src);
}

/* A fresh box for a boxed variable, holding its current value (per-iteration loop vars). */
static void rebox(FS *fs, Symbol *s) {
    if (s->cg_spill) return; /* never captured: one slot serves every iteration */
    int w = type_words(s->type);
    int save = fs->freereg;
    int t = cg_alloc(fs, w ? w : 1);
    if (w == 1)
        cg_emit_abc(fs, BC_LOAD, t, s->index, 0);
    else if (w > 1) {
        cg_emit_abc(fs, BC_LOADN, t, s->index, 0);
        cg_emit_word(fs, (uint64_t)w);
    }
    local_init(fs, s, t);
    cg_free_to(fs, save);
}

/* Whether e may be computed straight into a one-word register variable it is assigned
 * to: e's code writes its destination only with its last instruction, after every
 * operand has been read (a panic leaves the variable as it was). An element of a slice,
 * array or string and a struct field are loaded by one instruction from operands
 * evaluated into temporaries, so `k = perm[0]` needs no temporary and MOVE. */
static bool simple_rhs(Node *e) {
    e = cg_unparen(e);
    if (e->cval) return true;
    if (e->kind == N_IDENT) return true;
    if (e->kind == N_SELECTOR) return e->sel_kind == SEL_FIELD;
    if (e->kind == N_INDEX) {
        Type *xt = U(e->a->type);
        if (xt->kind == TY_POINTER) xt = U(xt->elem);
        return xt->kind == TY_SLICE || xt->kind == TY_ARRAY || xt->kind == TY_STRING;
    }
    if (e->kind == N_BINARY) return e->op != OP_LAND && e->op != OP_LOR;
    if (e->kind == N_UNARY) return e->op != OP_AND && e->op != OP_ARROW;
    return false;
}

/* ---------- assignment ---------- */

static int tuple_words(Type *t) {
    int w = 0;
    for (int i = 0; i < t->nparams; i++)
        w += type_words(t->params[i]);
    return w;
}

/* Does R[r..+w] overlap a register variable assigned by one of the places? */
static bool overlaps_reg_target(Place *pls, bool *isnew, int n, int r, int w) {
    for (int j = 0; j < n; j++) {
        if (isnew[j] || pls[j].kind != PL_REG) continue;
        int tr = pls[j].reg, tw = type_words(pls[j].type);
        if (r < tr + tw && tr < r + w) return true;
    }
    return false;
}

static void pin(FS *fs, Place *pls, bool *isnew, int n, int *reg, int w) {
    if (w <= 0 || !overlaps_reg_target(pls, isnew, n, *reg, w)) return;
    int t = cg_alloc(fs, w);
    cg_move(fs, t, *reg, w);
    *reg = t;
}

/* Go evaluates the index expressions and pointer indirections of every lhs before
 * assigning any: `i, a[i] = 1, 9` indexes with the old i. A place operand that is a
 * register variable assigned by the same statement is copied first. */
static void pin_place_operands(FS *fs, Place *pls, bool *isnew, int n) {
    for (int i = 0; i < n; i++) {
        Place *p = &pls[i];
        if (isnew[i]) continue;
        switch (p->kind) {
        case PL_MEM: pin(fs, pls, isnew, n, &p->reg, 1); break;
        case PL_SLICE:
            pin(fs, pls, isnew, n, &p->reg, 3);
            pin(fs, pls, isnew, n, &p->idx, 1);
            break;
        case PL_MAP:
            pin(fs, pls, isnew, n, &p->reg, 1);
            pin(fs, pls, isnew, n, &p->idx, type_words(U(p->mtype)->key));
            break;
        case PL_ARR: pin(fs, pls, isnew, n, &p->idx, 1); break;
        default: break;
        }
    }
}

/* Whether e might read register reg: exact for identifiers, constants and operators over
 * them, and "yes" for anything else. */
static bool may_read_reg(FS *fs, Node *e, int reg) {
    e = cg_unparen(e);
    if (e->cval) return false;
    switch (e->kind) {
    case N_IDENT:
        return !e->sym || e->sym->kind != SYM_VAR || e->sym->global || e->sym->boxed ||
               cg_var_reg(fs, e->sym) == reg;
    case N_UNARY: return e->op == OP_AND || e->op == OP_ARROW || may_read_reg(fs, e->a, reg);
    case N_BINARY: return may_read_reg(fs, e->a, reg) || may_read_reg(fs, e->b, reg);
    default: return true;
    }
}

/* `i, j = i+1, j-1`: one-word register variables whose values can be computed straight
 * into them, in order, because no value reads a variable assigned before it. Not in a
 * function with defers: a panic half way would leave earlier targets (named results a
 * recover returns) already assigned, where Go assigns none. */
static bool direct_parallel(FS *fs, NodeList *rhs, Place *pls, bool *isnew, int n) {
    if (fs->has_defer || rhs->len != n) return false;
    for (int k = 0; k < n; k++) {
        if (isnew[k] || pls[k].kind != PL_REG || type_words(pls[k].type) != 1 ||
            !simple_rhs(rhs->items[k]) || type_words(rhs->items[k]->type) != 1)
            return false;
        for (int m = 0; m < k; m++)
            if (pls[m].reg == pls[k].reg || may_read_reg(fs, rhs->items[k], pls[m].reg))
                return false;
    }
    return true;
}

/* Whether a and b are the same operand with no side effects: one local variable, or
 * equal constants. */
static bool same_operand(Node *a, Node *b) {
    a = cg_unparen(a), b = cg_unparen(b);
    if (a->cval || b->cval)
        return a->cval && b->cval && a->cval->kind == CV_INT && b->cval->kind == CV_INT &&
               !a->cval->big && !b->cval->big && a->cval->i == b->cval->i;
    return a->kind == N_IDENT && b->kind == N_IDENT && a->sym && a->sym == b->sym &&
           a->sym->kind == SYM_VAR && !a->sym->global;
}

/* `s[i], s[j] = s[j], s[i]` on a slice of one-word elements in a register: one SSWAP,
 * whose checks come in gc's order (i first), after the places are evaluated. */
static bool swap_elems(NodeList *lhs, NodeList *rhs, Place *pls, bool *isnew) {
    if (lhs->len != 2 || rhs->len != 2 || isnew[0] || isnew[1]) return false;
    for (int k = 0; k < 2; k++)
        if (pls[k].kind != PL_SLICE || type_words(pls[k].type) != 1 ||
            type_packed_size(pls[k].type))
            return false;
    if (pls[0].reg != pls[1].reg) return false;
    Node *l0 = cg_unparen(lhs->items[0]), *l1 = cg_unparen(lhs->items[1]);
    Node *r0 = cg_unparen(rhs->items[0]), *r1 = cg_unparen(rhs->items[1]);
    if (r0->kind != N_INDEX || r1->kind != N_INDEX) return false;
    return same_operand(l0->a, l1->a) && same_operand(r0->a, l0->a) && same_operand(r1->a, l0->a) &&
           same_operand(r0->b, l1->b) && same_operand(r1->b, l0->b);
}

static void assign_list(FS *fs, NodeList *lhs, NodeList *rhs, bool define) {
    int save = fs->freereg;
    int n = lhs->len;
    /* new variables of a := get their homes first so they survive the statement */
    bool *isnew = ar_alloc_atomic(sizeof(bool) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Node *l = cg_unparen(lhs->items[i]);
        isnew[i] = define && l->kind == N_IDENT && l->sym && l->sym->decl == l && !is_blank(l);
    }
    if (define) {
        for (int i = 0; i < n; i++)
            if (isnew[i]) local_home(fs, cg_unparen(lhs->items[i])->sym);
        save = fs->freereg;
    }
    if (n == 1 && rhs->len == 1) {
        Node *l = cg_unparen(lhs->items[0]), *r = rhs->items[0];
        if (isnew[0]) {
            Symbol *s = l->sym;
            if (!s->boxed) {
                cg_expr(fs, r, s->index);
            } else if (type_words(s->type) > CG_BIG_VALUE_WORDS) {
                /* a big (spilled) variable: its zeroed box, then a copy straight into it */
                local_init(fs, s, -1);
                Place box = {.kind = PL_MEM, .type = s->type, .reg = s->index};
                if (s->type != r->type || !cg_big_init(fs, r, &box))
                    cg_place_store(fs, &box, cg_expr_any(fs, r));
            } else {
                int t = cg_expr_any(fs, r);
                local_init(fs, s, t);
            }
            cg_free_to(fs, save);
            return;
        }
        Place pl;
        if (!cg_place(fs, l, &pl)) {
            cg_error(fs, l, "assignment target");
            return;
        }
        if (pl.kind == PL_BLANK && type_words(r->type) > CG_BIG_VALUE_WORDS) {
            /* a big value is built in a scratch box, not in registers */
            int b = cg_alloc(fs, 1);
            cg_emit_abc(fs, BC_NEWT, b, 0, 0);
            cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(r->type));
            Place box = {.kind = PL_MEM, .type = r->type, .reg = b};
            if (!cg_big_init(fs, r, &box) && cg_mem_copy(fs, r, &box) < 0)
                cg_place_store(fs, &box, cg_expr_any(fs, r));
        } else if (pl.kind == PL_BLANK) {
            int t = cg_alloc(fs, type_words(r->type) ? type_words(r->type) : 1);
            cg_expr(fs, r, t);
        } else if (pl.kind == PL_REG && type_words(pl.type) == 1 && simple_rhs(r)) {
            cg_expr(fs, r, pl.reg);
        } else if (type_words(pl.type) > CG_BIG_VALUE_WORDS &&
                   (pl.kind == PL_MEM || pl.kind == PL_GLOBAL) && cg_mem_copy(fs, r, &pl) >= 0) {
            /* a big value copied memory to memory */
        } else {
            int t = cg_expr_any(fs, r);
            cg_place_store(fs, &pl, t);
        }
        cg_free_to(fs, save);
        return;
    }
    /* `i, j := 0, k` declaring only new one-word register variables: no value can read
     * them (their scope starts after the statement), so each is computed in place */
    bool direct_new = rhs->len == n;
    for (int k = 0; k < n && direct_new; k++) {
        Symbol *v = isnew[k] ? cg_unparen(lhs->items[k])->sym : NULL;
        direct_new = v && !v->boxed && type_words(v->type) == 1 &&
                     type_words(rhs->items[k]->type) == 1 && simple_rhs(rhs->items[k]);
    }
    if (direct_new) {
        for (int k = 0; k < n; k++)
            cg_expr(fs, rhs->items[k], cg_unparen(lhs->items[k])->sym->index);
        cg_free_to(fs, save);
        return;
    }
    /* several targets: evaluate lhs places, then all values, then store */
    Place *pls = ar_alloc(sizeof(Place) * (size_t)n);
    for (int i = 0; i < n; i++) {
        Node *l = cg_unparen(lhs->items[i]);
        if (isnew[i]) continue;
        if (!cg_place(fs, l, &pls[i])) cg_error(fs, l, "assignment target");
    }
    pin_place_operands(fs, pls, isnew, n);
    if (swap_elems(lhs, rhs, pls, isnew)) {
        cg_emit_abc(fs, BC_SSWAP, pls[0].reg, pls[0].idx, pls[1].idx);
        cg_free_to(fs, save);
        return;
    }
    int *vals = ar_alloc_atomic(sizeof(int) * (size_t)(n + 1));
    if (rhs->len == 1 && n > 1) {
        Node *r = rhs->items[0];
        Type *tt = r->type;
        int w = tuple_words(tt);
        int t = cg_alloc(fs, w);
        cg_expr(fs, r, t);
        int off = 0;
        for (int i = 0; i < n; i++) {
            vals[i] = t + off;
            off += type_words(tt->params[i]);
        }
        /* tuple elements assigned to interface-typed targets are converted (the checker
         * inserts no N_CONVERT for them); the ok of comma-ok forms is plain bool */
        for (int i = 0; i < n; i++) {
            Node *l = cg_unparen(lhs->items[i]);
            Type *target = isnew[i] ? l->sym->type : pls[i].kind == PL_BLANK ? NULL : pls[i].type;
            if (!target || target == tt->params[i] || U(target)->kind != TY_INTERFACE ||
                U(target) == U(tt->params[i]))
                continue;
            int c = cg_alloc(fs, 2);
            cg_conv_move(fs, tt->params[i], target, vals[i], c);
            vals[i] = c;
        }
    } else if (direct_parallel(fs, rhs, pls, isnew, n)) {
        for (int i = 0; i < n; i++)
            cg_expr(fs, rhs->items[i], pls[i].reg);
        cg_free_to(fs, save);
        return;
    } else {
        for (int i = 0; i < n; i++) {
            Node *r = rhs->items[i];
            int t = cg_alloc(fs, type_words(r->type) ? type_words(r->type) : 1);
            cg_expr(fs, r, t);
            vals[i] = t;
        }
    }
    for (int i = 0; i < n; i++) {
        Node *l = cg_unparen(lhs->items[i]);
        if (isnew[i])
            local_init(fs, l->sym, vals[i]);
        else
            cg_place_store(fs, &pls[i], vals[i]);
    }
    cg_free_to(fs, save);
}

static void op_assign(FS *fs, Node *s) {
    int save = fs->freereg;
    Node *l = s->list.items[0], *r = s->list2.items[0];
    Place pl;
    if (!cg_place(fs, l, &pl)) {
        cg_error(fs, s, "assignment target");
        return;
    }
    Type *t = pl.type;
    int op = s->op;
    if (pl.kind == PL_REG) {
        if (!cg_arith_imm(fs, op, t, pl.reg, pl.reg, l, r) &&
            !cg_float_arith_k(fs, op, t, pl.reg, pl.reg, r, false) &&
            !cg_float_muladd(fs, op, l, r, pl.reg)) {
            int rr = cg_expr_any(fs, r);
            cg_arith(fs, op, t, pl.reg, pl.reg, rr, r->type);
        }
    } else if (pl.kind == PL_MEM && U(t)->kind == TY_FLOAT64 &&
               (op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_QUO)) {
        /* p.f op= x: x first, then one load-operate-store (gc also evaluates x before it
         * reads p.f: order.go moves the calls of x ahead of the statement) */
        if (cg_float_mul_field_update(fs, op, pl.reg, pl.off, r)) {
            cg_free_to(fs, save);
            return;
        }
        if ((op == OP_ADD || op == OP_SUB) && cg_is_f64_product(r)) {
            /* p.f +-= x*y: the product too */
            Node *m = cg_unparen(r);
            int x = cg_expr_any(fs, m->a);
            int y = cg_expr_any(fs, m->b);
            cg_emit_abc(fs, op == OP_ADD ? BC_ADDMULTO_F64 : BC_SUBMULTO_F64, pl.reg, pl.off, x);
            cg_emit_word(fs, (uint64_t)y);
            cg_free_to(fs, save);
            return;
        }
        int rr = cg_expr_any(fs, r);
        int bc = op == OP_ADD   ? BC_ADDTO_F64
                 : op == OP_SUB ? BC_SUBTO_F64
                 : op == OP_MUL ? BC_MULTO_F64
                                : BC_DIVTO_F64;
        cg_emit_abc(fs, bc, pl.reg, pl.off, rr);
    } else {
        int w = type_words(t);
        int cur = cg_alloc(fs, w);
        cg_place_load(fs, &pl, cur);
        if (!cg_arith_imm(fs, op, t, cur, cur, l, r)) {
            int rr = cg_expr_any(fs, r);
            cg_arith(fs, op, t, cur, cur, rr, r->type);
        }
        cg_place_store(fs, &pl, cur);
    }
    cg_free_to(fs, save);
}

static void incdec(FS *fs, Node *s) {
    int save = fs->freereg;
    Place pl;
    if (!cg_place(fs, s->a, &pl)) {
        cg_error(fs, s, "inc/dec target");
        return;
    }
    Type *t = pl.type;
    int cur = pl.kind == PL_REG ? pl.reg : cg_alloc(fs, type_words(t));
    if (pl.kind != PL_REG) cg_place_load(fs, &pl, cur);
    if (type_is_float(U(t)) || type_is_complex(U(t))) { /* complex: the real part */
        int one = cg_alloc(fs, 1);
        mg_word w = {.f = 1.0};
        cg_emit_abx(fs, BC_LOADK, one, cg_kint(fs, w.i));
        cg_emit_abc(fs, s->op == OP_INC ? BC_ADD_F64 : BC_SUB_F64, cur, cur, one);
    } else
        cg_emit_abc(fs, BC_ADDI, cur, cur, s->op == OP_INC ? 1 : -1);
    cg_normalize(fs, t, cur);
    if (pl.kind != PL_REG) cg_place_store(fs, &pl, cur);
    cg_free_to(fs, save);
}

static void var_decl(FS *fs, Node *gd) {
    for (int i = 0; i < gd->list.len; i++) {
        Node *spec = gd->list.items[i];
        if (spec->kind != N_VARSPEC) continue;
        if (spec->list2.len == 0) {
            for (int j = 0; j < spec->list.len; j++) {
                Node *id = spec->list.items[j];
                if (id->sym && !is_blank(id)) cg_declare_local(fs, id->sym, -1);
            }
        } else
            assign_list(fs, &spec->list, &spec->list2, true);
    }
}

/* ---------- return ---------- */

void cg_return_seq(FS *fs) {
    int rw = fs->fn->result_words;
    if (fs->has_defer) cg_emit_abc(fs, BC_RUNDEFERS, 0, 0, 0);
    if (rw == 0) {
        cg_emit_abc(fs, BC_RET, 0, 0, 0);
        return;
    }
    int save = fs->freereg;
    int t = cg_alloc(fs, rw);
    int off = 0;
    Type *ft = fs->ftype;
    for (int i = 0; i < fs->nres; i++) {
        Symbol *s = fs->res_syms[i];
        int w = type_words(ft->results[i]);
        if (s && s->boxed) {
            if (w == 1)
                cg_emit_abc(fs, BC_LOAD, t + off, s->index, 0);
            else if (w > 1) {
                cg_emit_abc(fs, BC_LOADN, t + off, s->index, 0);
                cg_emit_word(fs, (uint64_t)w);
            }
        } else
            cg_move(fs, t + off, s && s->index >= 0 ? s->index : fs->res_reg + off, w);
        off += w;
    }
    cg_emit_abc(fs, BC_RET, t, rw, 0);
    cg_free_to(fs, save);
}

static void store_results_and_return(FS *fs, int t);

static void cg_return(FS *fs, Node *s) {
    int save = fs->freereg;
    int rw = fs->fn->result_words;
    Type *ft = fs->ftype;
    if (s->list.len == 0) {
        cg_return_seq(fs);
        return;
    }
    Node *r0 = s->list.items[0];
    if (s->list.len == 1 && r0->type && r0->type->kind == TY_TUPLE) {
        /* return g(): convert each element to its result type */
        Type *tt = r0->type;
        int tw = tuple_words(tt);
        int g = cg_alloc(fs, tw ? tw : 1);
        cg_expr(fs, r0, g);
        int t = cg_alloc(fs, rw);
        int off = 0, soff = 0;
        for (int i = 0; i < tt->nparams && i < ft->nresults; i++) {
            cg_conv_move(fs, tt->params[i], ft->results[i], g + soff, t + off);
            off += type_words(ft->results[i]);
            soff += type_words(tt->params[i]);
        }
        store_results_and_return(fs, t);
        cg_free_to(fs, save);
        return;
    }
    if (!fs->has_defer) {
        if (s->list.len == 1 && type_words(s->list.items[0]->type) == rw) {
            int r = cg_expr_any(fs, s->list.items[0]);
            cg_emit_abc(fs, BC_RET, r, rw, 0);
        } else {
            int t = cg_alloc(fs, rw);
            int off = 0;
            for (int i = 0; i < s->list.len; i++) {
                cg_expr(fs, s->list.items[i], t + off);
                off += type_words(s->list.items[i]->type);
            }
            cg_emit_abc(fs, BC_RET, t, rw, 0);
        }
        cg_free_to(fs, save);
        return;
    }
    /* with defers: store into the result variables, run defers, return them */
    int t = cg_alloc(fs, rw);
    int off = 0;
    for (int i = 0; i < s->list.len; i++) {
        cg_expr(fs, s->list.items[i], t + off);
        off += type_words(s->list.items[i]->type);
    }
    store_results_and_return(fs, t);
    cg_free_to(fs, save);
}

/* R[t..] holds the result values: return them (through the result variables and the
 * defers when the function has defers). */
static void store_results_and_return(FS *fs, int t) {
    int rw = fs->fn->result_words;
    Type *ft = fs->ftype;
    if (!fs->has_defer) {
        cg_emit_abc(fs, BC_RET, t, rw, 0);
        return;
    }
    int save = fs->freereg;
    int off = 0;
    for (int i = 0; i < fs->nres; i++) {
        Symbol *rs = fs->res_syms[i];
        int w = type_words(ft->results[i]);
        if (rs && rs->boxed) {
            if (w == 1)
                cg_emit_abc(fs, BC_STORE, rs->index, 0, t + off);
            else if (w > 1) {
                cg_emit_abc(fs, BC_STOREN, rs->index, 0, t + off);
                cg_emit_word(fs, (uint64_t)w);
            }
        } else
            cg_move(fs, rs ? rs->index : fs->res_reg + off, t + off, w);
        off += w;
    }
    cg_free_to(fs, save);
    cg_return_seq(fs);
}

/* ---------- loops and branches ---------- */

static Loop *push_loop(FS *fs, Node *stmt, Node *label) {
    Loop *l = ar_alloc(sizeof *l);
    l->prev = fs->loops;
    l->stmt = stmt;
    l->label = label;
    l->cont_target = -1;
    fs->loops = l;
    return l;
}

static void pop_loop(FS *fs, Loop *l, int cont_pc) {
    for (int i = 0; i < l->brk.n; i++)
        cg_patch_here(fs, l->brk.pcs[i]);
    for (int i = 0; i < l->cont.n; i++)
        cg_patch_sbx(fs, l->cont.pcs[i], cont_pc);
    fs->loops = l->prev;
}

static Label *find_label(FS *fs, Node *lab) {
    for (int i = 0; i < fs->nlabels; i++)
        if (fs->labels[i].lab == lab) return &fs->labels[i];
    if (fs->nlabels == fs->caplabels) {
        int cap = fs->caplabels ? fs->caplabels * 2 : 8;
        Label *nl = ar_alloc(sizeof *nl * (size_t)cap);
        if (fs->nlabels) memcpy(nl, fs->labels, sizeof *nl * (size_t)fs->nlabels);
        fs->labels = nl;
        fs->caplabels = cap;
    }
    Label *l = &fs->labels[fs->nlabels++];
    memset(l, 0, sizeof *l);
    l->lab = lab;
    l->pc = -1;
    return l;
}

static void branch(FS *fs, Node *s) {
    if (s->op == OP_GOTO) {
        Label *l = find_label(fs, s->target);
        int pc = cg_jump(fs, BC_JMP, 0);
        if (l->pc >= 0)
            cg_patch_sbx(fs, pc, l->pc);
        else
            jumps_add(&l->fwd, pc);
        return;
    }
    if (s->op == OP_FALLTHROUGH) return; /* handled by the switch */
    for (Loop *l = fs->loops; l; l = l->prev) {
        bool match = s->target ? (l->stmt == s->target || (l->label && l->label == s->target) ||
                                  (l->label && l->label->a == s->target))
                               : true;
        if (!s->target && s->op == OP_CONTINUE &&
            (l->stmt->kind != N_FOR && l->stmt->kind != N_RANGE))
            match = false;
        if (!match) continue;
        int pc = cg_jump(fs, BC_JMP, 0);
        if (s->op == OP_BREAK)
            jumps_add(&l->brk, pc);
        else
            jumps_add(&l->cont, pc);
        return;
    }
    cg_error(fs, s, "branch target not found");
}

static void collect_boxed_defs(Node *init, Symbol **out, int *n) {
    if (!init || init->kind != N_DEFINE) return;
    for (int i = 0; i < init->list.len; i++) {
        Node *l = cg_unparen(init->list.items[i]);
        if (l->kind == N_IDENT && l->sym && l->sym->decl == l && l->sym->boxed && *n < 16)
            out[(*n)++] = l->sym;
    }
}

/* Loop rotation's last step: when a loop's post statement compiled to the single
 * `ADDI r r 1` at inc_pc and its test to the single `JLT/JLE r x` right after it, the
 * increment becomes an INCJ* that tests and branches to body itself. The plain test stays
 * where it is: the loop's entry jumps to it, and when the fused test fails it runs once
 * more (the same registers: it fails too) before the loop exits. */
static bool fuse_increment_test(FS *fs, int inc_pc, int body) {
    if (inc_pc + 2 != fs->ncode) return false;
    mg_instr inc = fs->code[inc_pc], test = fs->code[inc_pc + 1];
    unsigned r = MG_A(inc);
    if (MG_OP(inc) != BC_ADDI || MG_B(inc) != r || MG_SC(inc) != 1 || MG_A(test) != r) return false;
    int op;
    switch (MG_OP(test)) {
    case BC_JLT_INT: op = BC_INCJLT_INT; break;
    case BC_JLE_INT: op = BC_INCJLE_INT; break;
    case BC_JLT_IK: op = BC_INCJLT_IK; break;
    case BC_JLE_IK: op = BC_INCJLE_IK; break;
    default: return false;
    }
    if (op == BC_INCJLT_INT || op == BC_INCJLE_INT) {
        if (MG_B(test) == r) return false; /* i < i */
    }
    fs->code[inc_pc] = MG_MKABC(op, r, MG_B(test), 0);
    cg_patch_sc(fs, inc_pc, body);
    return true;
}

/* The same for a post statement `i += step` (step a register: `ADD_INT r r s`): the fused
 * ADDJ* needs an extra word for s, which takes the test's place, so the plain test moves
 * one word down and the loop's entry jump (jcond) follows it. */
static bool fuse_step_test(FS *fs, int add_pc, int body, int jcond) {
    if (add_pc + 2 != fs->ncode) return false;
    mg_instr add = fs->code[add_pc], test = fs->code[add_pc + 1];
    unsigned r = MG_A(add), step = MG_C(add);
    if (MG_OP(add) != BC_ADD_INT || MG_B(add) != r || step == r || MG_A(test) != r ||
        MG_B(test) == r)
        return false;
    int op = MG_OP(test) == BC_JLT_INT   ? BC_ADDJLT_INT
             : MG_OP(test) == BC_JLE_INT ? BC_ADDJLE_INT
                                         : -1;
    if (op < 0) return false;
    fs->code[add_pc] = MG_MKABC(op, r, MG_B(test), 0);
    fs->code[add_pc + 1] = step;
    int plain = cg_emit(fs, test);
    cg_patch_sc(fs, plain, body);
    /* the fused op's offset counts from after its extra word */
    int off = body - (add_pc + 2);
    fs->code[add_pc] = (fs->code[add_pc] & 0x0000ffffffffffffull) | (mg_instr)(uint16_t)(int16_t)off
                                                                        << 48;
    cg_patch_sbx(fs, jcond, plain);
    return true;
}

/* After fuse_increment_test: when the loop's body starts with `p := &s[i]` (a SADDR
 * indexed by the loop variable: `for j := i + 1; j < n; j++ { bj := &bodies[j]; ... }`,
 * `for i := range s { p := &s[i]; ... }`), the loop's two tests take the iteration's
 * address themselves and branch past the SADDR: the closing INCJLT_INT becomes an
 * INCJLT_SADDR and the plain test the loop's entry jumps to a JLT_SADDR, each with the
 * SADDR's operands in an extra word. When the closing test fails it also steps over the
 * plain test (the same comparison of the same registers: it would fail too), so a loop
 * of k iterations runs k + 1 tests and no SADDR, where it ran k + 2 and k SADDRs. */
static bool fuse_increment_addr(FS *fs, int inc_pc, int body, int jcond) {
    if (inc_pc + 2 != fs->ncode || body + 2 > inc_pc) return false;
    mg_instr inc = fs->code[inc_pc], test = fs->code[inc_pc + 1], sa = fs->code[body];
    if (MG_OP(inc) != BC_INCJLT_INT || MG_SC(inc) != body - (inc_pc + 1)) return false;
    if (MG_OP(test) != BC_JLT_INT || MG_A(test) != MG_A(inc) || MG_B(test) != MG_B(inc))
        return false;
    if (MG_OP(sa) != BC_SADDR || MG_C(sa) != MG_A(inc) || MG_A(sa) == MG_A(inc)) return false;
    uint64_t size = fs->code[body + 1];
    /* both offsets count from after the instruction's extra word */
    int off1 = (body + 2) - (inc_pc + 2), off2 = (body + 2) - (inc_pc + 4);
    if (size > 0xffffffffu || off2 < -32768) return false;
    uint64_t operands = (uint64_t)MG_A(sa) | (uint64_t)MG_B(sa) << 16 | size << 32;
    int test_line = fs->lines[inc_pc + 1], addr_line = fs->lines[body];
    fs->code[inc_pc] = MG_MKABC(BC_INCJLT_SADDR, MG_A(inc), MG_B(inc), (uint16_t)(int16_t)off1);
    fs->code[inc_pc + 1] = operands;
    fs->lines[inc_pc + 1] = addr_line; /* an index panic is the SADDR's */
    int plain =
        cg_emit(fs, MG_MKABC(BC_JLT_SADDR, MG_A(test), MG_B(test), (uint16_t)(int16_t)off2));
    fs->lines[plain] = test_line;
    cg_emit_word(fs, operands);
    fs->lines[plain + 1] = addr_line;
    cg_patch_sbx(fs, jcond, plain);
    return true;
}

/* The two-pointer post statement `i, j = i+1, j-1` (`ADDI i i 1; ADDI j j -1`) before
 * the test `JLT_INT i j`: one INCDECJLT that steps both and branches to body. The plain
 * test moves up into the second ADDI's place and the loop's entry jump follows it. */
static bool fuse_two_pointer_test(FS *fs, int post, int body, int jcond) {
    if (post + 3 != fs->ncode || body - (post + 1) < -32768) return false;
    mg_instr inc = fs->code[post], dec = fs->code[post + 1], test = fs->code[post + 2];
    if (MG_OP(inc) != BC_ADDI || MG_OP(dec) != BC_ADDI || MG_OP(test) != BC_JLT_INT) return false;
    if (MG_SC(inc) == -1 && MG_SC(dec) == 1) {
        mg_instr t = inc;
        inc = dec, dec = t;
    }
    unsigned a = MG_A(inc), b = MG_A(dec);
    if (MG_B(inc) != a || MG_SC(inc) != 1 || MG_B(dec) != b || MG_SC(dec) != -1 || a == b ||
        MG_A(test) != a || MG_B(test) != b)
        return false;
    fs->code[post] = MG_MKABC(BC_INCDECJLT, a, b, 0);
    cg_patch_sc(fs, post, body);
    fs->code[post + 1] = test;
    fs->lines[post + 1] = fs->lines[post + 2];
    fs->ncode--;
    cg_patch_sc(fs, post + 1, body);
    cg_patch_sbx(fs, jcond, post + 1);
    return true;
}

/* Loop inversion. A loop whose test compiled to one compare-and-branch is laid out
 *     jcond: JMP test;  body: ... (post);  test: TEST (to body)
 * The entry jump becomes TEST inverted, to the loop's exit (falling into body): entering
 * the loop costs one dispatch instead of two. When a fusion above has made the post
 * statement a FUSED op that tests and branches itself, the plain TEST after it only ran
 * at the entry and, failing again, at the exit: drop it too (`drop`). The entry no
 * longer spends a budget tick (its way into the body was TEST's backward jump); every
 * iteration still does. Compares only: the inverse of a float compare is not a compare
 * (NaN), and a test that can panic is not moved. */
static void invert_entry_test(FS *fs, int jcond, int body, bool drop) {
    int tpc = fs->ncode - 1;
    if (tpc < 0 || jcond + 1 != body || tpc < body) return;
    mg_instr t = fs->code[tpc], j = fs->code[jcond];
    bool sbx = MG_OP(t) == BC_JMPIF || MG_OP(t) == BC_JMPIFNOT;
    int exit = drop ? tpc : tpc + 1;
    if (MG_OP(j) != BC_JMP || MG_SBX(j) != tpc - (jcond + 1) ||
        (sbx ? MG_SBX(t) : MG_SC(t)) != body - (tpc + 1) || exit - (jcond + 1) > 32767)
        return;
    unsigned a = MG_A(t), b = MG_B(t);
    mg_instr inv;
    switch (MG_OP(t)) {
    case BC_JMPIF: inv = MG_MKABX(BC_JMPIFNOT, a, 0); break;
    case BC_JMPIFNOT: inv = MG_MKABX(BC_JMPIF, a, 0); break;
    case BC_JEQ_INT: inv = MG_MKABC(BC_JNE_INT, a, b, 0); break;
    case BC_JNE_INT: inv = MG_MKABC(BC_JEQ_INT, a, b, 0); break;
    case BC_JLT_INT: inv = MG_MKABC(BC_JLE_INT, b, a, 0); break; /* !(a < b): b <= a */
    case BC_JLE_INT: inv = MG_MKABC(BC_JLT_INT, b, a, 0); break;
    case BC_JLT_UINT: inv = MG_MKABC(BC_JLE_UINT, b, a, 0); break;
    case BC_JLE_UINT: inv = MG_MKABC(BC_JLT_UINT, b, a, 0); break;
    case BC_JEQ_IK: inv = MG_MKABC(BC_JNE_IK, a, b, 0); break;
    case BC_JNE_IK: inv = MG_MKABC(BC_JEQ_IK, a, b, 0); break;
    case BC_JLT_IK: inv = MG_MKABC(BC_JGE_IK, a, b, 0); break;
    case BC_JLE_IK: inv = MG_MKABC(BC_JGT_IK, a, b, 0); break;
    case BC_JGT_IK: inv = MG_MKABC(BC_JLE_IK, a, b, 0); break;
    case BC_JGE_IK: inv = MG_MKABC(BC_JLT_IK, a, b, 0); break;
    default: return;
    }
    fs->code[jcond] = inv;
    fs->lines[jcond] = fs->lines[tpc];
    if (drop) fs->ncode--;
    if (sbx)
        cg_patch_sbx(fs, jcond, exit);
    else
        cg_patch_sc(fs, jcond, exit);
}

/* `if n < 2 { return n }`: the test that skips a lone RET becomes a conditional return
 * (RETLT_IK and friends run the RET that follows when the condition holds, else skip it),
 * one dispatch fewer on both paths. The RET stays for anything jumping to it. */
static void fuse_return_test(FS *fs, int jpc) {
    if (jpc + 2 != fs->ncode || MG_OP(fs->code[jpc + 1]) != BC_RET || MG_SC(fs->code[jpc]) != 1)
        return;
    mg_instr t = fs->code[jpc];
    int op;
    switch (MG_OP(t)) {
    case BC_JGE_IK: op = BC_RETLT_IK; break;
    case BC_JGT_IK: op = BC_RETLE_IK; break;
    case BC_JNE_IK: op = BC_RETEQ_IK; break;
    default: return;
    }
    fs->code[jpc] = (t & ~(mg_instr)0xffff) | (mg_instr)op;
}

static void for_stmt(FS *fs, Node *s, Node *label) {
    int save = fs->freereg;
    if (s->a) cg_stmt(fs, s->a);
    Symbol *boxed[16];
    int nboxed = 0;
    if (fs->cg->pkg && fs->cg->pkg->loopvar) collect_boxed_defs(s->a, boxed, &nboxed);
    int kmark = cg_loop_consts_push(fs, s->b, s->c, s->d);
    Loop *l = push_loop(fs, s, label);
    int jcond = s->b ? cg_jump(fs, BC_JMP, 0) : -1;
    int body = fs->ncode;
    int rmark = cg_counter_push(fs, s->a, s->b, s->c, s->d);
    cg_block(fs, s->d);
    cg_counter_pop(fs, rmark);
    int cont = fs->ncode;
    for (int i = 0; i < nboxed; i++)
        rebox(fs, boxed[i]);
    int post = fs->ncode;
    if (s->c) cg_stmt(fs, s->c);
    if (s->b) {
        int post_len = fs->ncode - post;
        cg_patch_here(fs, jcond);
        Jumps j = {0};
        cg_cond_jump(fs, s->b, true, &j);
        for (int i = 0; i < j.n; i++) {
            unsigned op = MG_OP(fs->code[j.pcs[i]]);
            if (op == BC_JMP || op == BC_JMPIF || op == BC_JMPIFNOT)
                cg_patch_sbx(fs, j.pcs[i], body);
            else
                cg_patch_sc(fs, j.pcs[i], body);
        }
        bool fused = false, addr = false;
        if (post_len == 1 && j.n == 1) {
            fused = fuse_increment_test(fs, post, body);
            /* the element address fusion needs the fused closing test and must come
             * before the inversion (its own entry test is then the loop's) */
            if (fused)
                addr = fuse_increment_addr(fs, post, body, jcond);
            else
                fused = fuse_step_test(fs, post, body, jcond);
        } else if (post_len == 2 && j.n == 1)
            fused = fuse_two_pointer_test(fs, post, body, jcond);
        if (j.n == 1 && !addr) invert_entry_test(fs, jcond, body, fused);
    } else {
        int j = cg_jump(fs, BC_JMP, 0);
        cg_patch_sbx(fs, j, body);
    }
    pop_loop(fs, l, cont);
    cg_loop_consts_pop(fs, kmark);
    cg_free_to(fs, save);
}

/* Bind a range key/value: define a new variable or assign to an existing place. */
/* Binds R[src..] (a value of type from) to a range or select-receive target: a defined
 * variable, or an assigned place, converted when it is an interface (`case i = <-c`). */
static void range_bind(FS *fs, Node *target, bool define, int src, Type *from, bool fresh_box) {
    if (!target || is_blank(target)) return;
    Node *t = cg_unparen(target);
    if (define && t->kind == N_IDENT && t->sym) {
        Symbol *s = t->sym;
        if (s->boxed && !fresh_box && !s->cg_spill) {
            int w = type_words(s->type);
            if (w == 1)
                cg_emit_abc(fs, BC_STORE, s->index, 0, src);
            else if (w > 1) {
                cg_emit_abc(fs, BC_STOREN, s->index, 0, src);
                cg_emit_word(fs, (uint64_t)w);
            }
        } else
            local_init(fs, s, src);
        return;
    }
    int save = fs->freereg;
    Place pl;
    Type *to = t->type;
    if (from && to && from != to && U(to)->kind == TY_INTERFACE) {
        int c = cg_alloc(fs, 2);
        cg_conv_move(fs, from, to, src, c);
        src = c;
    }
    if (cg_place(fs, target, &pl)) cg_place_store(fs, &pl, src);
    cg_free_to(fs, save);
}

/* Binds a pair of range (or select-receive) values: defined variables one by one; assigned
 * places as an assignment does it, in two phases: the index and pointer operands of both
 * targets are evaluated (and pinned) before either is stored (for i, x[i] = range y stores
 * into x[old i]). */
static void range_bind_pair(FS *fs, Node *kn, Node *vn, bool define, int ksrc, Type *kfrom,
                            int vsrc, Type *vfrom, bool fresh_box) {
    bool kb = kn && !is_blank(kn), vb = vn && !is_blank(vn);
    if (define || !kb || !vb) {
        range_bind(fs, kn, define, ksrc, kfrom, fresh_box);
        range_bind(fs, vn, define, vsrc, vfrom, fresh_box);
        return;
    }
    int save = fs->freereg;
    Node *ts[2] = {kn, vn};
    int srcs[2] = {ksrc, vsrc};
    Type *froms[2] = {kfrom, vfrom};
    Place pl[2];
    bool ok[2];
    for (int i = 0; i < 2; i++)
        if (!(ok[i] = cg_place(fs, ts[i], &pl[i]))) pl[i].kind = PL_BLANK;
    bool isnew[2] = {false, false};
    pin_place_operands(fs, pl, isnew, 2);
    for (int i = 0; i < 2; i++) {
        Type *to = cg_unparen(ts[i])->type;
        int src = srcs[i];
        if (froms[i] && to && froms[i] != to && U(to)->kind == TY_INTERFACE) {
            int c = cg_alloc(fs, 2);
            cg_conv_move(fs, froms[i], to, src, c);
            src = c;
        }
        if (ok[i]) cg_place_store(fs, &pl[i], src);
    }
    cg_free_to(fs, save);
}

/* The type of the second range variable over x (a string's runes, an array's, a
 * pointed-to array's or a slice's elements). */
static Type *range_elem_type(Type *xt) {
    xt = U(xt);
    if (xt->kind == TY_STRING) return ty_int32;
    if (xt->kind == TY_POINTER) xt = U(xt->elem);
    return xt->elem;
}

/* Whether a statement in n may assign variable v: =, op=, ++/--, := (conservatively), a
 * range that is not a :=, and so a select case's assignment. (Taking v's address or
 * capturing it boxes v, which callers exclude first.) */
bool cg_assigns_var(Node *n, Symbol *v) {
    if (!n) return false;
    NodeList *lhs = NULL;
    switch (n->kind) {
    case N_ASSIGN:
    case N_DEFINE: lhs = &n->list; break;
    case N_RANGE:
        if (!(n->flags & NF_DEFINE)) lhs = &n->list;
        break;
    case N_INCDEC: {
        Node *x = cg_unparen(n->a);
        if (x->kind == N_IDENT && x->sym == v) return true;
        break;
    }
    default: break;
    }
    for (int i = 0; lhs && i < lhs->len; i++) {
        Node *x = cg_unparen(lhs->items[i]);
        if (x->kind == N_IDENT && x->sym == v) return true;
    }
    if (cg_assigns_var(n->a, v) || cg_assigns_var(n->b, v) || cg_assigns_var(n->c, v) ||
        cg_assigns_var(n->d, v))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (cg_assigns_var(n->list.items[i], v)) return true;
    for (int i = 0; i < n->list2.len; i++)
        if (cg_assigns_var(n->list2.items[i], v)) return true;
    return false;
}

/* A range variable declared by := that lives in a register of its own (not boxed, one
 * word or more), or NULL. */
static Symbol *range_reg_var(FS *fs, Node *n, bool define) {
    if (!define || !n || is_blank(n)) return NULL;
    Node *id = cg_unparen(n);
    if (id->kind != N_IDENT || !id->sym || id->sym->boxed) return NULL;
    /* where local_home would spill it, it keeps its home */
    int w = type_words(id->sym->type);
    if (w > CG_BIG_VALUE_WORDS || fs->freereg + w + 1 > SPILL_FRAME) return NULL;
    return id->sym;
}

static void range_stmt(FS *fs, Node *s, Node *label) {
    int save = fs->freereg;
    bool define = s->flags & NF_DEFINE;
    Node *kn = s->list.len > 0 ? s->list.items[0] : NULL;
    Node *vn = s->list.len > 1 ? s->list.items[1] : NULL;
    Node *x = s->a;
    Type *xt = U(x->type);
    bool per_iter = fs->cg->pkg && fs->cg->pkg->loopvar;
    /* A counted loop's key variable that the body never assigns is the loop counter
     * itself (no MOVE per iteration); its value variable is loaded straight into its
     * register (it is reloaded every iteration, so assignments in the body are fine). */
    bool counted = xt->kind == TY_SLICE || xt->kind == TY_ARRAY ||
                   (xt->kind == TY_POINTER && U(xt->elem)->kind == TY_ARRAY);
    Symbol *kreg = counted ? range_reg_var(fs, kn, define) : NULL;
    if (kreg && (type_words(kreg->type) != 1 || cg_assigns_var(s->d, kreg))) kreg = NULL;
    Symbol *vreg = counted ? range_reg_var(fs, vn, define) : NULL;
    /* homes of the defined variables (classic: one box for the whole loop) */
    if (define) {
        for (int i = 0; i < s->list.len; i++) {
            Node *id = cg_unparen(s->list.items[i]);
            if (id->sym && (id->sym == kreg || id->sym == vreg)) continue;
            if (id->kind == N_IDENT && id->sym && !is_blank(id)) {
                local_home(fs, id->sym);
                if (id->sym->boxed && !per_iter) local_init(fs, id->sym, -1);
            }
        }
    }
    bool fresh = per_iter;
    Loop *l;
    int top, cont;
    int i = cg_alloc(fs, 1);
    if (xt->kind == TY_MAP) {
        int m = cg_expr_any(fs, x);
        int it = cg_alloc(fs, 1);
        cg_emit_abc(fs, BC_MAPITER, it, m, 0);
        int kw = type_words(xt->key), vw = type_words(xt->elem);
        int t = cg_alloc(fs, 1 + kw + vw);
        l = push_loop(fs, s, label);
        top = fs->ncode;
        cg_emit_abc(fs, BC_MAPNEXT, t, it, 0);
        cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(x->type));
        int jend = cg_jump(fs, BC_JMPIFNOT, t);
        range_bind_pair(fs, kn, vn, define, t + 1, xt->key, t + 1 + kw, xt->elem, fresh);
        cg_block(fs, s->d);
        cont = fs->ncode;
        cg_patch_sbx(fs, cg_jump(fs, BC_JMP, 0), top);
        cg_patch_here(fs, jend);
        pop_loop(fs, l, cont);
        cg_free_to(fs, save);
        return;
    }
    if (xt->kind == TY_CHAN) {
        int c = cg_expr_any(fs, x);
        int w = type_words(xt->elem);
        int t = cg_alloc(fs, w + 1);
        l = push_loop(fs, s, label);
        top = fs->ncode;
        cg_emit_abc(fs, BC_RECV2, t, c, w);
        int jend = cg_jump(fs, BC_JMPIFNOT, t + w);
        range_bind(fs, kn, define, t, xt->elem, fresh);
        cg_block(fs, s->d);
        cont = fs->ncode;
        cg_patch_sbx(fs, cg_jump(fs, BC_JMP, 0), top);
        cg_patch_here(fs, jend);
        pop_loop(fs, l, cont);
        cg_free_to(fs, save);
        return;
    }
    /* counted loops: int, slice, array, pointer to array, string */
    int n = cg_alloc(fs, 1);
    int base = -1, ew = 0, eps = 0; /* element words; packed size (vm/value.h) or 0 */
    int64_t alen = 0;
    bool is_str = xt->kind == TY_STRING;
    bool arr = xt->kind == TY_ARRAY || (xt->kind == TY_POINTER && U(xt->elem)->kind == TY_ARRAY);
    bool arr_sliced = false; /* the array is read through a slice header at base */
    if (type_is_integer(xt)) {
        cg_expr(fs, x, n);
    } else if (xt->kind == TY_SLICE || is_str) {
        base = cg_alloc(fs, is_str ? 2 : 3);
        cg_expr(fs, x, base);
        cg_move(fs, n, base + 1, 1);
        ew = is_str ? 1 : type_words(xt->elem);
        eps = is_str ? 0 : type_packed_size(xt->elem);
    } else if (arr) {
        Type *at = xt->kind == TY_POINTER ? U(xt->elem) : xt;
        alen = at->len;
        ew = type_words(at->elem);
        eps = type_packed_size(at->elem);
        cg_load_int(fs, n, alen);
        if (vn && !is_blank(vn)) {
            /* a big array is ranged over as a boxed copy behind a pointer */
            int boxed_copy = xt->kind == TY_ARRAY && at->words > CG_BIG_VALUE_WORDS
                                 ? cg_mem_copy(fs, x, NULL)
                                 : -1;
            if (xt->kind == TY_POINTER || boxed_copy >= 0) {
                /* slice the array through its pointer so elements are read live */
                base = cg_alloc(fs, 3);
                int b = cg_alloc(fs, 3);
                int p = boxed_copy >= 0 ? boxed_copy : cg_expr_any(fs, x);
                arr_sliced = true;
                cg_load_int(fs, b, 0);
                cg_load_int(fs, b + 1, alen);
                cg_load_int(fs, b + 2, alen);
                cg_emit_abc(fs, BC_SLICEARR, base, p, b);
                cg_emit_word(fs, (uint64_t)alen);
                cg_emit_word(fs, (uint64_t)cg_elem_bytes(at->elem));
            } else {
                base = cg_alloc(fs, at->words ? at->words : 1); /* range over a copy */
                cg_expr(fs, x, base);
            }
        } else if (s->flags & NF_RANGE_EVAL) {
            /* only the index is used, but len(x) is not constant: x is evaluated once
             * (for its calls and receives), and not dereferenced */
            int sv = fs->freereg;
            cg_expr_any(fs, x);
            cg_free_to(fs, sv);
        }
    }
    int kmark = cg_loop_consts_push(fs, NULL, NULL, s->d);
    cg_load_int(fs, i, 0);
    if (kreg) kreg->index = i;
    int v = -1;
    if (vreg)
        v = vreg->index = cg_alloc(fs, ew ? ew : 1);
    else if (vn || is_str)
        v = cg_alloc(fs, ew ? ew + 1 : 2);
    l = push_loop(fs, s, label);
    int jcond = cg_jump(fs, BC_JMP, 0);
    top = fs->ncode;
    if (is_str) cg_emit_abc(fs, BC_STRNEXT, v, base, i);
    if (vn && !is_blank(vn)) {
        if (is_str) {
        } else if (xt->kind == TY_SLICE || arr_sliced) {
            if (eps)
                cg_emit_sgetb(fs, v, base, i, eps);
            else if (ew == 1) /* i is below the length of this private copy of x */
                cg_emit_abc(fs, BC_SGETNC, v, base, i);
            else {
                cg_emit_abc(fs, BC_SGETN, v, base, i);
                cg_emit_word(fs, (uint64_t)ew);
            }
        } else if (arr) {
            cg_emit_abc(fs, eps ? BC_AGETP : BC_AGET, v, base, i);
            cg_emit_word(fs, (uint64_t)alen);
            cg_emit_word(fs, (uint64_t)(eps ? eps : ew));
        }
    }
    /* variables living in the counter / loaded in place need no binding */
    range_bind_pair(fs, kreg ? NULL : kn, vreg ? NULL : vn, define, i,
                    type_is_integer(xt) ? x->type : ty_int, v, vn ? range_elem_type(x->type) : NULL,
                    fresh);
    int rmark = cg_range_key_push(fs, kreg, xt->kind == TY_SLICE ? cg_fixed_slice(x, s->d) : NULL);
    cg_block(fs, s->d);
    cg_counter_pop(fs, rmark);
    cont = fs->ncode;
    if (is_str)
        cg_emit_abc(fs, BC_ADD_INT, i, i, v + 1);
    else
        cg_emit_abc(fs, BC_ADDI, i, i, 1);
    cg_patch_here(fs, jcond);
    int j = cg_emit_abc(fs, BC_JLT_INT, i, n, 0);
    cg_patch_sc(fs, j, top);
    bool fused = !is_str && fuse_increment_test(fs, cont, top);
    if (!(fused && fuse_increment_addr(fs, cont, top, jcond)))
        invert_entry_test(fs, jcond, top, fused);
    pop_loop(fs, l, cont);
    cg_loop_consts_pop(fs, kmark);
    cg_free_to(fs, save);
}

static void switch_stmt(FS *fs, Node *s, Node *label) {
    int save = fs->freereg;
    if (s->a) cg_stmt(fs, s->a);
    int tag = -1;
    Type *tt = NULL;
    if (s->b) {
        tt = s->b->type;
        tag = cg_alloc(fs, type_words(tt) ? type_words(tt) : 1);
        cg_expr(fs, s->b, tag);
    }
    Loop *l = push_loop(fs, s, label);
    int nc = s->list.len;
    Jumps *to_body = ar_alloc(sizeof(Jumps) * (size_t)(nc + 1));
    int deflt = -1;
    for (int c = 0; c < nc; c++) {
        Node *cl = s->list.items[c];
        if (cl->flags & NF_DEFAULT || cl->list.len == 0) {
            deflt = c;
            continue;
        }
        for (int k = 0; k < cl->list.len; k++) {
            Node *e = cl->list.items[k];
            bool iface_case = U(e->type)->kind == TY_INTERFACE;
            if (tag < 0 && !iface_case) {
                cg_cond_jump(fs, e, true, &to_body[c]);
            } else {
                int sv = fs->freereg;
                int tg = tag;
                Type *u = tt ? U(tt) : ty_bool;
                if (tag < 0) { /* an interface case of a tagless switch: case == true */
                    tg = cg_alloc(fs, 1);
                    cg_load_int(fs, tg, 1);
                }
                int r = cg_expr_any(fs, e);
                int b = cg_alloc(fs, 1);
                if (cg_is_nil(e)) { /* switch f { case nil: } on a func, map, slice... */
                    cg_emit_abc(fs, BC_ISNIL, b, tg, 0);
                    jumps_add(&to_body[c], cg_jump(fs, BC_JMPIF, b));
                    cg_free_to(fs, sv);
                    continue;
                }
                if (iface_case && (tt ? tt : ty_bool) != e->type) {
                    /* a concrete tag, or one of another interface type, against an interface
                     * case the tag is assignable to: compare as values of the case's type */
                    int conv = cg_alloc(fs, 2);
                    cg_conv_move(fs, tt ? tt : ty_bool, e->type, tg, conv);
                    tg = conv;
                    u = U(e->type);
                }
                if (u->kind == TY_STRING)
                    cg_emit_abc(fs, BC_EQ_STR, b, tg, r);
                else if (type_is_float(u))
                    cg_emit_abc(fs, BC_EQ_F64, b, tg, r);
                else if (u->kind == TY_INTERFACE)
                    cg_emit_abc(fs, BC_EQ_IFACE, b, tg, r);
                else if (u->kind == TY_STRUCT || u->kind == TY_ARRAY) {
                    cg_emit_abc(fs, BC_EQ_VAL, b, tg, r);
                    cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(tt));
                } else {
                    cg_free_to(fs, b);
                    jumps_add(&to_body[c], cg_emit_abc(fs, BC_JEQ_INT, tg, r, 0));
                    cg_free_to(fs, sv);
                    continue;
                }
                jumps_add(&to_body[c], cg_jump(fs, BC_JMPIF, b));
                cg_free_to(fs, sv);
            }
        }
    }
    int jdef = cg_jump(fs, BC_JMP, 0);
    Jumps ends = {0};
    for (int c = 0; c < nc; c++) {
        Node *cl = s->list.items[c];
        for (int k = 0; k < to_body[c].n; k++)
            cg_patch_here(fs, to_body[c].pcs[k]);
        if (c == deflt) cg_patch_here(fs, jdef);
        int sv = fs->freereg;
        cg_stmts(fs, &cl->list2);
        cg_free_to(fs, sv);
        bool ft = cl->flags & NF_FALLTHROUGH;
        if (!ft && cl->list2.len) {
            Node *last = cl->list2.items[cl->list2.len - 1];
            if (last->kind == N_BRANCH && last->op == OP_FALLTHROUGH) ft = true;
        }
        if (!ft) jumps_add(&ends, cg_jump(fs, BC_JMP, 0));
    }
    if (deflt < 0) cg_patch_here(fs, jdef);
    for (int k = 0; k < ends.n; k++)
        cg_patch_here(fs, ends.pcs[k]);
    pop_loop(fs, l, 0);
    cg_free_to(fs, save);
}

static void typeswitch_stmt(FS *fs, Node *s, Node *label) {
    int save = fs->freereg;
    if (s->a) cg_stmt(fs, s->a);
    Node *x = s->b;
    if (x->kind == N_TYPEASSERT) x = x->a;
    Type *xt = x->type;
    int xr = cg_alloc(fs, 2);
    cg_expr(fs, x, xr);
    Loop *l = push_loop(fs, s, label);
    int nc = s->list.len;
    Jumps *to_body = ar_alloc(sizeof(Jumps) * (size_t)(nc + 1));
    int deflt = -1;
    int b = cg_alloc(fs, 1);
    for (int c = 0; c < nc; c++) {
        Node *cl = s->list.items[c];
        if (cl->flags & NF_DEFAULT || cl->list.len == 0) {
            deflt = c;
            continue;
        }
        for (int k = 0; k < cl->list.len; k++) {
            Node *te = cg_unparen(cl->list.items[k]);
            Type *t = te->type;
            if (!t || t->kind == TY_UNTYPED_NIL ||
                (te->kind == N_IDENT && te->sym && te->sym->kind == SYM_NIL)) {
                cg_emit_abc(fs, BC_ISNIL, b, xr, 0);
            } else {
                cg_emit_abc(fs, U(t)->kind == TY_INTERFACE ? BC_TYPEISI : BC_TYPEIS, b, xr, 0);
                cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(t));
            }
            jumps_add(&to_body[c], cg_jump(fs, BC_JMPIF, b));
        }
    }
    int jdef = cg_jump(fs, BC_JMP, 0);
    Jumps ends = {0};
    for (int c = 0; c < nc; c++) {
        Node *cl = s->list.items[c];
        for (int k = 0; k < to_body[c].n; k++)
            cg_patch_here(fs, to_body[c].pcs[k]);
        if (c == deflt) cg_patch_here(fs, jdef);
        int sv = fs->freereg;
        Symbol *v = cl->sym;
        if (v) {
            local_home(fs, v);
            Type *vt = v->type;
            int t = cg_alloc(fs, type_words(vt) ? type_words(vt) : 1);
            if (U(vt)->kind == TY_INTERFACE) {
                if (U(vt) == U(xt))
                    cg_move(fs, t, xr, 2);
                else {
                    cg_emit_abc(fs, BC_IFACE2IFACE, t, xr, 0);
                    cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(vt));
                }
            } else {
                cg_emit_abc(fs, BC_ASSERT, t, xr, 0);
                cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(vt));
                cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(xt));
            }
            local_init(fs, v, t);
        }
        cg_stmts(fs, &cl->list2);
        cg_free_to(fs, sv);
        jumps_add(&ends, cg_jump(fs, BC_JMP, 0));
    }
    if (deflt < 0) cg_patch_here(fs, jdef);
    for (int k = 0; k < ends.n; k++)
        cg_patch_here(fs, ends.pcs[k]);
    pop_loop(fs, l, 0);
    cg_free_to(fs, save);
}

/* The receive <-c of a select case: the checker wraps the one of `case i = <-c` in an
 * implicit conversion to i's type, which range_bind applies when it stores. */
static Node *select_recv(Node *rx) {
    rx = cg_unparen(rx);
    while (rx->kind == N_CONVERT)
        rx = cg_unparen(rx->a);
    return rx;
}

static void select_stmt(FS *fs, Node *s, Node *label) {
    int save = fs->freereg;
    int nc = s->list.len, ncase = 0;
    bool has_default = false;
    for (int c = 0; c < nc; c++) {
        if (s->list.items[c]->flags & NF_DEFAULT || !s->list.items[c]->a)
            has_default = true;
        else
            ncase++;
    }
    int desc = cg_alloc(fs, 3 * (ncase ? ncase : 1));
    int *valreg = ar_alloc_atomic(sizeof(int) * (size_t)(nc + 1));
    int *caseidx = ar_alloc_atomic(sizeof(int) * (size_t)(nc + 1));
    int k = 0;
    for (int c = 0; c < nc; c++) {
        Node *cl = s->list.items[c];
        Node *comm = cl->a;
        caseidx[c] = -1;
        if (!comm) continue;
        caseidx[c] = k;
        if (comm->kind == N_SENDSTMT) {
            cg_expr(fs, comm->a, desc + 3 * k);
            cg_load_int(fs, desc + 3 * k + 1, 1);
            int v = cg_alloc(fs, type_words(comm->b->type) ? type_words(comm->b->type) : 1);
            cg_expr(fs, comm->b, v);
            valreg[c] = v;
        } else {
            Node *rx = select_recv(comm->kind == N_EXPRSTMT ? comm->a : comm->list2.items[0]);
            cg_expr(fs, rx->a, desc + 3 * k);
            cg_load_int(fs, desc + 3 * k + 1, 2);
            int w = type_words(U(rx->a->type)->elem);
            valreg[c] = cg_alloc(fs, w + 1);
        }
        cg_load_int(fs, desc + 3 * k + 2, valreg[c]);
        k++;
    }
    cg_emit_abc(fs, BC_SELECT, desc, ncase, has_default);
    Loop *l = push_loop(fs, s, label);
    Jumps ends = {0};
    for (int c = 0; c < nc; c++) {
        Node *cl = s->list.items[c];
        int j = cg_emit_abc(fs, BC_JNE_IK, desc, caseidx[c], 0);
        int sv = fs->freereg;
        Node *comm = cl->a;
        if (comm && (comm->kind == N_ASSIGN || comm->kind == N_DEFINE)) {
            Node *rx = select_recv(comm->list2.items[0]);
            int w = type_words(U(rx->a->type)->elem);
            if (comm->kind == N_DEFINE)
                for (int i = 0; i < comm->list.len; i++) {
                    Node *id = cg_unparen(comm->list.items[i]);
                    if (id->kind == N_IDENT && id->sym && !is_blank(id)) local_home(fs, id->sym);
                }
            /* one target after the other, as gc does it (not a parallel assignment: in
             * `case j, ok[j] = <-c` gc indexes with the new j) */
            for (int i = 0; i < comm->list.len; i++)
                range_bind(fs, comm->list.items[i], comm->kind == N_DEFINE, valreg[c] + (i ? w : 0),
                           i ? ty_bool : U(rx->a->type)->elem, true);
        }
        cg_stmts(fs, &cl->list2);
        cg_free_to(fs, sv);
        jumps_add(&ends, cg_jump(fs, BC_JMP, 0));
        cg_patch_here(fs, j);
    }
    for (int i = 0; i < ends.n; i++)
        cg_patch_here(fs, ends.pcs[i]);
    pop_loop(fs, l, 0);
    cg_free_to(fs, save);
}

/* ---------- statements ---------- */

void cg_stmts(FS *fs, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        cg_branch_islands(fs);
        cg_stmt(fs, l->items[i]);
    }
}

void cg_block(FS *fs, Node *b) {
    if (!b) return;
    int save = fs->freereg;
    cg_stmts(fs, &b->list);
    cg_free_to(fs, save);
}

void cg_stmt(FS *fs, Node *s) {
    if (!s) return;
    fs->line = s->line;
    Node *label = fs->pending_label;
    fs->pending_label = NULL;
    int save = fs->freereg;
    switch (s->kind) {
    case N_EMPTY: break;
    case N_BLOCK: cg_block(fs, s); break;
    case N_EXPRSTMT: {
        Node *e = cg_unparen(s->a);
        if (e->kind == N_CALL && !e->builtin)
            cg_call(fs, e, fs->freereg, 0);
        else {
            int t = cg_alloc(fs, type_words(e->type) > 0 ? type_words(e->type) : 1);
            cg_expr(fs, e, t);
        }
        cg_free_to(fs, save);
        break;
    }
    case N_SENDSTMT: {
        int c = cg_expr_any(fs, s->a);
        int v = cg_expr_any(fs, s->b);
        cg_emit_abc(fs, BC_SEND, c, v, type_words(s->b->type));
        cg_free_to(fs, save);
        break;
    }
    case N_INCDEC: incdec(fs, s); break;
    case N_ASSIGN:
        if (s->op == OP_ASSIGN || s->op == OP_NONE)
            assign_list(fs, &s->list, &s->list2, false);
        else
            op_assign(fs, s);
        break;
    case N_DEFINE: assign_list(fs, &s->list, &s->list2, true); break;
    case N_DECLSTMT:
        if (s->a && s->a->op == OP_VAR) var_decl(fs, s->a);
        break;
    case N_GO:
    case N_DEFER: cg_defer_go(fs, s); break;
    case N_RETURN: cg_return(fs, s); break;
    case N_BRANCH: branch(fs, s); break;
    case N_LABELED: {
        Label *l = find_label(fs, s);
        l->pc = fs->ncode;
        for (int i = 0; i < l->fwd.n; i++)
            cg_patch_sbx(fs, l->fwd.pcs[i], l->pc);
        l->fwd.n = 0;
        fs->pending_label = s;
        cg_stmt(fs, s->a);
        fs->pending_label = NULL;
        break;
    }
    case N_IF: {
        if (s->a) cg_stmt(fs, s->a);
        Jumps jf = {0};
        cg_cond_jump(fs, s->b, false, &jf);
        cg_block(fs, s->c);
        if (s->d) {
            int jend = cg_jump(fs, BC_JMP, 0);
            for (int i = 0; i < jf.n; i++)
                cg_patch_here(fs, jf.pcs[i]);
            cg_stmt(fs, s->d);
            cg_patch_here(fs, jend);
        } else {
            for (int i = 0; i < jf.n; i++)
                cg_patch_here(fs, jf.pcs[i]);
            if (jf.n == 1) fuse_return_test(fs, jf.pcs[0]);
        }
        cg_free_to(fs, save);
        break;
    }
    case N_FOR: for_stmt(fs, s, label); break;
    case N_RANGE: range_stmt(fs, s, label); break;
    case N_SWITCH: switch_stmt(fs, s, label); break;
    case N_TYPESWITCH: typeswitch_stmt(fs, s, label); break;
    case N_SELECT: select_stmt(fs, s, label); break;
    default: cg_error(fs, s, "statement kind %s", ast_kind_names[s->kind]); break;
    }
}
