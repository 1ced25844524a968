/* compile_expr.c - expressions: constants, variables and places (lvalues), operators,
 * conversions, composite literals, indexing, slicing, type assertions.
 *
 * Invariant: cg_expr(fs, e, dst) leaves the value of e in R[dst..dst+words) and frees every
 * temporary it allocated (freereg is back where it was); cg_expr_any may leave one new
 * temporary block allocated (the caller frees it with cg_free_to).
 */
#include <string.h>

#include "cg_internal.h"
#include "arena.h"

Node *cg_unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->a;
    return e;
}

static Type *U(Type *t) {
    return t && t->underlying ? t->underlying : t;
}

static bool is_local_sym(FS *fs, Symbol *s) {
    return s && s->kind == SYM_VAR && !s->global &&
           (s->owner_func == fs->decl || s->owner_func == NULL || cg_inline_reg(fs, s) >= 0);
}

int cg_var_reg(FS *fs, Symbol *s) {
    if (fs->ninl) {
        int r = cg_inline_reg(fs, s);
        if (r >= 0) return r;
    }
    if (s->owner_func == fs->decl) return s->index;
    for (int i = 0; i < fs->ncaps; i++)
        if (fs->caps[i].sym == s) return fs->caps[i].reg;
    return s->index; /* locals of the init function, block-scoped in it */
}

/* ---------- constants ---------- */

static void load_const(FS *fs, Type *t, ConstVal *cv, int dst) {
    Type *u = U(t);
    if (type_is_complex(u)) {
        double parts[2] = {cv->kind == CV_COMPLEX ? cv->re->f
                           : cv->kind == CV_INT   ? (double)cv->i
                                                  : cv->f,
                           cv->kind == CV_COMPLEX ? cv->im->f : 0};
        for (int i = 0; i < 2; i++) {
            mg_word w = {.f = u->kind == TY_COMPLEX64 ? (float)parts[i] : parts[i]};
            cg_emit_abx(fs, BC_LOADK, dst + i, cg_kint(fs, w.i));
        }
        return;
    }
    switch (cv->kind) {
    case CV_BOOL: cg_load_int(fs, dst, cv->b); return;
    case CV_INT:
        if (type_is_float(u)) {
            mg_word w = {.f = (double)cv->i};
            if (u->kind == TY_FLOAT32) w.f = (float)w.f;
            cg_emit_abx(fs, BC_LOADK, dst, cg_kint(fs, w.i));
        } else
            cg_load_int(fs, dst, (int64_t)cv->i);
        return;
    case CV_FLOAT: {
        if (type_is_integer(u)) {
            cg_load_int(fs, dst, (int64_t)cv->f);
            return;
        }
        mg_word w = {.f = cv->f};
        if (u->kind == TY_FLOAT32) w.f = (float)w.f;
        cg_emit_abx(fs, BC_LOADK, dst, cg_kint(fs, w.i));
        return;
    }
    case CV_COMPLEX: break;
    case CV_STRING:
        if (u->kind == TY_INTERFACE) break;
        if (cv->slen == 0)
            cg_zero(fs, dst, 2);
        else
            cg_emit_abx(fs, BC_LOADK2, dst, cg_kstr(fs, cv->s, cv->slen));
        return;
    }
    cg_zero(fs, dst, type_words(t));
}

/* ---------- integer normalisation ---------- */

void cg_normalize(FS *fs, Type *t, int reg) {
    switch (U(t)->kind) {
    case TY_INT8: cg_emit_abc(fs, BC_SEXT8, reg, reg, 0); break;
    case TY_INT16: cg_emit_abc(fs, BC_SEXT16, reg, reg, 0); break;
    case TY_INT32: cg_emit_abc(fs, BC_SEXT32, reg, reg, 0); break;
    case TY_UINT8: cg_emit_abc(fs, BC_ZEXT8, reg, reg, 0); break;
    case TY_UINT16: cg_emit_abc(fs, BC_ZEXT16, reg, reg, 0); break;
    case TY_UINT32: cg_emit_abc(fs, BC_ZEXT32, reg, reg, 0); break;
    case TY_FLOAT32: cg_emit_abc(fs, BC_F32, reg, reg, 0); break;
    case TY_COMPLEX64:
        cg_emit_abc(fs, BC_F32, reg, reg, 0);
        cg_emit_abc(fs, BC_F32, reg + 1, reg + 1, 0);
        break;
    default: break;
    }
}

/* ---------- places ---------- */

static int const_index(Node *e, int64_t *v) {
    e = cg_unparen(e);
    if (e && e->cval && e->cval->kind == CV_INT) {
        *v = (int64_t)e->cval->i;
        return 1;
    }
    return 0;
}

/* Turn a place holding an array into a pointer register to its first word (PL_MEM). */
static void place_to_mem(FS *fs, Place *pl) {
    if (pl->kind == PL_GLOBAL) {
        int r = cg_alloc(fs, 1);
        cg_emit_abx(fs, BC_GADDR, r, pl->off);
        pl->kind = PL_MEM;
        pl->reg = r;
        pl->off = 0;
    } else if (pl->kind == PL_SLICE) {
        int r = cg_alloc(fs, 1);
        cg_emit_abc(fs, BC_SADDR, r, pl->reg, pl->idx);
        cg_emit_word(fs, (uint64_t)cg_elem_bytes(pl->type));
        pl->kind = PL_MEM;
        pl->reg = r;
        pl->off = 0;
    }
}

/* A PL_ARR (element idx of a register array) or PL_ARRW place as PL_ARRW with its word
 * offset in a temporary of its own (so that it can be added to). */
static void place_to_arrw(FS *fs, Place *pl) {
    if (pl->kind == PL_ARRW) return;
    int w = type_words(pl->type);
    int o = cg_alloc(fs, 1);
    cg_emit_abx(fs, BC_CHKIDX, pl->idx, (int)pl->n);
    if (w == 1)
        cg_move(fs, o, pl->idx, 1);
    else
        cg_emit_abc(fs, BC_MULI, o, pl->idx, w);
    pl->kind = PL_ARRW;
    pl->idx = o;
}

static bool place_of(FS *fs, Node *e, Place *pl);

/* A memory place whose word offset does not fit a 16-bit operand (a field or constant
 * index deep in a huge array or struct): its address is computed into a register first. */
static void place_near(FS *fs, Place *pl) {
    if (pl->kind == PL_MEM && !pl->bytes && type_packed_size(pl->type)) {
        pl->bytes = true; /* sized ops address bytes */
        pl->off *= 8;
    }
    if (pl->kind == PL_MEM && pl->off > 0xffff) {
        int o = cg_alloc(fs, 1);
        cg_load_int(fs, o, pl->off);
        int r = cg_alloc(fs, 1);
        /* a byte offset steps bytes (INDEXADDRB), a word offset words */
        cg_emit_abc(fs, pl->bytes ? BC_INDEXADDRB : BC_INDEXADDR, r, pl->reg, o);
        cg_emit_word(fs, (uint64_t)pl->off + 1);
        cg_emit_word(fs, 1);
        pl->reg = r;
        pl->off = 0;
    }
}

bool cg_place(FS *fs, Node *e, Place *pl) {
    if (!place_of(fs, e, pl)) return false;
    place_near(fs, pl);
    return true;
}

/* Element e->b of the array of packed elements of size ps at *inner (n elements). */
static bool packed_elem(FS *fs, Node *e, Place *inner, int64_t n, int ps, Place *pl) {
    int64_t ci;
    bool k = const_index(e->b, &ci);
    Type *et = e->type;
    if (inner->kind == PL_GLOBAL) place_to_mem(fs, inner);
    switch (inner->kind) {
    case PL_MEM:
        memset(pl, 0, sizeof *pl);
        pl->kind = PL_MEM;
        pl->type = et;
        pl->bytes = true;
        if (k) {
            pl->reg = inner->reg;
            pl->off = inner->off * 8 + (int)ci * ps;
        } else {
            int base = inner->reg;
            if (inner->off) {
                base = cg_alloc(fs, 1);
                cg_emit_abc(fs, BC_ADDPTR, base, inner->reg, inner->off);
            }
            int idx = cg_expr_any(fs, e->b);
            int r = cg_alloc(fs, 1);
            cg_emit_abc(fs, BC_INDEXADDRB, r, base, idx);
            cg_emit_word(fs, (uint64_t)n);
            cg_emit_word(fs, (uint64_t)ps);
            pl->reg = r;
            pl->off = 0;
        }
        return true;
    case PL_REG:
        memset(pl, 0, sizeof *pl);
        pl->type = et;
        pl->reg = inner->reg;
        if (k) {
            pl->kind = PL_ARRB;
            pl->idx = cg_alloc(fs, 1);
            cg_load_int(fs, pl->idx, ci * ps);
        } else {
            pl->kind = PL_ARR;
            pl->idx = cg_expr_any(fs, e->b);
            pl->n = n;
        }
        return true;
    case PL_ARR:
    case PL_ARRW:
        place_to_arrw(fs, inner);
        cg_emit_abc(fs, BC_SHLI, inner->idx, inner->idx, 3); /* words to bytes */
        if (k && ci * ps <= 32767) {
            if (ci) cg_emit_abc(fs, BC_ADDI, inner->idx, inner->idx, (int)ci * ps);
        } else if (k) {
            int t = cg_alloc(fs, 1);
            cg_load_int(fs, t, ci * ps);
            cg_emit_abc(fs, BC_ADD_INT, inner->idx, inner->idx, t);
        } else {
            int ir = cg_expr_any(fs, e->b);
            cg_emit_abx(fs, BC_CHKIDX, ir, (int)n);
            int t = ir;
            if (ps != 1) {
                t = cg_alloc(fs, 1);
                cg_emit_abc(fs, BC_MULI, t, ir, ps);
            }
            cg_emit_abc(fs, BC_ADD_INT, inner->idx, inner->idx, t);
        }
        *pl = *inner;
        pl->kind = PL_ARRB;
        pl->type = et;
        return true;
    default: return false;
    }
}

static bool place_of(FS *fs, Node *e, Place *pl) {
    e = cg_unparen(e);
    memset(pl, 0, sizeof *pl);
    pl->type = e->type;
    switch (e->kind) {
    case N_IDENT: {
        Symbol *s = e->sym;
        if (!s || (e->name && strcmp(e->name, "_") == 0)) {
            pl->kind = PL_BLANK;
            return true;
        }
        if (s->kind != SYM_VAR) return false;
        if (s->global) {
            pl->kind = PL_GLOBAL;
            pl->off = s->index;
            return true;
        }
        int r = cg_var_reg(fs, s);
        if (s->boxed) {
            pl->kind = PL_MEM;
            pl->reg = r;
            pl->off = s->cg_spill ? s->cg_spill - 1 : 0; /* a slot of the spill area */
        } else {
            pl->kind = PL_REG;
            pl->reg = r;
        }
        return true;
    }
    case N_SELECTOR:
        if (e->sel_kind == SEL_PKG) {
            Symbol *s = e->sym;
            if (!s || s->kind != SYM_VAR) return false;
            pl->kind = PL_GLOBAL;
            pl->off = s->index;
            return true;
        }
        if (e->sel_kind != SEL_FIELD) return false;
        {
            Type *xt = U(e->a->type);
            Type *st = xt;
            if (xt->kind == TY_POINTER) st = U(xt->elem);
            int foff = st->fields[e->field_index].offset;
            if (xt->kind == TY_POINTER) {
                pl->kind = PL_MEM;
                pl->reg = cg_expr_any(fs, e->a);
                pl->off = foff;
                pl->type = e->type;
                return true;
            }
            Place inner;
            if (!cg_place(fs, e->a, &inner)) return false;
            if (inner.kind == PL_SLICE) place_to_mem(fs, &inner);
            if (inner.kind == PL_ARR || inner.kind == PL_ARRW) {
                place_to_arrw(fs, &inner);
                if (foff) cg_emit_abc(fs, BC_ADDI, inner.idx, inner.idx, foff);
                *pl = inner;
                pl->type = e->type;
                return true;
            }
            if (inner.kind == PL_MAP || inner.kind == PL_BLANK) return false;
            *pl = inner;
            pl->type = e->type;
            if (pl->kind == PL_REG)
                pl->reg += foff;
            else
                pl->off += foff;
            return true;
        }
    case N_STAR:
        pl->kind = PL_MEM;
        pl->reg = cg_expr_any(fs, e->a);
        pl->off = 0;
        return true;
    case N_INDEX: {
        Type *xt = U(e->a->type);
        int w = type_words(e->type);
        if (xt->kind == TY_SLICE) {
            pl->kind = PL_SLICE;
            pl->reg = cg_expr_any(fs, e->a);
            pl->idx = cg_expr_any(fs, e->b);
            pl->inb = cg_index_in_range(fs, e->a, e->b);
            return true;
        }
        if (xt->kind == TY_MAP) {
            if (e->flags & NF_COMMA_OK) return false;
            pl->kind = PL_MAP;
            pl->mtype = e->a->type;
            pl->reg = cg_expr_any(fs, e->a);
            pl->idx = cg_expr_any(fs, e->b);
            return true;
        }
        Place inner;
        int64_t n = 0, ci;
        int ps = type_packed_size(e->type);
        if (xt->kind == TY_POINTER) {
            n = U(xt->elem)->len;
            memset(&inner, 0, sizeof inner);
            inner.kind = PL_MEM;
            inner.reg = cg_expr_any(fs, e->a);
            inner.off = 0;
            if (ps) return packed_elem(fs, e, &inner, n, ps, pl);
        } else if (xt->kind == TY_ARRAY) {
            n = xt->len;
            if (!cg_place(fs, e->a, &inner)) return false;
            if (inner.kind == PL_SLICE) place_to_mem(fs, &inner);
            if (ps) return packed_elem(fs, e, &inner, n, ps, pl);
            if (inner.kind == PL_ARR || inner.kind == PL_ARRW) {
                place_to_arrw(fs, &inner);
                if (const_index(e->b, &ci)) {
                    if (ci) cg_emit_abc(fs, BC_ADDI, inner.idx, inner.idx, (int)ci * w);
                } else {
                    int ir = cg_expr_any(fs, e->b);
                    cg_emit_abx(fs, BC_CHKIDX, ir, (int)n);
                    int t = ir;
                    if (w != 1) {
                        t = cg_alloc(fs, 1);
                        cg_emit_abc(fs, BC_MULI, t, ir, w);
                    }
                    cg_emit_abc(fs, BC_ADD_INT, inner.idx, inner.idx, t);
                }
                *pl = inner;
                pl->type = e->type;
                return true;
            }
            if (inner.kind == PL_MAP || inner.kind == PL_BLANK) return false;
        } else
            return false;
        if (const_index(e->b, &ci)) {
            *pl = inner;
            pl->type = e->type;
            if (pl->kind == PL_REG)
                pl->reg += (int)ci * w;
            else
                pl->off += (int)ci * w;
            return true;
        }
        if (inner.kind == PL_REG) {
            pl->kind = PL_ARR;
            pl->reg = inner.reg;
            pl->idx = cg_expr_any(fs, e->b);
            pl->n = n;
            pl->type = e->type;
            return true;
        }
        place_to_mem(fs, &inner);
        int base = inner.reg;
        if (inner.off) {
            base = cg_alloc(fs, 1);
            cg_emit_abc(fs, BC_ADDPTR, base, inner.reg, inner.off);
        }
        int idx = cg_expr_any(fs, e->b);
        int r = cg_alloc(fs, 1);
        cg_emit_abc(fs, BC_INDEXADDR, r, base, idx);
        cg_emit_word(fs, (uint64_t)n);
        cg_emit_word(fs, (uint64_t)w);
        pl->kind = PL_MEM;
        pl->reg = r;
        pl->off = 0;
        pl->type = e->type;
        return true;
    }
    default: return false;
    }
}

void cg_emit_sgetb(FS *fs, int dst, int slice, int idx, int ps) {
    if (ps == 1) {
        cg_emit_abc(fs, BC_SGETB1, dst, slice, idx);
        return;
    }
    cg_emit_abc(fs, BC_SGETB, dst, slice, idx);
    cg_emit_word(fs, (uint64_t)ps);
}

void cg_emit_ssetb(FS *fs, int slice, int idx, int src, int ps) {
    if (ps == 1) {
        cg_emit_abc(fs, BC_SSETB1, slice, idx, src);
        return;
    }
    cg_emit_abc(fs, BC_SSETB, slice, idx, src);
    cg_emit_word(fs, (uint64_t)ps);
}

/* A packed array in memory (PL_MEM) moves as its exact bytes (LOADPK/STOREPK), not as
 * words: a *[N]byte converted from a slice points at any byte of the slice, and its last
 * word's padding is the slice's next elements (docs/packed.md). */
void cg_place_load(FS *fs, Place *pl, int dst) {
    int w = type_words(pl->type), ps = type_packed_size(pl->type);
    int64_t pb = type_packed_array_bytes(pl->type);
    switch (pl->kind) {
    case PL_REG: cg_move(fs, dst, pl->reg, w); break;
    case PL_MEM:
        if (ps) {
            place_near(fs, pl);
            cg_emit_abc(fs, BC_LOADB, dst, pl->reg, pl->off);
            cg_emit_word(fs, (uint64_t)ps);
        } else if (pb) {
            cg_emit_abc(fs, BC_LOADPK, dst, pl->reg, pl->off);
            cg_emit_word(fs, (uint64_t)pb);
        } else if (w == 1)
            cg_emit_abc(fs, BC_LOAD, dst, pl->reg, pl->off);
        else if (w > 1) {
            cg_emit_abc(fs, BC_LOADN, dst, pl->reg, pl->off);
            cg_emit_word(fs, (uint64_t)w);
        } else
            cg_emit_abc(fs, BC_LOADN, dst, pl->reg, pl->off), cg_emit_word(fs, 0);
        break;
    case PL_GLOBAL:
        if (w == 1)
            cg_emit_abx(fs, BC_GETG, dst, pl->off);
        else if (w > 1) {
            cg_emit_abc(fs, BC_GETGN, dst, 0, w);
            cg_emit_word(fs, (uint64_t)pl->off);
        }
        break;
    case PL_SLICE:
        if (ps)
            cg_emit_sgetb(fs, dst, pl->reg, pl->idx, ps);
        else if (w == 1)
            cg_emit_abc(fs, pl->inb ? BC_SGETNC : BC_SGET, dst, pl->reg, pl->idx);
        else {
            cg_emit_abc(fs, BC_SGETN, dst, pl->reg, pl->idx);
            cg_emit_word(fs, (uint64_t)w);
        }
        break;
    case PL_MAP:
        cg_emit_abc(fs, BC_MAPGET, dst, pl->reg, pl->idx);
        cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(pl->mtype));
        break;
    case PL_ARR:
        cg_emit_abc(fs, ps ? BC_AGETP : BC_AGET, dst, pl->reg, pl->idx);
        cg_emit_word(fs, (uint64_t)pl->n);
        cg_emit_word(fs, (uint64_t)(ps ? ps : w));
        break;
    case PL_ARRW:
        cg_emit_abc(fs, BC_AGETW, dst, pl->reg, pl->idx);
        cg_emit_word(fs, (uint64_t)w);
        break;
    case PL_ARRB:
        cg_emit_abc(fs, BC_AGETB, dst, pl->reg, pl->idx);
        cg_emit_word(fs, (uint64_t)ps);
        break;
    case PL_BLANK: break;
    }
}

void cg_place_store(FS *fs, Place *pl, int src) {
    int w = type_words(pl->type), ps = type_packed_size(pl->type);
    int64_t pb = type_packed_array_bytes(pl->type);
    switch (pl->kind) {
    case PL_REG: cg_move(fs, pl->reg, src, w); break;
    case PL_MEM:
        if (ps) {
            place_near(fs, pl);
            cg_emit_abc(fs, BC_STOREB, pl->reg, pl->off, src);
            cg_emit_word(fs, (uint64_t)ps);
        } else if (pb) {
            cg_emit_abc(fs, BC_STOREPK, pl->reg, pl->off, src);
            cg_emit_word(fs, (uint64_t)pb);
        } else if (w == 1)
            cg_emit_abc(fs, BC_STORE, pl->reg, pl->off, src);
        else {
            cg_emit_abc(fs, BC_STOREN, pl->reg, pl->off, src);
            cg_emit_word(fs, (uint64_t)w);
        }
        break;
    case PL_GLOBAL:
        if (w == 1)
            cg_emit_abx(fs, BC_SETG, src, pl->off);
        else if (w > 1) {
            cg_emit_abc(fs, BC_SETGN, src, 0, w);
            cg_emit_word(fs, (uint64_t)pl->off);
        }
        break;
    case PL_SLICE:
        if (ps)
            cg_emit_ssetb(fs, pl->reg, pl->idx, src, ps);
        else if (w == 1)
            cg_emit_abc(fs, pl->inb ? BC_SSETNC : BC_SSET, pl->reg, pl->idx, src);
        else {
            cg_emit_abc(fs, BC_SSETN, pl->reg, pl->idx, src);
            cg_emit_word(fs, (uint64_t)w);
        }
        break;
    case PL_MAP:
        cg_emit_abc(fs, BC_MAPSET, pl->reg, pl->idx, src);
        cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(pl->mtype));
        break;
    case PL_ARR:
        cg_emit_abc(fs, ps ? BC_ASETP : BC_ASET, pl->reg, pl->idx, src);
        cg_emit_word(fs, (uint64_t)pl->n);
        cg_emit_word(fs, (uint64_t)(ps ? ps : w));
        break;
    case PL_ARRW:
        cg_emit_abc(fs, BC_ASETW, pl->reg, pl->idx, src);
        cg_emit_word(fs, (uint64_t)w);
        break;
    case PL_ARRB:
        cg_emit_abc(fs, BC_ASETB, pl->reg, pl->idx, src);
        cg_emit_word(fs, (uint64_t)ps);
        break;
    case PL_BLANK: break;
    }
}

/* ---------- common subexpressions ----------
 *
 * While an operator's left operand waits in a temporary for its right operand to be
 * compiled, that temporary holds the left operand's value, and nothing the right operand
 * compiles can write it (it only writes temporaries above it). When the left operand is
 * pure -- numbers and bools computed from constants and unboxed locals by operators that
 * cannot panic -- and the right operand contains the same expression, the right one reads
 * the temporary: (i+j)*(i+j+1) computes i+j once. Within one expression nothing can assign
 * an unboxed local (a call cannot reach it: a local a closure captures, or whose address
 * is taken, is boxed; an inlined body assigns nothing), so equal operands mean equal
 * values. Memory operands (fields, elements, globals, boxed locals) never take part: a
 * call or a store between the two occurrences could change them. */
typedef struct CgCse {
    Node *e;
    int reg;
} CgCse;

static bool cse_scalar(Type *t) {
    t = U(t);
    return t && (type_is_integer(t) || type_is_float(t) || t->kind == TY_BOOL) &&
           type_words(t) == 1;
}

static bool cse_pure(FS *fs, Node *e, int depth) {
    e = cg_unparen(e);
    if (depth > 16 || !cse_scalar(e->type)) return false;
    if (e->cval) return e->cval->kind == CV_INT || e->cval->kind == CV_FLOAT;
    switch (e->kind) {
    case N_IDENT:
        return e->sym && e->sym->kind == SYM_VAR && is_local_sym(fs, e->sym) && !e->sym->boxed;
    case N_CONVERT: return cse_scalar(e->a->type) && cse_pure(fs, e->a, depth + 1);
    case N_UNARY: return (e->op == OP_SUB || e->op == OP_XOR) && cse_pure(fs, e->a, depth + 1);
    case N_BINARY:
        switch (e->op) {
        case OP_ADD:
        case OP_SUB:
        case OP_MUL:
        case OP_AND:
        case OP_OR:
        case OP_XOR:
        case OP_AND_NOT: break;
        case OP_QUO:
        case OP_REM: /* an integer division by a variable may panic */
            if (type_is_integer(U(e->type)) &&
                !(e->b->cval && e->b->cval->kind == CV_INT && e->b->cval->i != 0))
                return false;
            break;
        case OP_SHL:
        case OP_SHR: /* a variable count may be negative */
            if (!e->b->cval) return false;
            break;
        default: return false;
        }
        return cse_pure(fs, e->a, depth + 1) && cse_pure(fs, e->b, depth + 1);
    default: return false;
    }
}

static bool cse_same(FS *fs, Node *a, Node *b) {
    a = cg_unparen(a);
    b = cg_unparen(b);
    if (U(a->type) != U(b->type)) return false;
    if (a->cval || b->cval) {
        if (!a->cval || !b->cval || a->cval->kind != b->cval->kind) return false;
        if (a->cval->kind == CV_INT)
            return !a->cval->big && !b->cval->big && a->cval->i == b->cval->i;
        return memcmp(&a->cval->f, &b->cval->f, sizeof a->cval->f) == 0;
    }
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case N_IDENT: return cg_var_reg(fs, a->sym) == cg_var_reg(fs, b->sym);
    case N_CONVERT: return cse_same(fs, a->a, b->a);
    case N_UNARY: return a->op == b->op && cse_same(fs, a->a, b->a);
    case N_BINARY: return a->op == b->op && cse_same(fs, a->a, b->a) && cse_same(fs, a->b, b->b);
    default: return false;
    }
}

/* Records that temporary reg (allocated at or above `floor`, the operator's first
 * temporary) holds e until cse_pop(fs, mark); returns the mark. */
static int cse_push(FS *fs, Node *e, int reg, int floor) {
    int mark = fs->ncse;
    Node *u = cg_unparen(e);
    if (reg < floor || u->cval ||
        (u->kind != N_BINARY && u->kind != N_UNARY && u->kind != N_CONVERT) || !cse_pure(fs, u, 0))
        return mark;
    fs->cse = cg_grow(fs->cse, fs->ncse, &fs->capcse, sizeof *fs->cse);
    fs->cse[fs->ncse++] = (CgCse){u, reg};
    return mark;
}

static void cse_pop(FS *fs, int mark) {
    fs->ncse = mark;
}

static int cse_find(FS *fs, Node *e) {
    if (!fs->ncse || (e->kind != N_BINARY && e->kind != N_UNARY && e->kind != N_CONVERT)) return -1;
    for (int i = fs->ncse - 1; i >= 0; i--)
        if (cse_same(fs, fs->cse[i].e, e) && fs->cse[i].reg < fs->freereg) return fs->cse[i].reg;
    return -1;
}

int cg_expr_any(FS *fs, Node *e) {
    Node *u = cg_unparen(e);
    if (u->kind == N_IDENT && !u->cval && u->sym && is_local_sym(fs, u->sym) && !u->sym->boxed)
        return cg_var_reg(fs, u->sym);
    if (u->cval) {
        int k = cg_loop_const(fs, u);
        if (k >= 0) return k;
    }
    int c = cse_find(fs, u);
    if (c >= 0) return c;
    int r = cg_alloc(fs, type_words(e->type) ? type_words(e->type) : 1);
    cg_expr(fs, e, r);
    return r;
}

/* ---------- conversions ---------- */

static bool is_byte_slice(Type *t) {
    t = U(t);
    return t->kind == TY_SLICE && U(t->elem)->kind == TY_UINT8;
}
static bool is_rune_slice(Type *t) {
    t = U(t);
    return t->kind == TY_SLICE && U(t->elem)->kind == TY_INT32;
}

/* Copies x, a value that lives in memory (*p, a global, a field or element of one, a
 * spilled local), memory to memory (COPY over two one-word-element slice headers) into
 * the memory place *to, or into a fresh box when to is NULL, so that the frame never holds
 * the value: big values are assigned, boxed into interfaces and ranged over this way.
 * Returns the register with the destination pointer (in new temporaries), or -1 (nothing
 * emitted) when x is no such place. */
int cg_mem_copy(FS *fs, Node *x, Place *to) {
    int save = fs->freereg;
    Place pl;
    if (!cg_place(fs, x, &pl)) return -1;
    if (pl.kind == PL_GLOBAL) place_to_mem(fs, &pl);
    if (pl.kind != PL_MEM) {
        cg_free_to(fs, save);
        return -1;
    }
    int w = type_words(x->type);
    int hs = cg_alloc(fs, 3), hd = cg_alloc(fs, 3), n = cg_alloc(fs, 1);
    cg_emit_abc(fs, BC_ADDPTR, hs, pl.reg, pl.off); /* a nil *p panics here, as in Go */
    cg_load_int(fs, hs + 1, w);
    cg_load_int(fs, hs + 2, w);
    if (to) {
        if (to->kind == PL_GLOBAL) place_to_mem(fs, to);
        cg_emit_abc(fs, BC_ADDPTR, hd, to->reg, to->off);
    } else {
        cg_emit_abc(fs, BC_NEWT, hd, 0, 0);
        cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(x->type));
    }
    cg_move(fs, hd + 1, hs + 1, 2);
    cg_emit_abc(fs, BC_COPY, n, hd, hs);
    cg_emit_word(fs, 8); /* w one-word elements */
    return hd;
}

static void composite_to_mem(FS *fs, Node *e, int p, int off);

bool cg_big_init(FS *fs, Node *v, Place *to) {
    if (type_words(v->type) <= CG_BIG_VALUE_WORDS) return false;
    Node *cv = cg_unparen(v);
    int k = U(v->type)->kind;
    if (cv->kind == N_COMPOSITE && (k == TY_STRUCT || k == TY_ARRAY)) {
        int save = fs->freereg;
        if (to->kind == PL_GLOBAL) place_to_mem(fs, to);
        if (to->kind != PL_MEM) return false;
        composite_to_mem(fs, cv, to->reg, to->off);
        cg_free_to(fs, save);
        return true;
    }
    return cg_mem_copy(fs, v, to) >= 0;
}

static bool cg_big_to_iface(FS *fs, Node *x, Type *to, int dst) {
    int save = fs->freereg;
    int box = cg_mem_copy(fs, x, NULL);
    if (box < 0) return false;
    const mg_itab *it = cg_itab(x->type, to);
    cg_emit_abx(fs, BC_LOADK, dst, cg_kint(fs, (int64_t)(intptr_t)it));
    cg_move(fs, dst + 1, box, 1);
    cg_free_to(fs, save);
    return true;
}

void cg_convert_to(FS *fs, Type *from, Type *to, int src, int dst, Node *at) {
    Type *f = U(from), *t = U(to);
    if (t->kind == TY_INTERFACE) {
        if (f->kind == TY_UNTYPED_NIL) {
            cg_zero(fs, dst, 2);
        } else if (f->kind == TY_INTERFACE) {
            cg_emit_abc(fs, BC_IFACE2IFACE, dst, src, 0);
            cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(to));
        } else {
            const mg_itab *it = cg_itab(from, to);
            cg_emit_abc(fs, BC_MKIFACE, dst, src, 0);
            cg_emit_word(fs, (uint64_t)(uintptr_t)it);
        }
        return;
    }
    if (t->kind == TY_STRING) {
        if (type_is_integer(f)) {
            cg_emit_abc(fs, BC_RUNE2STR, dst, src, 0);
            return;
        }
        if (is_byte_slice(f)) {
            cg_emit_abc(fs, BC_BYTES2STR, dst, src, 0);
            return;
        }
        if (is_rune_slice(f)) {
            cg_emit_abc(fs, BC_RUNES2STR, dst, src, 0);
            return;
        }
    }
    if (f->kind == TY_STRING && t->kind == TY_SLICE) {
        cg_emit_abc(fs, is_byte_slice(t) ? BC_STR2BYTES : BC_STR2RUNES, dst, src, 0);
        return;
    }
    if (f->kind == TY_SLICE && t->kind == TY_POINTER) { /* (*[N]T)(s), Go 1.17 */
        cg_emit_abc(fs, BC_SLICE2ARRP, dst, src, 0);
        cg_emit_word(fs, (uint64_t)U(t->elem)->len);
        return;
    }
    if (type_is_integer(t) && type_is_integer(f)) {
        cg_move(fs, dst, src, 1);
        if (t->words == 1) cg_normalize(fs, t, dst);
        return;
    }
    if (type_is_float(t) && type_is_integer(f)) {
        cg_emit_abc(fs, type_is_unsigned(f) ? BC_U2F : BC_I2F, dst, src, 0);
        if (t->kind == TY_FLOAT32) cg_emit_abc(fs, BC_F32, dst, dst, 0);
        return;
    }
    if (type_is_integer(t) && type_is_float(f)) {
        cg_emit_abc(fs, type_is_unsigned(t) ? BC_F2U : BC_F2I, dst, src, 0);
        cg_normalize(fs, t, dst);
        return;
    }
    if (type_is_complex(t) && type_is_complex(f)) {
        cg_move(fs, dst, src, 2);
        cg_normalize(fs, t, dst);
        return;
    }
    if (type_is_float(t) && type_is_float(f)) {
        if (t->kind == TY_FLOAT32)
            cg_emit_abc(fs, BC_F32, dst, src, 0);
        else
            cg_move(fs, dst, src, 1);
        return;
    }
    cg_move(fs, dst, src, type_words(to));
}

/* Move a value of type from into a slot of type to: an interface target of a different
 * type converts (boxes / re-itabs); everything else is word-identical. */
void cg_conv_move(FS *fs, Type *from, Type *to, int src, int dst) {
    if (from != to && U(to)->kind == TY_INTERFACE && U(from) != U(to)) {
        cg_convert_to(fs, from, to, src, dst, NULL);
        return;
    }
    cg_move(fs, dst, src, type_words(to));
}

/* ---------- operators ---------- */

bool cg_is_nil(Node *e) {
    e = cg_unparen(e);
    return e && ((e->kind == N_IDENT && e->sym && e->sym->kind == SYM_NIL) ||
                 (e->type && e->type->kind == TY_UNTYPED_NIL));
}

static bool small_const(Node *e, int64_t *v) {
    e = cg_unparen(e);
    if (!e || !e->cval || e->cval->kind != CV_INT) return false;
    if (e->cval->i < -32768 || e->cval->i > 32767) return false;
    *v = (int64_t)e->cval->i;
    return true;
}

static int arith_op(Type *t, int op) {
    bool f = type_is_float(t), u = type_is_unsigned(t);
    switch (op) {
    case OP_ADD: return f ? BC_ADD_F64 : BC_ADD_INT;
    case OP_SUB: return f ? BC_SUB_F64 : BC_SUB_INT;
    case OP_MUL: return f ? BC_MUL_F64 : BC_MUL_INT;
    case OP_QUO: return f ? BC_DIV_F64 : u ? BC_DIV_UINT : BC_DIV_INT;
    case OP_REM: return u ? BC_REM_UINT : BC_REM_INT;
    case OP_AND: return BC_AND;
    case OP_OR: return BC_OR;
    case OP_XOR: return BC_XOR;
    case OP_AND_NOT: return BC_ANDNOT;
    case OP_SHL: return BC_SHL;
    case OP_SHR: return u ? BC_SHR_UINT : BC_SHR_INT;
    }
    return BC_NOP;
}

/* dst := l op r for arithmetic types (and string +); l, r registers. */
void cg_arith(FS *fs, int op, Type *t, int dst, int l, int r, Type *rtype) {
    if (U(t)->kind == TY_STRING) {
        cg_emit_abc(fs, BC_CONCAT, dst, l, r);
        return;
    }
    if (type_is_complex(U(t))) {
        if (op == OP_ADD || op == OP_SUB) {
            cg_emit_abc(fs, op == OP_ADD ? BC_ADD_F64 : BC_SUB_F64, dst, l, r);
            cg_emit_abc(fs, op == OP_ADD ? BC_ADD_F64 : BC_SUB_F64, dst + 1, l + 1, r + 1);
        } else
            cg_emit_abc(fs, op == OP_MUL ? BC_MUL_C128 : BC_DIV_C128, dst, l, r);
        cg_normalize(fs, t, dst);
        return;
    }
    if ((op == OP_SHL || op == OP_SHR) && rtype && !type_is_unsigned(rtype))
        cg_emit_abc(fs, BC_CHKSHIFT, r, 0, 0);
    cg_emit_abc(fs, arith_op(t, op), dst, l, r);
    cg_normalize(fs, t, dst);
}

/* The magic multiplier and shift that turn a signed 64-bit division by d (d >= 3) into a
 * high multiply (Hacker's Delight, 10-1); the interpreter's div_magic applies them. */
static void magic_signed(int64_t d, int64_t *m, int *sh) {
    const uint64_t two63 = (uint64_t)1 << 63;
    uint64_t ad = (uint64_t)d, anc = two63 - 1 - two63 % ad;
    uint64_t q1 = two63 / anc, r1 = two63 - q1 * anc;
    uint64_t q2 = two63 / ad, r2 = two63 - q2 * ad, delta;
    int p = 63;
    do {
        p++;
        q1 *= 2;
        r1 *= 2;
        if (r1 >= anc) {
            q1++;
            r1 -= anc;
        }
        q2 *= 2;
        r2 *= 2;
        if (r2 >= ad) {
            q2++;
            r2 -= ad;
        }
        delta = ad - r2;
    } while (q1 < delta || (q1 == delta && r1 == 0));
    *m = (int64_t)(q2 + 1);
    *sh = p - 64;
}

static void emit_div_magic(FS *fs, int op, int dst, int l, int64_t d) {
    int64_t m;
    int sh;
    magic_signed(d, &m, &sh);
    cg_emit_abc(fs, op, dst, l, (int)d);
    cg_emit_word(fs, (uint64_t)m);
    cg_emit_word(fs, (uint64_t)sh);
}

/* Arithmetic with a constant right operand, when an immediate form exists. */
bool cg_arith_imm(FS *fs, int op, Type *t, int dst, int l, Node *ln, Node *rn) {
    int64_t k, lo, hi;
    if (!type_is_integer(t) || !small_const(rn, &k)) return false;
    bool u = type_is_unsigned(t);
    if ((op == OP_REM || op == OP_QUO) && k >= 3 && (k & (k - 1)) != 0 && ln &&
        cg_int_range(fs, ln, &lo, &hi) && lo >= 0 && hi <= (int64_t)UINT32_MAX) {
        /* x in [0, 2^32): Lemire's M = ceil(2^64 / k) needs no shift nor sign fix-up */
        cg_emit_abc(fs, op == OP_REM ? BC_REMU32 : BC_DIVU32, dst, l, (int)k);
        cg_emit_word(fs, UINT64_MAX / (uint64_t)k + 1);
        cg_normalize(fs, t, dst);
        return true;
    }
    switch (op) {
    case OP_ADD: cg_emit_abc(fs, BC_ADDI, dst, l, (int)k); break;
    case OP_SUB:
        if (k == -32768) return false;
        cg_emit_abc(fs, BC_ADDI, dst, l, (int)-k);
        break;
    case OP_MUL: cg_emit_abc(fs, BC_MULI, dst, l, (int)k); break;
    case OP_QUO:
        if (k > 1 && (k & (k - 1)) == 0) { /* a power of two: a shift, as gc does */
            cg_emit_abc(fs, u ? BC_SHRI_UINT : BC_DIVP2, dst, l, __builtin_ctzll((uint64_t)k));
            break;
        }
        if (u || k == 0 || k == -1) return false;
        if (k >= 3)
            emit_div_magic(fs, BC_DIVM, dst, l, k);
        else
            cg_emit_abc(fs, BC_DIVI, dst, l, (int)k);
        break;
    case OP_REM:
        if (k > 1 && (k & (k - 1)) == 0) {
            if (u)
                cg_emit_abc(fs, BC_ANDI, dst, l, (int)(k - 1));
            else
                cg_emit_abc(fs, BC_REMP2, dst, l, __builtin_ctzll((uint64_t)k));
            break;
        }
        if (u || k == 0 || k == -1) return false;
        if (k >= 3)
            emit_div_magic(fs, BC_REMM, dst, l, k);
        else
            cg_emit_abc(fs, BC_REMI, dst, l, (int)k);
        break;
    case OP_SHL:
        if (k < 0 || k >= 64) return false;
        cg_emit_abc(fs, BC_SHLI, dst, l, (int)k);
        break;
    case OP_SHR:
        if (k < 0 || k >= 64) return false;
        cg_emit_abc(fs, u ? BC_SHRI_UINT : BC_SHRI_INT, dst, l, (int)k);
        break;
    case OP_AND:
        if (k < 0) return false;
        cg_emit_abc(fs, BC_ANDI, dst, l, (int)k);
        break;
    default: return false;
    }
    cg_normalize(fs, t, dst);
    return true;
}

static bool is_intlike(Type *t) {
    t = U(t);
    switch (t->kind) {
    case TY_BOOL:
    case TY_POINTER:
    case TY_CHAN:
    case TY_MAP:
    case TY_FUNC:
    case TY_UNSAFEPTR: return true;
    default: return type_is_integer(t);
    }
}

/* dst := (l cmp r), operands already in registers; t = operand type. */
static void cg_compare(FS *fs, int op, Type *t, int dst, int l, int r) {
    Type *u = U(t);
    bool swap = op == OP_GTR || op == OP_GEQ;
    if (swap) {
        int x = l;
        l = r;
        r = x;
        op = op == OP_GTR ? OP_LSS : OP_LEQ;
    }
    int bc;
    if (is_intlike(u)) {
        bool uns = type_is_unsigned(u);
        bc = op == OP_EQL   ? BC_EQ_INT
             : op == OP_NEQ ? BC_NE_INT
             : op == OP_LSS ? (uns ? BC_LT_UINT : BC_LT_INT)
                            : (uns ? BC_LE_UINT : BC_LE_INT);
    } else if (type_is_float(u)) {
        bc = op == OP_EQL   ? BC_EQ_F64
             : op == OP_NEQ ? BC_NE_F64
             : op == OP_LSS ? BC_LT_F64
                            : BC_LE_F64;
    } else if (u->kind == TY_STRING) {
        bc = op == OP_EQL   ? BC_EQ_STR
             : op == OP_NEQ ? BC_NE_STR
             : op == OP_LSS ? BC_LT_STR
                            : BC_LE_STR;
    } else if (u->kind == TY_INTERFACE) {
        bc = op == OP_EQL ? BC_EQ_IFACE : BC_NE_IFACE;
    } else {
        cg_emit_abc(fs, op == OP_EQL ? BC_EQ_VAL : BC_NE_VAL, dst, l, r);
        cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(t));
        return;
    }
    cg_emit_abc(fs, bc, dst, l, r);
}

static bool is_cmp(int op) {
    return op == OP_EQL || op == OP_NEQ || op == OP_LSS || op == OP_LEQ || op == OP_GTR ||
           op == OP_GEQ;
}

/* The constant word of a float constant operand of type t (a float type), as load_const
 * would load it; false when e is not one. */
static bool float_const_word(Node *e, Type *t, mg_word *w) {
    ConstVal *cv = e->cval;
    if (!cv || !type_is_float(U(t))) return false;
    if (cv->kind == CV_INT)
        w->f = (double)cv->i;
    else if (cv->kind == CV_FLOAT)
        w->f = cv->f;
    else
        return false;
    if (U(t)->kind == TY_FLOAT32) w->f = (float)w->f;
    return true;
}

/* dst := l op K for float + - * / with a constant operand (on the right, or on the left:
 * rev), one instruction instead of a LOADK into a temporary and the operation. */
bool cg_float_arith_k(FS *fs, int op, Type *t, int dst, int l, Node *kn, bool rev) {
    mg_word w;
    if (!float_const_word(kn, t, &w)) return false;
    int bc;
    switch (op) {
    case OP_ADD: bc = BC_ADDK_F64; break;
    case OP_SUB: bc = rev ? BC_RSUBK_F64 : BC_SUBK_F64; break;
    case OP_MUL: bc = BC_MULK_F64; break;
    case OP_QUO: bc = rev ? BC_RDIVK_F64 : BC_DIVK_F64; break;
    default: return false;
    }
    int k = cg_kint(fs, w.i);
    if (k > 0xffff) return false;
    cg_emit_abc(fs, bc, dst, l, k);
    cg_normalize(fs, t, dst);
    return true;
}

/* dst := l op e->b for float + - * / when the right operand is a struct field: a field
 * behind a pointer is read by the operation itself (ADDF_LD...), a field of a register
 * struct in place (no MOVE to a temporary). False, with nothing emitted, for any other
 * right operand. The operand is evaluated after l, as a plain load would be. */
static bool float_arith_field(FS *fs, int op, Type *t, int dst, int l, Node *rn) {
    rn = cg_unparen(rn);
    if (!type_is_float(U(t)) || rn->cval || rn->kind != N_SELECTOR || rn->sel_kind != SEL_FIELD ||
        type_words(rn->type) != 1 || U(rn->type) != U(t))
        return false;
    if (op != OP_ADD && op != OP_SUB && op != OP_MUL && op != OP_QUO) return false;
    Place pl;
    if (!cg_place(fs, rn, &pl)) return false;
    if (pl.kind == PL_MEM) {
        int bc = op == OP_ADD   ? BC_ADDF_LD
                 : op == OP_SUB ? BC_SUBF_LD
                 : op == OP_MUL ? BC_MULF_LD
                                : BC_DIVF_LD;
        cg_emit_abc(fs, bc, dst, l, pl.reg);
        cg_emit_word(fs, (uint64_t)pl.off);
        cg_normalize(fs, t, dst);
        return true;
    }
    int r;
    if (pl.kind == PL_REG) {
        r = pl.reg;
    } else {
        r = cg_alloc(fs, 1);
        cg_place_load(fs, &pl, r);
    }
    cg_arith(fs, op, t, dst, l, r, rn->type);
    return true;
}

/* A float64 product of two non-constant operands (one operand of ADDMUL and kin). */
bool cg_is_f64_product(Node *e) {
    e = cg_unparen(e);
    return e->kind == N_BINARY && e->op == OP_MUL && !e->cval && U(e->type)->kind == TY_FLOAT64 &&
           !e->a->cval && !e->b->cval;
}

/* s[i] with s a []float64 (a word per element). */
static bool f64_slice_elem(Node *e) {
    e = cg_unparen(e);
    return e->kind == N_INDEX && !e->cval && U(e->a->type)->kind == TY_SLICE &&
           U(e->type)->kind == TY_FLOAT64 && type_words(e->type) == 1;
}

/* dst := l +- x*y or x*y +- r in one instruction (float64 only: a float32 product is
 * rounded to float32 before the sum). Operands are evaluated left to right as usual;
 * false, nothing emitted, for any other shape. */
bool cg_float_muladd(FS *fs, int op, Node *left, Node *right, int dst) {
    if ((op != OP_ADD && op != OP_SUB) || left->cval || right->cval) return false;
    if (U(left->type)->kind != TY_FLOAT64) return false;
    int save = fs->freereg, mark = fs->ncse;
    Node *ls = cg_unparen(left);
    if (op == OP_ADD && cg_is_f64_product(right) && ls->kind == N_BINARY && ls->op == OP_ADD &&
        !ls->cval && cg_is_f64_product(ls->a) && cg_is_f64_product(ls->b)) {
        /* x*y + z*w + u*v: the six operands in order, one instruction */
        Node *ms[3] = {cg_unparen(ls->a), cg_unparen(ls->b), cg_unparen(right)};
        int r[6];
        for (int i = 0; i < 6; i++) {
            Node *o = i % 2 ? ms[i / 2]->b : ms[i / 2]->a;
            r[i] = cg_expr_any(fs, o);
            cse_push(fs, o, r[i], save);
        }
        cg_emit_abc(fs, BC_DOT3_F64, dst, r[0], r[1]);
        cg_emit_word(fs, (uint64_t)(uint16_t)r[2] | (uint64_t)(uint16_t)r[3] << 16 |
                             (uint64_t)(uint16_t)r[4] << 32 | (uint64_t)(uint16_t)r[5] << 48);
    } else if (cg_is_f64_product(left) && cg_is_f64_product(right)) {
        /* x*y +- z*w: the four operands in order, one instruction */
        Node *m = cg_unparen(left), *n = cg_unparen(right);
        int x = cg_expr_any(fs, m->a);
        cse_push(fs, m->a, x, save);
        int y = cg_expr_any(fs, m->b);
        cse_push(fs, m->b, y, save);
        int z = cg_expr_any(fs, n->a);
        cse_push(fs, n->a, z, save);
        int w = cg_expr_any(fs, n->b);
        cg_emit_abc(fs, op == OP_ADD ? BC_MULMULADD_F64 : BC_MULMULSUB_F64, dst, x, y);
        cg_emit_word(fs, (uint64_t)(uint32_t)z | (uint64_t)(uint32_t)w << 32);
    } else if (cg_is_f64_product(right)) {
        Node *m = cg_unparen(right);
        int l = cg_expr_any(fs, left);
        cse_push(fs, left, l, save);
        int x = cg_expr_any(fs, m->a);
        cse_push(fs, m->a, x, save);
        Place pl;
        if (f64_slice_elem(m->b)) {
            /* l +- x*s[i]: the element read (bounds check, load) by the operation itself,
             * after l, x, s and i are evaluated, as the SGET would be */
            if (!cg_place(fs, m->b, &pl) || pl.kind != PL_SLICE)
                cg_error(fs, m->b, "slice element");
            int se = pl.inb ? (op == OP_ADD ? BC_ADDMULSENC_F64 : BC_SUBMULSENC_F64)
                            : (op == OP_ADD ? BC_ADDMULSE_F64 : BC_SUBMULSE_F64);
            cg_emit_abc(fs, se, dst, l, x);
            cg_emit_word(fs, (uint64_t)(uint32_t)pl.reg | (uint64_t)(uint32_t)pl.idx << 32);
        } else {
            int y = cg_expr_any(fs, m->b);
            cg_emit_abc(fs, op == OP_ADD ? BC_ADDMUL_F64 : BC_SUBMUL_F64, dst, l, x);
            cg_emit_word(fs, (uint64_t)y);
        }
    } else if (cg_is_f64_product(left)) {
        Node *m = cg_unparen(left);
        int x = cg_expr_any(fs, m->a);
        cse_push(fs, m->a, x, save);
        int y = cg_expr_any(fs, m->b);
        cse_push(fs, m->b, y, save);
        int r = cg_expr_any(fs, right);
        if (op == OP_ADD) { /* x*y + r is r + x*y exactly (IEEE addition commutes) */
            cg_emit_abc(fs, BC_ADDMUL_F64, dst, r, x);
            cg_emit_word(fs, (uint64_t)y);
        } else {
            cg_emit_abc(fs, BC_MULSUB_F64, dst, x, y);
            cg_emit_word(fs, (uint64_t)r);
        }
    } else
        return false;
    cse_pop(fs, mark);
    cg_free_to(fs, save);
    return true;
}

/* p.f, a float field reached through a pointer variable (no call to evaluate). */
static bool ptr_var_field(Node *e) {
    e = cg_unparen(e);
    if (e->cval || e->kind != N_SELECTOR || e->sel_kind != SEL_FIELD || type_words(e->type) != 1)
        return false;
    Node *x = cg_unparen(e->a);
    return x->kind == N_IDENT && U(x->type)->kind == TY_POINTER;
}

/* p.f +-= x * q.g with q a register pointer variable (its place emits nothing): x, then
 * the instruction reads q.g and updates p.f, as MULF_LD and ADDTO_F64 would. */
/* field is q.g with q an unboxed local pointer: its place, which emits nothing (the
 * fused instructions read the field themselves, after their other operands). */
static bool reg_ptr_field_place(FS *fs, Node *field, Place *q) {
    Node *qx = cg_unparen(cg_unparen(field)->a);
    if (!qx->sym || !is_local_sym(fs, qx->sym) || qx->sym->boxed) return false;
    int save = fs->freereg;
    if (!cg_place(fs, field, q) || q->kind != PL_MEM || q->bytes || q->off < 0) {
        cg_free_to(fs, save);
        return false;
    }
    return true;
}

static bool float_field_mul_update(FS *fs, int op, int preg, int poff, Node *m) {
    int save = fs->freereg;
    Place q;
    if (!reg_ptr_field_place(fs, m->b, &q)) return false;
    int x = cg_expr_any(fs, m->a);
    cg_emit_abc(fs, op == OP_ADD ? BC_ADDMULFTO_F64 : BC_SUBMULFTO_F64, preg, poff, x);
    cg_emit_word(fs, (uint64_t)(uint32_t)q.reg | (uint64_t)(uint32_t)q.off << 32);
    cg_free_to(fs, save);
    return true;
}

bool cg_float_mul_field_update(FS *fs, int op, int preg, int poff, Node *r) {
    if ((op != OP_ADD && op != OP_SUB) || !cg_is_f64_product(r)) return false;
    Node *m = cg_unparen(r), *xq = cg_unparen(m->a), *y = cg_unparen(m->b);
    if (ptr_var_field(m->b) && float_field_mul_update(fs, op, preg, poff, m)) return true;
    /* (a product with a constant y is not cg_is_f64_product: MULK_F64 takes it) */
    if (!cg_is_f64_product(xq) || !ptr_var_field(xq->b) || y->kind != N_IDENT || !y->sym ||
        !is_local_sym(fs, y->sym) || y->sym->boxed)
        return false;
    int save = fs->freereg;
    Place q;
    /* q is a register variable (its place emits nothing) and y a local:
     * neither evaluation has an effect, so the field is read by the instruction after x is
     * computed, as MULF_LD would read it */
    if (!reg_ptr_field_place(fs, xq->b, &q)) return false;
    int x = cg_expr_any(fs, xq->a);
    int yr = cg_expr_any(fs, y);
    cg_emit_abc(fs, op == OP_ADD ? BC_ADDMULLDTO_F64 : BC_SUBMULLDTO_F64, preg, poff, x);
    cg_emit_word(fs, (uint64_t)(uint16_t)yr | (uint64_t)(uint16_t)q.reg << 16 |
                         (uint64_t)(uint32_t)q.off << 32);
    cg_free_to(fs, save);
    return true;
}

/* dst := p.f op q.g for float + - *: one instruction loading both fields (ADDFF...). */
static bool float_field_field(FS *fs, Node *e, int dst) {
    int op = e->op;
    if (!type_is_float(U(e->type)) || (op != OP_ADD && op != OP_SUB && op != OP_MUL) ||
        !ptr_var_field(e->a) || !ptr_var_field(e->b))
        return false;
    int save = fs->freereg;
    Place pa, pb;
    if (!cg_place(fs, e->a, &pa) || pa.kind != PL_MEM || !cg_place(fs, e->b, &pb) ||
        pb.kind != PL_MEM) {
        cg_free_to(fs, save); /* place_of of a pointer variable's field emits no side effects */
        return false;
    }
    int bc = op == OP_ADD ? BC_ADDFF_F64 : op == OP_SUB ? BC_SUBFF_F64 : BC_MULFF_F64;
    cg_emit_abc(fs, bc, dst, pa.reg, pb.reg);
    cg_emit_word(fs, (uint64_t)(uint32_t)pa.off | (uint64_t)(uint32_t)pb.off << 32);
    cg_normalize(fs, e->type, dst);
    cg_free_to(fs, save);
    return true;
}

static void cg_binary(FS *fs, Node *e, int dst) {
    int op = e->op;
    int save = fs->freereg;
    if (op == OP_LAND || op == OP_LOR) {
        Jumps j = {0};
        cg_expr(fs, e->a, dst);
        jumps_add(&j, cg_jump(fs, op == OP_LAND ? BC_JMPIFNOT : BC_JMPIF, dst));
        cg_expr(fs, e->b, dst);
        for (int i = 0; i < j.n; i++)
            cg_patch_here(fs, j.pcs[i]);
        return;
    }
    if (is_cmp(op)) {
        Type *ot = e->a->type;
        if (cg_is_nil(e->b) || cg_is_nil(e->a)) {
            Node *x = cg_is_nil(e->b) ? e->a : e->b;
            int r = cg_expr_any(fs, x);
            cg_emit_abc(fs, BC_ISNIL, dst, r, 0);
            if (op == OP_NEQ) cg_emit_abc(fs, BC_NOT, dst, dst, 0);
            cg_free_to(fs, save);
            return;
        }
        int l = cg_expr_any(fs, e->a);
        int mark = cse_push(fs, e->a, l, save);
        int r = cg_expr_any(fs, e->b);
        cg_compare(fs, op, ot, dst, l, r);
        cse_pop(fs, mark);
        cg_free_to(fs, save);
        return;
    }
    if (cg_float_muladd(fs, op, e->a, e->b, dst) || float_field_field(fs, e, dst)) return;
    mg_word kw;
    if (!e->b->cval && (op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_QUO) &&
        float_const_word(e->a, e->type, &kw)) {
        /* K op x: the constant is read by the instruction */
        Node *cv = cg_unparen(e->b);
        if (op == OP_QUO && U(e->type)->kind == TY_FLOAT64 && cv->kind == N_CONVERT &&
            type_is_integer(U(cv->a->type)) && !type_is_unsigned(U(cv->a->type)) &&
            type_words(cv->a->type) == 1) {
            /* K / float64(i): the conversion read by the division (signed integers are
             * sign-extended in their word, so I2F's (double)R.i is the conversion) */
            int k = cg_kint(fs, kw.i);
            if (k <= 0xffff) {
                int ir = cg_expr_any(fs, cv->a);
                cg_emit_abc(fs, BC_RDIVK_I2F, dst, ir, k);
                cg_free_to(fs, save);
                return;
            }
        }
        int r = cg_expr_any(fs, e->b);
        if (!cg_float_arith_k(fs, op, e->type, dst, r, e->a, true)) {
            int l = cg_alloc(fs, 1);
            cg_expr(fs, e->a, l);
            cg_arith(fs, op, e->type, dst, l, r, e->b->type);
        }
        cg_free_to(fs, save);
        return;
    }
    Node *ea = cg_unparen(e->a), *eb = cg_unparen(e->b), *sq;
    int64_t k;
    if ((op == OP_ADD || op == OP_SUB) && type_is_integer(U(e->type)) && small_const(eb, &k) &&
        ea->kind == N_BINARY && ea->op == OP_ADD && !ea->cval && !ea->a->cval && !ea->b->cval &&
        cse_find(fs, ea) < 0) {
        /* x + y + k: one instruction (wrapping, so normalising once at the end is the same
         * as after each sum) */
        int x = cg_expr_any(fs, ea->a);
        int mark = cse_push(fs, ea->a, x, save);
        int y = cg_expr_any(fs, ea->b);
        cg_emit_abc(fs, BC_ADDADDI, dst, x, y);
        cg_emit_word(fs, (uint64_t)(op == OP_ADD ? k : -k));
        cg_normalize(fs, e->type, dst);
        cse_pop(fs, mark);
        cg_free_to(fs, save);
        return;
    }
    if (op == OP_MUL && type_is_integer(U(e->type)) && !eb->cval && eb->kind == N_BINARY &&
        (eb->op == OP_ADD || eb->op == OP_SUB) && small_const(eb->b, &k) && !eb->a->cval &&
        cse_find(fs, eb) < 0) {
        /* x * (y + k): one instruction (wrapping: one normalisation at the end) */
        int x = cg_expr_any(fs, e->a);
        int mark = cse_push(fs, e->a, x, save);
        int y = cg_expr_any(fs, eb->a);
        cg_emit_abc(fs, BC_MULADDI, dst, x, y);
        cg_emit_word(fs, (uint64_t)(eb->op == OP_ADD ? k : -k));
        cg_normalize(fs, e->type, dst);
        cse_pop(fs, mark);
        cg_free_to(fs, save);
        return;
    }
    if (op == OP_QUO && U(e->type)->kind == TY_FLOAT64 && !eb->cval && eb->kind == N_BINARY &&
        eb->op == OP_MUL && U(eb->type)->kind == TY_FLOAT64 && !eb->a->cval &&
        (sq = cg_sqrt_arg(eb->b)) != NULL) {
        /* x / (y * math.Sqrt(z)): x, y, z in order; the product rounded, then divided */
        int x = cg_expr_any(fs, e->a);
        int mark = cse_push(fs, e->a, x, save);
        int y = cg_expr_any(fs, eb->a);
        cse_push(fs, eb->a, y, save);
        int z = cg_expr_any(fs, sq);
        cg_emit_abc(fs, BC_DIVMULSQRT_F64, dst, x, y);
        cg_emit_word(fs, (uint64_t)z);
        cse_pop(fs, mark);
        cg_free_to(fs, save);
        return;
    }
    int l = cg_expr_any(fs, e->a);
    int mark = cse_push(fs, e->a, l, save);
    if (op == OP_MUL && U(e->type)->kind == TY_FLOAT64 && (sq = cg_sqrt_arg(e->b)) != NULL) {
        /* x * math.Sqrt(y): both rounded, as the SQRT_F64 and MUL_F64 they replace */
        int r = cg_expr_any(fs, sq);
        cg_emit_abc(fs, BC_MULSQRT_F64, dst, l, r);
    } else if (!cg_arith_imm(fs, op, e->type, dst, l, e->a, e->b) &&
               !cg_float_arith_k(fs, op, e->type, dst, l, e->b, false) &&
               !float_arith_field(fs, op, e->type, dst, l, e->b)) {
        int r = cg_expr_any(fs, e->b);
        cg_arith(fs, op, e->type, dst, l, r, e->b->type);
    }
    cse_pop(fs, mark);
    cg_free_to(fs, save);
}

/* Branch to a jump list when bool expression e is jump_if. */
void cg_cond_jump(FS *fs, Node *e, bool jump_if, Jumps *j) {
    e = cg_unparen(e);
    int save = fs->freereg;
    if (e->cval && e->cval->kind == CV_BOOL) {
        if (e->cval->b == jump_if) jumps_add(j, cg_jump(fs, BC_JMP, 0));
        return;
    }
    if (e->kind == N_UNARY && e->op == OP_NOT) {
        cg_cond_jump(fs, e->a, !jump_if, j);
        return;
    }
    if (e->kind == N_BINARY && (e->op == OP_LAND || e->op == OP_LOR)) {
        bool is_and = e->op == OP_LAND;
        if (is_and != jump_if) {
            /* (a && b) false: a false or b false; (a || b) true: a true or b true */
            cg_cond_jump(fs, e->a, jump_if, j);
            cg_cond_jump(fs, e->b, jump_if, j);
        } else {
            Jumps skip = {0};
            cg_cond_jump(fs, e->a, !jump_if, &skip);
            cg_cond_jump(fs, e->b, jump_if, j);
            for (int i = 0; i < skip.n; i++)
                cg_patch_here(fs, skip.pcs[i]);
        }
        return;
    }
    if (e->kind == N_BINARY && is_cmp(e->op) && is_intlike(e->a->type) && !cg_is_nil(e->a) &&
        !cg_is_nil(e->b)) {
        int op = e->op;
        if (!jump_if) {
            switch (op) {
            case OP_EQL: op = OP_NEQ; break;
            case OP_NEQ: op = OP_EQL; break;
            case OP_LSS: op = OP_GEQ; break;
            case OP_LEQ: op = OP_GTR; break;
            case OP_GTR: op = OP_LEQ; break;
            case OP_GEQ: op = OP_LSS; break;
            }
        }
        bool uns = type_is_unsigned(U(e->a->type));
        int64_t k;
        int l = cg_expr_any(fs, e->a);
        if (!uns && small_const(e->b, &k)) {
            int bc = op == OP_EQL   ? BC_JEQ_IK
                     : op == OP_NEQ ? BC_JNE_IK
                     : op == OP_LSS ? BC_JLT_IK
                     : op == OP_LEQ ? BC_JLE_IK
                     : op == OP_GTR ? BC_JGT_IK
                                    : BC_JGE_IK;
            jumps_add(j, cg_emit_abc(fs, bc, l, (int)k, 0));
        } else {
            int r = cg_expr_any(fs, e->b);
            int bc;
            if (op == OP_GTR || op == OP_GEQ) {
                int x = l;
                l = r;
                r = x;
                op = op == OP_GTR ? OP_LSS : OP_LEQ;
            }
            bc = op == OP_EQL   ? BC_JEQ_INT
                 : op == OP_NEQ ? BC_JNE_INT
                 : op == OP_LSS ? (uns ? BC_JLT_UINT : BC_JLT_INT)
                                : (uns ? BC_JLE_UINT : BC_JLE_INT);
            jumps_add(j, cg_emit_abc(fs, bc, l, r, 0));
        }
        cg_free_to(fs, save);
        return;
    }
    if (e->kind == N_BINARY && is_cmp(e->op) && type_is_float(U(e->a->type))) {
        /* a > b is b < a; jumping when the comparison is false needs the negated forms
         * (a NaN operand makes every ordered comparison false) */
        int op = e->op;
        int l = cg_expr_any(fs, e->a);
        int r = cg_expr_any(fs, e->b);
        if (op == OP_GTR || op == OP_GEQ) {
            int x = l;
            l = r;
            r = x;
            op = op == OP_GTR ? OP_LSS : OP_LEQ;
        }
        int bc = op == OP_EQL   ? (jump_if ? BC_JEQ_F64 : BC_JNE_F64)
                 : op == OP_NEQ ? (jump_if ? BC_JNE_F64 : BC_JEQ_F64)
                 : op == OP_LSS ? (jump_if ? BC_JLT_F64 : BC_JNLT_F64)
                                : (jump_if ? BC_JLE_F64 : BC_JNLE_F64);
        jumps_add(j, cg_emit_abc(fs, bc, l, r, 0));
        cg_free_to(fs, save);
        return;
    }
    if (e->kind == N_INDEX && U(e->a->type)->kind == TY_SLICE && type_packed_size(e->type) == 1) {
        /* `if seen[i]` on a []bool: the element load and the branch in one instruction */
        Place pl;
        if (cg_place(fs, e, &pl) && pl.kind == PL_SLICE) {
            jumps_add(j, cg_emit_abc(fs, jump_if ? BC_JSB1 : BC_JNSB1, pl.reg, pl.idx, 0));
            cg_free_to(fs, save);
            return;
        }
        cg_free_to(fs, save);
    }
    int r = cg_expr_any(fs, e);
    jumps_add(j, cg_jump(fs, jump_if ? BC_JMPIF : BC_JMPIFNOT, r));
    cg_free_to(fs, save);
}

/* ---------- composite literals ---------- */

static void cg_composite(FS *fs, Node *e, int dst);

static void elem_into(FS *fs, Node *v, Type *et, int dst) {
    v = cg_unparen(v);
    if (v->kind == N_COMPOSITE && U(et)->kind == TY_POINTER && U(v->type)->kind != TY_POINTER) {
        /* elided &T in []*T{{...}} */
        int w = type_words(v->type);
        int t = cg_alloc(fs, w ? w : 1);
        cg_composite(fs, v, t);
        cg_emit_abc(fs, BC_NEWBOX, dst, w, 0);
        if (w == 1)
            cg_emit_abc(fs, BC_STORE, dst, 0, t);
        else if (w > 1) {
            cg_emit_abc(fs, BC_STOREN, dst, 0, t);
            cg_emit_word(fs, (uint64_t)w);
        }
        cg_free_to(fs, t);
        return;
    }
    cg_expr(fs, v, dst);
}

/* The elements of a struct or array literal e stored one by one into the zeroed memory at
 * R[p] + off words: &T{...} of a big T never holds the value in registers. */
static void composite_to_mem(FS *fs, Node *e, int p, int off) {
    Type *u = U(e->type);
    if (u->kind == TY_POINTER) u = U(u->elem);
    int64_t idx = 0;
    for (int i = 0; i < e->list.len; i++) {
        Node *el = e->list.items[i], *v = el;
        Type *et;
        int eoff;
        if (u->kind == TY_STRUCT) {
            int fi = i;
            if (el->kind == N_KEYVALUE) {
                v = el->b;
                const char *name = cg_unparen(el->a)->name;
                for (int k = 0; k < u->nfields; k++)
                    if (name && strcmp(u->fields[k].name, name) == 0) fi = k;
            }
            et = u->fields[fi].type;
            eoff = off + u->fields[fi].offset;
        } else {
            if (el->kind == N_KEYVALUE) {
                const_index(el->a, &idx);
                v = el->b;
            }
            et = u->elem;
            eoff = off + (int)idx * type_words(et);
            if (type_packed_size(et)) { /* a byte offset: see below */
                int save = fs->freereg;
                int t = cg_alloc(fs, 1);
                elem_into(fs, v, et, t);
                Place pl = {.kind = PL_MEM,
                            .type = et,
                            .reg = p,
                            .bytes = true,
                            .off = off * 8 + (int)idx * type_packed_size(et)};
                place_near(fs, &pl);
                cg_place_store(fs, &pl, t);
                cg_free_to(fs, save);
                idx++;
                continue;
            }
            idx++;
        }
        int save = fs->freereg;
        Node *cv = cg_unparen(v);
        int ek = U(et)->kind;
        if (cv->kind == N_COMPOSITE && (ek == TY_STRUCT || ek == TY_ARRAY) &&
            type_words(et) > CG_BIG_VALUE_WORDS) {
            composite_to_mem(fs, cv, p, eoff);
        } else {
            int t = cg_alloc(fs, type_words(et) ? type_words(et) : 1);
            elem_into(fs, v, et, t);
            Place pl = {.kind = PL_MEM, .type = et, .reg = p, .off = eoff};
            place_near(fs, &pl);
            cg_place_store(fs, &pl, t);
        }
        cg_free_to(fs, save);
    }
}

static void cg_composite(FS *fs, Node *e, int dst) {
    Type *t = e->type, *u = U(t);
    if (u->kind == TY_POINTER) {
        /* &T{...} typed as pointer (elided in an outer literal) */
        t = u->elem;
        u = U(t);
    }
    int save = fs->freereg;
    switch (u->kind) {
    case TY_STRUCT: {
        cg_zero(fs, dst, u->words);
        for (int i = 0; i < e->list.len; i++) {
            Node *el = e->list.items[i];
            int fi = i;
            Node *v = el;
            if (el->kind == N_KEYVALUE) {
                v = el->b;
                const char *name = cg_unparen(el->a)->name;
                for (int k = 0; k < u->nfields; k++)
                    if (name && strcmp(u->fields[k].name, name) == 0) fi = k;
            }
            elem_into(fs, v, u->fields[fi].type, dst + u->fields[fi].offset);
        }
        break;
    }
    case TY_ARRAY: {
        int w = type_words(u->elem), ps = type_packed_size(u->elem);
        cg_zero(fs, dst, u->words);
        int64_t idx = 0;
        int v = ps ? cg_alloc(fs, 2) : 0;
        for (int i = 0; i < e->list.len; i++) {
            Node *el = e->list.items[i], *vn = el;
            if (el->kind == N_KEYVALUE) {
                const_index(el->a, &idx);
                vn = el->b;
            }
            if (ps) { /* packed: element idx at byte idx*ps of R[dst..] */
                elem_into(fs, vn, u->elem, v);
                Place pl = {.kind = PL_ARRB, .type = u->elem, .reg = dst, .idx = v + 1};
                cg_load_int(fs, v + 1, idx * ps);
                cg_place_store(fs, &pl, v);
            } else
                elem_into(fs, vn, u->elem, dst + (int)idx * w);
            idx++;
        }
        break;
    }
    case TY_SLICE: {
        int w = type_words(u->elem);
        int64_t idx = 0, n = 0;
        for (int i = 0; i < e->list.len; i++) {
            Node *el = e->list.items[i];
            if (el->kind == N_KEYVALUE) const_index(el->a, &idx);
            idx++;
            if (idx > n) n = idx;
        }
        int lr = cg_alloc(fs, 1);
        cg_load_int(fs, lr, n);
        cg_emit_abc(fs, BC_MAKESLICE, dst, lr, lr);
        cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(u->elem));
        int v = cg_alloc(fs, w ? w : 1);
        idx = 0;
        for (int i = 0; i < e->list.len; i++) {
            Node *el = e->list.items[i], *vn = el;
            if (el->kind == N_KEYVALUE) {
                const_index(el->a, &idx);
                vn = el->b;
            }
            elem_into(fs, vn, u->elem, v);
            cg_load_int(fs, lr, idx);
            if (type_packed_size(u->elem))
                cg_emit_ssetb(fs, dst, lr, v, type_packed_size(u->elem));
            else if (w == 1)
                cg_emit_abc(fs, BC_SSET, dst, lr, v);
            else {
                cg_emit_abc(fs, BC_SSETN, dst, lr, v);
                cg_emit_word(fs, (uint64_t)w);
            }
            idx++;
        }
        break;
    }
    case TY_MAP: {
        int hr = cg_alloc(fs, 1);
        cg_load_int(fs, hr, e->list.len);
        cg_emit_abc(fs, BC_MAKEMAP, dst, hr, 0);
        cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(t));
        int kr = cg_alloc(fs, type_words(u->key) ? type_words(u->key) : 1);
        int vr = cg_alloc(fs, type_words(u->elem) ? type_words(u->elem) : 1);
        for (int i = 0; i < e->list.len; i++) {
            Node *el = e->list.items[i];
            if (el->kind != N_KEYVALUE) continue;
            elem_into(fs, el->a, u->key, kr);
            elem_into(fs, el->b, u->elem, vr);
            cg_emit_abc(fs, BC_MAPSET, dst, kr, vr);
            cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(t));
        }
        break;
    }
    default: cg_error(fs, e, "composite literal of this type"); break;
    }
    cg_free_to(fs, save);
}

/* ---------- slicing, assertions ---------- */

static void cg_slice_expr(FS *fs, Node *e, int dst) {
    int save = fs->freereg;
    Type *xt = U(e->a->type);
    int b = cg_alloc(fs, 3);
    if (xt->kind == TY_STRING) {
        int s = cg_expr_any(fs, e->a);
        if (e->b)
            cg_expr(fs, e->b, b);
        else
            cg_load_int(fs, b, 0);
        if (e->c)
            cg_expr(fs, e->c, b + 1);
        else
            cg_move(fs, b + 1, s + 1, 1);
        cg_move(fs, b + 2, s + 1, 1);
        cg_emit_abc(fs, BC_SLICESTR, dst, s, b);
    } else if (xt->kind == TY_SLICE) {
        int s = cg_expr_any(fs, e->a);
        if (e->b)
            cg_expr(fs, e->b, b);
        else
            cg_load_int(fs, b, 0);
        if (e->c)
            cg_expr(fs, e->c, b + 1);
        else
            cg_move(fs, b + 1, s + 1, 1);
        if (e->d)
            cg_expr(fs, e->d, b + 2);
        else
            cg_move(fs, b + 2, s + 2, 1);
        cg_emit_abc(fs, BC_SLICE, dst, s, b);
        cg_emit_word(fs, (uint64_t)cg_elem_bytes(xt->elem) | (e->d ? 1ull << 32 : 0));
    } else {
        /* array (addressable) or pointer to array */
        Type *at = xt->kind == TY_POINTER ? U(xt->elem) : xt;
        int p;
        if (xt->kind == TY_POINTER)
            p = cg_expr_any(fs, e->a);
        else {
            Place pl;
            if (!cg_place(fs, e->a, &pl) || pl.kind == PL_REG || pl.kind == PL_ARR ||
                pl.kind == PL_ARRW) {
                cg_error(fs, e, "slicing an unaddressable array");
                return;
            }
            if (pl.kind == PL_GLOBAL || pl.kind == PL_SLICE) {
                int off = pl.kind == PL_GLOBAL ? 0 : 0;
                (void)off;
            }
            if (pl.kind == PL_GLOBAL) {
                p = cg_alloc(fs, 1);
                cg_emit_abx(fs, BC_GADDR, p, pl.off);
            } else if (pl.kind == PL_SLICE) {
                p = cg_alloc(fs, 1);
                cg_emit_abc(fs, BC_SADDR, p, pl.reg, pl.idx);
                cg_emit_word(fs, (uint64_t)cg_elem_bytes(pl.type));
            } else if (pl.off) {
                p = cg_alloc(fs, 1);
                cg_emit_abc(fs, BC_ADDPTR, p, pl.reg, pl.off);
            } else
                p = pl.reg;
        }
        if (e->b)
            cg_expr(fs, e->b, b);
        else
            cg_load_int(fs, b, 0);
        if (e->c)
            cg_expr(fs, e->c, b + 1);
        else
            cg_load_int(fs, b + 1, at->len);
        if (e->d)
            cg_expr(fs, e->d, b + 2);
        else
            cg_load_int(fs, b + 2, at->len);
        cg_emit_abc(fs, BC_SLICEARR, dst, p, b);
        cg_emit_word(fs, (uint64_t)at->len);
        cg_emit_word(fs, (uint64_t)cg_elem_bytes(at->elem) | (e->d ? 1ull << 32 : 0));
    }
    cg_free_to(fs, save);
}

static void cg_assert(FS *fs, Node *e, int dst) {
    int save = fs->freereg;
    Type *target = e->b ? e->b->type : e->type;
    bool ok = e->flags & NF_COMMA_OK;
    if (ok && e->type && e->type->kind == TY_TUPLE) target = e->type->params[0];
    int x = cg_expr_any(fs, e->a);
    bool toif = U(target)->kind == TY_INTERFACE;
    int op = toif ? (ok ? BC_ASSERTI_OK : BC_ASSERTI) : (ok ? BC_ASSERT_OK : BC_ASSERT);
    cg_emit_abc(fs, op, dst, x, 0);
    cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(target));
    cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(e->a->type));
    cg_free_to(fs, save);
}

/* ---------- method values ---------- */

/* gc's name of the wrapper of method value x.M: "pkg.T.M-fm", "pkg.(*T).M-fm" for a method,
 * "pkg.I.M-fm" for an interface method (traces hide it). */
static const char *method_value_name(FS *fs, Node *e) {
    const char *base = "?";
    char buf[512];
    if (e->sel_kind == SEL_IFACE_METHOD) {
        Type *it = e->a->type;
        NamedInfo *ni = it ? it->named : NULL;
        const char *pn = ni && ni->pkg && ni->pkg->name ? ni->pkg->name : "main";
        if (ni && ni->name)
            snprintf(buf, sizeof buf, "%s.%s.%s", pn, ni->name, e->name ? e->name : "?");
        else
            snprintf(buf, sizeof buf, "%s.interface.%s", pn, e->name ? e->name : "?");
        base = buf;
    } else {
        mg_func *target = cg_func_of_sym(fs->cg, e->sym);
        if (target && target->name) base = target->name;
    }
    size_t n = strlen(base) + 4;
    char *s = ar_alloc_atomic(n);
    snprintf(s, n, "%s-fm", base);
    return s;
}

/* I.M for an interface type I: a function whose first parameter is the interface value
 * (two words) and which calls the method through its itab, as i.M(args) would. The
 * method's symbol has no body to call directly. */
static void cg_iface_method_expr(FS *fs, Node *e, int dst) {
    Type *ft = e->type; /* func(I, params...) results */
    int pw = 0, rw = 0;
    for (int i = 1; i < ft->nparams; i++)
        pw += type_words(ft->params[i]);
    for (int i = 0; i < ft->nresults; i++)
        rw += type_words(ft->results[i]);
    NamedInfo *ni = e->a->type->named;
    char buf[512];
    snprintf(buf, sizeof buf, "%s.%s.%s", ni && ni->pkg && ni->pkg->name ? ni->pkg->name : "main",
             ni && ni->name ? ni->name : "interface", e->name ? e->name : "?");
    size_t n = strlen(buf) + 1;
    char *name = ar_alloc_atomic(n);
    memcpy(name, buf, n);
    mg_func *f = cg_new_func(fs->cg, name, ft, 0);
    FS w2 = {0};
    w2.cg = fs->cg;
    w2.fn = f;
    w2.freereg = w2.maxregs = 2 + pw;
    int t = cg_alloc(&w2, 1 + pw + rw + 1);
    cg_move(&w2, t + 1, 2, pw);
    cg_emit_abc(&w2, BC_CALL_IFACE, t, 0, e->field_index);
    cg_emit_abc(&w2, BC_RET, t, rw, 0);
    cg_finish(&w2);
    f->proto->trace = PROTO_TRACE_HIDDEN;
    mg_closure *c = ar_alloc(sizeof *c);
    c->fn = f;
    cg_emit_abx(fs, BC_LOADK, dst, cg_kint(fs, (int64_t)(intptr_t)c));
}

/* T.M or (*T).M for a method promoted from an embedded field of T: the entry of T's (or
 * *T's) method set walks the embedding path. That entry takes the receiver as one data
 * word: the pointer for *T, T itself when it is one word, else a pointer to a boxed copy,
 * which a small wrapper makes here. Returns false for a method declared on T itself. */
static bool cg_promoted_method_expr(FS *fs, Node *e, int dst) {
    Type *rt = e->a->type, *base = rt;
    bool is_ptr = U(rt)->kind == TY_POINTER && !rt->named;
    if (is_ptr) base = U(rt)->elem;
    Type *decl = e->sym ? e->sym->recv : NULL;
    if (decl && U(decl)->kind == TY_POINTER && !decl->named) decl = U(decl)->elem;
    if (decl == base) return false; /* no symbol: a method of an embedded interface */
    const mg_rtype *r = cg_rtype(rt);
    mg_func *ifn = NULL;
    for (int i = 0; i < r->nmethods && !ifn; i++)
        if (strcmp(r->methods[i].name, e->name) == 0) ifn = r->methods[i].ifn;
    if (!ifn) return false;
    int w = type_words(rt);
    if (!is_ptr && w != 1) {
        mg_func *f = cg_new_func(fs->cg, ifn->name, e->type, 0);
        int pw = f->param_words - w, rw = f->result_words;
        FS w2 = {0};
        w2.cg = fs->cg;
        w2.fn = f;
        w2.freereg = w2.maxregs = w + pw;
        int t = cg_alloc(&w2, 1 + pw + rw + 1);
        cg_emit_abc(&w2, BC_NEWBOX, t, w, 0);
        if (w > 0) {
            cg_emit_abc(&w2, BC_STOREN, t, 0, 0);
            cg_emit_word(&w2, (uint64_t)w);
        }
        cg_move(&w2, t + 1, w, pw);
        cg_emit_abc(&w2, BC_CALL_STATIC, t, 0, 0);
        cg_emit_word(&w2, (uint64_t)(uintptr_t)ifn);
        cg_emit_abc(&w2, BC_RET, t, rw, 0);
        cg_finish(&w2);
        f->proto->trace = PROTO_TRACE_HIDDEN;
        ifn = f;
    }
    mg_closure *c = ar_alloc(sizeof *c);
    c->fn = ifn;
    cg_emit_abx(fs, BC_LOADK, dst, cg_kint(fs, (int64_t)(intptr_t)c));
    return true;
}

/* x.M as a value: a closure capturing the receiver words, running a wrapper that puts
 * them in front of the arguments. */
static void cg_method_value(FS *fs, Node *e, int dst) {
    int save = fs->freereg;
    Symbol *m = e->sym;
    Type *ft = e->type;
    if (e->sel_kind == SEL_IFACE_METHOD) {
        int w = 2;
        int pw = 0, rw = 0;
        for (int i = 0; i < ft->nparams; i++)
            pw += type_words(ft->params[i]);
        for (int i = 0; i < ft->nresults; i++)
            rw += type_words(ft->results[i]);
        mg_func *f = cg_new_func(fs->cg, method_value_name(fs, e), ft, 0);
        FS w2 = {0};
        w2.cg = fs->cg;
        w2.fn = f;
        w2.freereg = w2.maxregs = pw;
        int ir = cg_alloc(&w2, 2);
        cg_emit_abc(&w2, BC_GETCAPN, ir, 0, 2);
        int t = cg_alloc(&w2, 1 + pw + rw + 1);
        cg_move(&w2, t + 1, 0, pw);
        cg_emit_abc(&w2, BC_CALL_IFACE, t, ir, e->field_index);
        cg_emit_abc(&w2, BC_RET, t, rw, 0);
        cg_finish(&w2);
        f->proto->ncaptured = w;
        f->proto->trace = PROTO_TRACE_HIDDEN;
        int c = cg_alloc(fs, 1 + w);
        cg_expr(fs, e->a, c + 1);
        /* i.M of a nil interface panics here, as gc loads the method from the itab */
        int chk = cg_alloc(fs, 1);
        cg_emit_abc(fs, BC_ADDPTR, chk, c + 1, 0);
        cg_emit_abc(fs, BC_CLOSURE, c, 0, w);
        cg_emit_word(fs, (uint64_t)(uintptr_t)f);
        cg_move(fs, dst, c, 1);
        cg_free_to(fs, save);
        return;
    }
    mg_func *target = cg_func_of_sym(fs->cg, m);
    int w = type_words(e->a->type);
    int pw = target->param_words - w, rw = target->result_words;
    mg_func *f = cg_new_func(fs->cg, method_value_name(fs, e), NULL, 0);
    f->param_words = pw;
    f->result_words = rw;
    FS w2 = {0};
    w2.cg = fs->cg;
    w2.fn = f;
    w2.freereg = w2.maxregs = pw;
    int t = cg_alloc(&w2, w + pw + rw + 1);
    if (w) cg_emit_abc(&w2, BC_GETCAPN, t, 0, w);
    cg_move(&w2, t + w, 0, pw);
    cg_emit_abc(&w2, BC_CALL_STATIC, t, 0, 0);
    cg_emit_word(&w2, (uint64_t)(uintptr_t)target);
    cg_emit_abc(&w2, BC_RET, t, rw, 0);
    cg_finish(&w2);
    f->proto->ncaptured = w;
    f->proto->trace = PROTO_TRACE_HIDDEN;
    int c = cg_alloc(fs, 1 + w);
    cg_expr(fs, e->a, c + 1);
    cg_emit_abc(fs, BC_CLOSURE, c, 0, w);
    cg_emit_word(fs, (uint64_t)(uintptr_t)f);
    cg_move(fs, dst, c, 1);
    cg_free_to(fs, save);
}

static void load_func_value(FS *fs, Symbol *s, int dst) {
    mg_closure *c = cg_static_closure(fs->cg, s);
    cg_emit_abx(fs, BC_LOADK, dst, cg_kint(fs, (int64_t)(intptr_t)c));
}

/* ---------- the dispatcher ---------- */

void cg_expr(FS *fs, Node *e, int dst) {
    int save = fs->freereg;
    int oldline = fs->line;
    if (e->line) fs->line = e->line;
    if (e->cval && U(e->type)->kind != TY_INTERFACE) {
        load_const(fs, e->type, e->cval, dst);
        fs->line = oldline;
        return;
    }
    switch (e->kind) {
    case N_PAREN: cg_expr(fs, e->a, dst); break;
    case N_IDENT: {
        Symbol *s = e->sym;
        if (!s || s->kind == SYM_NIL || e->type->kind == TY_UNTYPED_NIL) {
            cg_zero(fs, dst, type_words(e->type));
            break;
        }
        if (s->kind == SYM_FUNC) {
            load_func_value(fs, s, dst);
            break;
        }
        Place pl;
        if (cg_place(fs, e, &pl))
            cg_place_load(fs, &pl, dst);
        else
            cg_error(fs, e, "identifier %s", e->name);
        break;
    }
    case N_COMPOSITE: cg_composite(fs, e, dst); break;
    case N_FUNCLIT: cg_funclit(fs, e, dst); break;
    case N_SELECTOR:
        if (e->sel_kind == SEL_PKG && e->sym && e->sym->kind == SYM_FUNC) {
            load_func_value(fs, e->sym, dst);
            break;
        }
        if (e->sel_kind == SEL_METHODEXPR && U(e->a->type)->kind == TY_INTERFACE) {
            cg_iface_method_expr(fs, e, dst);
            break;
        }
        if (e->sel_kind == SEL_METHODEXPR && cg_promoted_method_expr(fs, e, dst)) break;
        if (e->sel_kind == SEL_METHODEXPR) {
            Symbol *m = e->sym;
            bool via_ptr =
                U(e->a->type)->kind == TY_POINTER && m->recv && U(m->recv)->kind != TY_POINTER;
            mg_func *f = via_ptr ? cg_method_ifn(m, true) : cg_func_of_sym(fs->cg, m);
            mg_closure *c = ar_alloc(sizeof *c);
            c->fn = f;
            cg_emit_abx(fs, BC_LOADK, dst, cg_kint(fs, (int64_t)(intptr_t)c));
            break;
        }
        if (e->sel_kind == SEL_METHOD || e->sel_kind == SEL_IFACE_METHOD) {
            cg_method_value(fs, e, dst);
            break;
        }
        {
            Place pl;
            if (cg_place(fs, e, &pl)) {
                cg_place_load(fs, &pl, dst);
                break;
            }
            /* field of a non-addressable struct value */
            Type *st = U(e->a->type);
            int r = cg_expr_any(fs, e->a);
            cg_move(fs, dst, r + st->fields[e->field_index].offset, type_words(e->type));
        }
        break;
    case N_INDEX: {
        Type *xt = U(e->a->type);
        if (xt->kind == TY_STRING) {
            int s = cg_expr_any(fs, e->a);
            int i = cg_expr_any(fs, e->b);
            cg_emit_abc(fs, BC_STRIDX, dst, s, i);
            break;
        }
        if (xt->kind == TY_MAP) {
            int m = cg_expr_any(fs, e->a);
            int k = cg_expr_any(fs, e->b);
            cg_emit_abc(fs, (e->flags & NF_COMMA_OK) ? BC_MAPGET2 : BC_MAPGET, dst, m, k);
            cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(e->a->type));
            break;
        }
        Place pl;
        if (cg_place(fs, e, &pl)) {
            cg_place_load(fs, &pl, dst);
            break;
        }
        /* element of a non-addressable array value */
        int a = cg_expr_any(fs, e->a);
        int i = cg_expr_any(fs, e->b);
        int ps = type_packed_size(e->type);
        cg_emit_abc(fs, ps ? BC_AGETP : BC_AGET, dst, a, i);
        cg_emit_word(fs, (uint64_t)xt->len);
        cg_emit_word(fs, (uint64_t)(ps ? ps : type_words(e->type)));
        break;
    }
    case N_SLICE: cg_slice_expr(fs, e, dst); break;
    case N_TYPEASSERT: cg_assert(fs, e, dst); break;
    case N_CALL:
        if (e->builtin)
            cg_builtin(fs, e, dst);
        else
            cg_call(fs, e, dst, type_words(e->type));
        break;
    case N_STAR: {
        Place pl;
        cg_place(fs, e, &pl);
        cg_place_load(fs, &pl, dst);
        break;
    }
    case N_UNARY:
        switch (e->op) {
        case OP_ADD: cg_expr(fs, e->a, dst); break;
        case OP_SUB: {
            int r = cg_expr_any(fs, e->a);
            if (type_is_complex(U(e->type))) cg_emit_abc(fs, BC_NEG_F64, dst + 1, r + 1, 0);
            cg_emit_abc(fs,
                        type_is_float(U(e->type)) || type_is_complex(U(e->type)) ? BC_NEG_F64
                                                                                 : BC_NEG_INT,
                        dst, r, 0);
            cg_normalize(fs, e->type, dst);
            break;
        }
        case OP_NOT: {
            int r = cg_expr_any(fs, e->a);
            cg_emit_abc(fs, BC_NOT, dst, r, 0);
            break;
        }
        case OP_XOR: {
            int r = cg_expr_any(fs, e->a);
            cg_emit_abc(fs, BC_BNOT, dst, r, 0);
            cg_normalize(fs, e->type, dst);
            break;
        }
        case OP_ARROW: {
            int c = cg_expr_any(fs, e->a);
            Type *et = U(e->a->type)->elem;
            cg_emit_abc(fs, (e->flags & NF_COMMA_OK) ? BC_RECV2 : BC_RECV, dst, c, type_words(et));
            break;
        }
        case OP_AND: {
            Node *x = cg_unparen(e->a);
            int xk = U(x->type)->kind;
            if (x->kind == N_COMPOSITE && (xk == TY_STRUCT || xk == TY_ARRAY) &&
                type_words(x->type) > CG_BIG_VALUE_WORDS) {
                cg_emit_abc(fs, BC_NEWT, dst, 0, 0);
                cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(x->type));
                composite_to_mem(fs, x, dst, 0);
                break;
            }
            if (x->kind == N_COMPOSITE) {
                int w = type_words(x->type);
                int t = cg_alloc(fs, w ? w : 1);
                cg_composite(fs, x, t);
                if (w > 8) {
                    cg_emit_abc(fs, BC_NEWT, dst, 0, 0);
                    cg_emit_word(fs, (uint64_t)(uintptr_t)cg_rtype(x->type));
                } else
                    cg_emit_abc(fs, BC_NEWBOX, dst, w, 0);
                if (w == 1)
                    cg_emit_abc(fs, BC_STORE, dst, 0, t);
                else if (w > 1) {
                    cg_emit_abc(fs, BC_STOREN, dst, 0, t);
                    cg_emit_word(fs, (uint64_t)w);
                }
                break;
            }
            Place pl;
            if (!cg_place(fs, x, &pl)) {
                cg_error(fs, e, "cannot take the address");
                break;
            }
            if (pl.kind == PL_GLOBAL) {
                cg_emit_abx(fs, BC_GADDR, dst, pl.off);
            } else if (pl.kind == PL_SLICE) {
                cg_emit_abc(fs, BC_SADDR, dst, pl.reg, pl.idx);
                cg_emit_word(fs, (uint64_t)cg_elem_bytes(pl.type));
            } else if (pl.kind == PL_MEM && pl.bytes) {
                cg_emit_abc(fs, BC_ADDPTRB, dst, pl.reg, pl.off);
            } else if (pl.kind == PL_MEM) {
                if (pl.off)
                    cg_emit_abc(fs, BC_ADDPTR, dst, pl.reg, pl.off);
                else
                    cg_emit_abc(fs, BC_ADDPTR, dst, pl.reg, 0);
            } else
                cg_error(fs, e, "address of a register variable (not boxed)");
            break;
        }
        default: cg_error(fs, e, "unary operator"); break;
        }
        break;
    case N_BINARY: cg_binary(fs, e, dst); break;
    case N_CONVERT: {
        Node *x = e->a;
        if (x->type == e->type || (U(x->type) == U(e->type) && U(e->type)->kind != TY_INTERFACE)) {
            cg_expr(fs, x, dst);
            break;
        }
        if (U(e->type)->kind == TY_INTERFACE && U(x->type)->kind != TY_INTERFACE &&
            type_words(x->type) > CG_BIG_VALUE_WORDS && cg_big_to_iface(fs, x, e->type, dst))
            break;
        int r = cg_expr_any(fs, x);
        cg_convert_to(fs, x->type, e->type, r, dst, e);
        break;
    }
    default: cg_error(fs, e, "expression kind %s", ast_kind_names[e->kind]); break;
    }
    cg_free_to(fs, save);
    fs->line = oldline;
}
