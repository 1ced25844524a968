/* check_stmt.c - statements: blocks and scopes, declarations inside functions,
 * assignments (with multi-value and comma-ok forms), control flow, branch
 * targets and labels, terminating statements, unused variables, and the final
 * pass that gives every remaining untyped expression its default type.
 */
#include <stdio.h>
#include <string.h>

#include "../vm/object.h"
#include "arena.h"
#include "check_internal.h"

void ck_finalize(Node *n);

static bool is_blank(Node *n) {
    n = ck_unparen(n);
    return n && n->kind == N_IDENT && strcmp(n->name, "_") == 0;
}

static Symbol *new_local(Ck *c, Node *id, Type *t) {
    Symbol *s = ck_symbol_new(c, SYM_VAR, id->name, t, id);
    s->owner_func = c->func;
    id->sym = s;
    id->type = t;
    return s;
}

static bool is_comma_ok_candidate(Node *n) {
    n = ck_unparen(n);
    if (!n) return false;
    if (n->kind == N_TYPEASSERT) return true;
    if (n->kind == N_UNARY && n->op == OP_ARROW) return true;
    if (n->kind == N_INDEX && n->a->type && n->a->type->underlying &&
        n->a->type->underlying->kind == TY_MAP)
        return true;
    return false;
}

static void set_comma_ok(Node *n) {
    Node *u = ck_unparen(n);
    Type *ts[2] = {u->type, ty_bool};
    Type *tt = type_tuple(ts, 2);
    u->flags |= NF_COMMA_OK;
    u->type = tt;
    for (Node *p = n; p != u; p = p->a) {
        p->type = tt;
        p->flags |= NF_COMMA_OK;
    }
}

static const char *plural(int n, const char *one, const char *many) {
    return n == 1 ? one : many;
}

static void mismatch(Ck *c, Node *at, int nl, int nr, Node *call, int returns) {
    Node *u = call ? ck_unparen(call) : NULL;
    if (u && u->kind == N_CALL) u = u->a; /* gc 1.19 names the function: "f returns" */
    if (call)
        ck_error(c, at, "assignment mismatch: %d %s but %s returns %d %s", nl,
                 plural(nl, "variable", "variables"), ck_expr_str(u), returns,
                 plural(returns, "value", "values"));
    else
        ck_error(c, at, "assignment mismatch: %d %s but %d %s", nl,
                 plural(nl, "variable", "variables"), nr, plural(nr, "value", "values"));
}

/* Evaluates the right-hand sides for nl targets; returns the per-target types
 * (NULL on error). Single values are left unconverted for the caller. */
static Type **rhs_types(Ck *c, NodeList *rhs, int nl, Node *at) {
    Type **ts = ar_alloc(sizeof *ts * (size_t)(nl + 1));
    int nr = rhs->len;
    if (nr == 1 && nl == 1) {
        Type *t = ck_multi_expr(c, &rhs->items[0]);
        if (t == ty_invalid) return NULL;
        if (t->kind == TY_TUPLE) {
            mismatch(c, rhs->items[0], 1, 1, rhs->items[0], t->nparams);
            return NULL;
        }
        ts[0] = t;
        return ts;
    }
    if (nr == nl) {
        bool ok = true;
        for (int i = 0; i < nr; i++) {
            ts[i] = ck_expr(c, &rhs->items[i]);
            if (ts[i] == ty_invalid) ok = false;
        }
        return ok ? ts : NULL;
    }
    if (nr == 1) {
        Type *t = ck_multi_expr(c, &rhs->items[0]);
        if (t == ty_invalid) return NULL;
        Node *r = rhs->items[0];
        if (t->kind == TY_TUPLE) {
            if (t->nparams != nl) {
                mismatch(c, r, nl, nr, r, t->nparams);
                return NULL;
            }
            for (int i = 0; i < nl; i++)
                ts[i] = t->params[i];
            return ts;
        }
        if (nl == 2 && is_comma_ok_candidate(r)) {
            if (type_is_untyped(t)) ck_default(c, &rhs->items[0]);
            r = rhs->items[0];
            ts[0] = r->type;
            ts[1] = ty_untyped_bool;
            set_comma_ok(r);
            return ts;
        }
        mismatch(c, r, nl, nr, NULL, 0);
        return NULL;
    }
    for (int i = 0; i < nr; i++)
        ck_expr_raw(c, &rhs->items[i], NULL);
    Node *r0 = rhs->items[0];
    if (nl == 1 && nr > 1) (void)r0;
    mismatch(c, at, nl, nr, NULL, 0);
    return NULL;
}

/* ---------- var declarations ---------- */

void ck_var_init(Ck *c, Node *spec, Type *t, bool global) {
    int nl = spec->list.len, nr = spec->list2.len;
    if (nr == 0) {
        for (int i = 0; i < nl; i++) {
            Symbol *s = spec->list.items[i]->sym;
            if (s) s->type = t ? t : ty_invalid;
            spec->list.items[i]->type = t;
        }
        return;
    }
    Type **ts = NULL;
    if (nr == nl) {
        ts = ar_alloc(sizeof *ts * (size_t)nl);
        for (int i = 0; i < nl; i++) {
            Node **pv = &spec->list2.items[i];
            Type *vt = nl == 1 ? ck_multi_expr(c, pv) : ck_expr(c, pv);
            if (vt->kind == TY_TUPLE) {
                mismatch(c, *pv, 1, 1, *pv, vt->nparams);
                vt = ty_invalid;
            }
            if (vt == ty_invalid) {
                ts[i] = ty_invalid;
                continue;
            }
            if (t) {
                ts[i] = ck_assign(c, pv, t, "variable declaration") ? t : ty_invalid;
            } else {
                if (vt->kind == TY_UNTYPED_NIL) {
                    ck_error(c, *pv, "use of untyped nil in variable declaration");
                    ts[i] = ty_invalid;
                    continue;
                }
                ts[i] = ck_default_in(c, pv, "variable declaration") ? (*pv)->type : ty_invalid;
            }
        }
    } else {
        ts = rhs_types(c, &spec->list2, nl, spec->list.items[0]);
        if (ts && t) {
            Type **targets = ar_alloc(sizeof *targets * (size_t)nl);
            for (int i = 0; i < nl; i++)
                targets[i] = t;
            /* gc 1.19 says "assignment" here, unlike for single values */
            ck_assign_spread(c, spec->list2.items[0], ts, targets, nl, "assignment");
        }
        if (ts)
            for (int i = 0; i < nl; i++)
                ts[i] = t ? t : ts[i] == ty_untyped_bool ? ty_bool : ts[i];
    }
    for (int i = 0; i < nl; i++) {
        Node *id = spec->list.items[i];
        Type *vt = ts ? ts[i] : ty_invalid;
        if (id->sym) id->sym->type = vt;
        id->type = vt;
    }
    if (global)
        for (int i = 0; i < nr; i++)
            ck_finalize(spec->list2.items[i]);
}

static void local_var_decl(Ck *c, Node *spec) {
    Type *t = spec->a ? ck_type(c, spec->a) : NULL;
    for (int i = 0; i < spec->list.len; i++)
        new_local(c, spec->list.items[i], t);
    ck_var_init(c, spec, t, false);
    for (int i = 0; i < spec->list.len; i++) {
        Node *id = spec->list.items[i];
        ck_declare(c, c->scope, id->sym, id);
    }
}

static void local_const_decl(Ck *c, Node *gd) {
    Node *last = NULL;
    for (int si = 0; si < gd->list.len; si++) {
        Node *spec = gd->list.items[si];
        if (spec->list2.len) last = spec;
        Symbol **syms = ar_alloc(sizeof *syms * (size_t)(spec->list.len + 1));
        for (int i = 0; i < spec->list.len; i++) {
            Node *id = spec->list.items[i];
            Symbol *s = ck_symbol_new(c, SYM_CONST, id->name, ty_invalid, id);
            ck_sym_used(s);
            id->sym = s;
            syms[i] = s;
            if (!last || i >= last->list2.len) {
                ck_error(c, id, "missing init expr for const declaration");
                continue;
            }
            Node *e = last == spec ? spec->list2.items[i] : ast_copy(last->list2.items[i]);
            bool save = c->in_const;
            int64_t save_iota = c->iota;
            c->in_const = true;
            c->iota = si;
            Type *t = last->a ? ck_type(c, last->a) : NULL;
            Node *holder = e;
            Type *et = ck_expr(c, &holder);
            c->in_const = save;
            c->iota = save_iota;
            if (et == ty_invalid || t == ty_invalid) continue;
            if (!holder->cval) {
                ck_error(c, holder, "%s is not constant", ck_operand_str(c, holder));
                continue;
            }
            if (t && !ck_assign(c, &holder, t, "constant declaration")) continue;
            s->type = holder->type;
            s->cval = holder->cval;
            if (last == spec) spec->list2.items[i] = holder;
        }
        for (int i = 0; i < spec->list.len; i++)
            ck_declare(c, c->scope, syms[i], spec->list.items[i]);
    }
}

static void local_type_decl(Ck *c, Node *spec) {
    Symbol *s = ck_symbol_new(c, SYM_TYPE, spec->name, NULL, spec);
    ck_sym_used(s);
    spec->sym = s;
    if (spec->flags & NF_ALIAS) {
        s->type = ck_type(c, spec->a);
        ck_declare(c, c->scope, s, spec);
        return;
    }
    s->type = type_named(spec->name, c->pkg, s);
    s->type->named->decl = spec;
    ck_declare(c, c->scope, s, spec);
    Type *u = ck_type(c, spec->a);
    if (!s->type->underlying) type_set_underlying(s->type, u);
}

static void decl_stmt(Ck *c, Node *gd) {
    switch (gd->op) {
    case OP_VAR:
        for (int i = 0; i < gd->list.len; i++)
            local_var_decl(c, gd->list.items[i]);
        break;
    case OP_CONST: local_const_decl(c, gd); break;
    case OP_TYPE:
        for (int i = 0; i < gd->list.len; i++)
            local_type_decl(c, gd->list.items[i]);
        break;
    default: break;
    }
}

/* ---------- assignments ---------- */

/* Checks an assignment target; returns its type, NULL for the blank identifier. */
static Type *check_lhs(Ck *c, Node **pl) {
    Node *l = *pl;
    if (is_blank(l)) {
        l->type = NULL;
        return NULL;
    }
    Node *u = ck_unparen(l);
    Symbol *s = NULL;
    bool was_used = false;
    if (u->kind == N_IDENT) {
        s = ck_lookup(c, u->name);
        if (s && s->kind == SYM_VAR) was_used = s->used;
    }
    Type *t = ck_expr(c, pl);
    if (s && s->kind == SYM_VAR && !s->global) s->used = was_used;
    if (t == ty_invalid) return ty_invalid;
    l = *pl;
    u = ck_unparen(l);
    if (l->flags & NF_ADDRESSABLE) return t;
    if (u->kind == N_INDEX && u->a->type && u->a->type->underlying->kind == TY_MAP) return t;
    if (u->kind == N_SELECTOR && u->sel_kind == SEL_FIELD) {
        Node *x = ck_unparen(u->a);
        while (x->kind == N_SELECTOR && (x->flags & NF_IMPLICIT))
            x = ck_unparen(x->a);
        if (x->kind == N_INDEX && x->a->type && x->a->type->underlying->kind == TY_MAP) {
            ck_error(c, l, "cannot assign to struct field %s in map", ck_expr_str(l));
            return ty_invalid;
        }
    }
    ck_error(c, l, "cannot assign to %s", ck_operand_str(c, l));
    return ty_invalid;
}

static void assign_blank(Ck *c, Node **pr, const char *ctx) {
    Node *r = *pr;
    if (ck_is_invalid(r)) return;
    if (r->type->kind == TY_UNTYPED_NIL) {
        ck_error(c, r, "use of untyped nil in %s", ctx);
        return;
    }
    ck_default_in(c, pr, ctx);
}

static void assign_stmt(Ck *c, Node *s) {
    if (s->op != OP_ASSIGN) {
        if (s->list.len != 1 || s->list2.len != 1) {
            ck_error(c, s, "assignment operation %s= requires single-valued expressions",
                     ast_op_names[s->op]);
            return;
        }
        Node *copy = ast_copy(s->list.items[0]);
        Type *lt = check_lhs(c, &s->list.items[0]);
        /* x op= y reads x: gc counts it as a use */
        ck_mark_used(s->list.items[0]);
        if (!lt || lt == ty_invalid) {
            ck_expr(c, &s->list2.items[0]);
            return;
        }
        Node *bin = ast_new(N_BINARY, s->line, s->col);
        bin->op = s->op;
        bin->a = copy;
        bin->b = s->list2.items[0];
        Node *hold = bin;
        Type *bt = ck_expr(c, &hold);
        s->list2.items[0] = bin->b;
        if (bt == ty_invalid) return;
        if (type_is_untyped(bt)) ck_convert_untyped(c, &hold, lt);
        return;
    }
    int nl = s->list.len, nr = s->list2.len;
    Type **lts = ar_alloc(sizeof *lts * (size_t)(nl + 1));
    for (int i = 0; i < nl; i++)
        lts[i] = check_lhs(c, &s->list.items[i]);
    if (nl == nr) {
        for (int i = 0; i < nr; i++) {
            Node **pr = &s->list2.items[i];
            Type *rt = nl == 1 ? ck_multi_expr(c, pr) : ck_expr(c, pr);
            if (rt == ty_invalid) continue;
            if (rt->kind == TY_TUPLE) {
                mismatch(c, *pr, 1, 1, *pr, rt->nparams);
                continue;
            }
            if (!lts[i]) {
                /* gc names the blank target here (not in :=, nor for a spread) */
                assign_blank(c, pr, "assignment to _ identifier");
                s->list.items[i]->type = (*pr)->type;
            } else if (lts[i] != ty_invalid)
                ck_assign(c, pr, lts[i], "assignment");
        }
        return;
    }
    Type **ts = rhs_types(c, &s->list2, nl, s->list.items[0]);
    if (!ts) return;
    for (int i = 0; i < nl; i++) {
        Type *vt = ts[i] == ty_untyped_bool ? ty_bool : ts[i];
        if (!lts[i]) s->list.items[i]->type = vt;
    }
    ck_assign_spread(c, s->list2.items[0], ts, lts, nl, "assignment");
}

static void define_stmt(Ck *c, Node *s) {
    int nl = s->list.len;
    for (int i = 0; i < nl; i++) {
        Node *l = s->list.items[i];
        if (l->kind != N_IDENT) {
            ck_error(c, l, "non-name %s on left side of :=", ck_expr_str(l));
            for (int j = 0; j < s->list2.len; j++)
                ck_expr_raw(c, &s->list2.items[j], NULL);
            return;
        }
    }
    Type **ts = rhs_types(c, &s->list2, nl, s->list.items[0]);
    bool any_new = false;
    Symbol **news = ar_alloc(sizeof *news * (size_t)(nl + 1));
    Type **targets = ar_alloc(sizeof *targets * (size_t)(nl + 1)); /* reused vars of a spread */
    for (int i = 0; i < nl; i++) {
        Node *l = s->list.items[i];
        Type *vt = ts ? ts[i] : ty_invalid;
        if (vt == ty_untyped_bool && nl != s->list2.len) vt = ty_bool;
        if (is_blank(l)) {
            if (ts && nl == s->list2.len) assign_blank(c, &s->list2.items[i], "assignment");
            l->type = ts && nl == s->list2.len ? s->list2.items[i]->type : vt;
            any_new = any_new || false;
            continue;
        }
        bool dup = false;
        for (int j = 0; j < i; j++)
            if (s->list.items[j]->kind == N_IDENT && strcmp(s->list.items[j]->name, l->name) == 0)
                dup = true;
        if (dup) {
            ck_error(c, l, "%s repeated on left side of :=", l->name);
            continue;
        }
        Symbol *old = ck_scope_lookup_local(c->scope, l->name);
        if (old && old->kind == SYM_VAR) {
            l->sym = old;
            l->type = old->type;
            l->flags |= NF_ADDRESSABLE;
            if (ts && vt != ty_invalid) {
                if (nl == s->list2.len)
                    ck_assign(c, &s->list2.items[i], old->type, "assignment");
                else
                    targets[i] = old->type;
            }
            continue;
        }
        any_new = true;
        if (ts && vt != ty_invalid && nl == s->list2.len) {
            Node **pr = &s->list2.items[i];
            if ((*pr)->type->kind == TY_UNTYPED_NIL) {
                ck_error(c, *pr, "use of untyped nil in assignment");
                vt = ty_invalid;
            } else {
                vt = ck_default_in(c, pr, "assignment") ? (*pr)->type : ty_invalid;
            }
        }
        news[i] = new_local(c, l, vt);
    }
    if (ts && nl != s->list2.len)
        ck_assign_spread(c, s->list2.items[0], ts, targets, nl, "assignment");
    if (!any_new) {
        ck_error(c, s, "no new variables on left side of :=");
        return;
    }
    for (int i = 0; i < nl; i++)
        if (news[i]) ck_declare(c, c->scope, news[i], s->list.items[i]);
}

/* ---------- branches and labels ---------- */

static Label *find_label(Ck *c, const char *name) {
    for (int i = 0; i < c->nlabels; i++)
        if (strcmp(c->labels[i].name, name) == 0) return &c->labels[i];
    return NULL;
}

static void collect_labels(Ck *c, Node *n) {
    if (!n || n->kind == N_FUNCLIT) return;
    if (n->kind == N_LABELED) {
        Label *old = find_label(c, n->name);
        if (old) {
            ck_error(c, n, "label %s already defined at %s:%d:%d", n->name, c->file,
                     old->labeled->line, old->labeled->col);
        } else if (strcmp(n->name, "_") != 0) {
            if (c->nlabels == c->caplabels) {
                int cap = c->caplabels ? c->caplabels * 2 : 8;
                Label *l = ar_alloc(sizeof *l * (size_t)cap);
                if (c->nlabels) memcpy(l, c->labels, sizeof *l * (size_t)c->nlabels);
                c->labels = l;
                c->caplabels = cap;
            }
            c->labels[c->nlabels].name = n->name;
            c->labels[c->nlabels].labeled = n;
            c->labels[c->nlabels].used = false;
            c->nlabels++;
        }
    }
    switch (n->kind) {
    case N_BLOCK:
    case N_CASECLAUSE:
    case N_COMMCLAUSE:
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT:
        for (int i = 0; i < n->list.len; i++)
            collect_labels(c, n->list.items[i]);
        for (int i = 0; i < n->list2.len; i++)
            collect_labels(c, n->list2.items[i]);
        break;
    case N_LABELED: collect_labels(c, n->a); break;
    case N_IF:
        collect_labels(c, n->c);
        collect_labels(c, n->d);
        break;
    case N_FOR:
    case N_RANGE: collect_labels(c, n->d); break;
    default: break;
    }
}

static void branch_stmt(Ck *c, Node *s) {
    switch (s->op) {
    case OP_BREAK:
    case OP_CONTINUE: {
        bool is_break = s->op == OP_BREAK;
        if (s->name) {
            Label *lb = find_label(c, s->name);
            if (lb) lb->used = true;
            for (int i = c->ntargets - 1; i >= 0; i--) {
                Target *t = &c->targets[i];
                if (t->label && strcmp(t->label, s->name) == 0) {
                    if (!is_break && !t->is_loop) break;
                    s->target = t->stmt;
                    t->stmt->flags |= is_break ? NF_HASBREAK : NF_HASCONT;
                    return;
                }
            }
            if (!lb)
                ck_error(c, s, "%s label not defined: %s", is_break ? "break" : "continue",
                         s->name);
            else
                ck_error(c, s, "invalid %s label %s", is_break ? "break" : "continue", s->name);
            return;
        }
        for (int i = c->ntargets - 1; i >= 0; i--) {
            Target *t = &c->targets[i];
            if (!is_break && !t->is_loop) continue;
            s->target = t->stmt;
            t->stmt->flags |= is_break ? NF_HASBREAK : NF_HASCONT;
            return;
        }
        ck_error(c, s,
                 is_break ? "break is not in a loop, switch, or select"
                          : "continue is not in a loop");
        return;
    }
    case OP_GOTO: {
        Label *lb = s->name ? find_label(c, s->name) : NULL;
        if (!lb) {
            ck_error(c, s, "label %s not defined", s->name ? s->name : "?");
            return;
        }
        lb->used = true;
        s->target = lb->labeled;
        return;
    }
    case OP_FALLTHROUGH:
        if (!s->target) ck_error(c, s, "fallthrough statement out of place");
        return;
    default: return;
    }
}

static void push_target(Ck *c, Node *stmt, const char *label, bool loop) {
    if (c->ntargets < (int)(sizeof c->targets / sizeof c->targets[0])) {
        c->targets[c->ntargets].stmt = stmt;
        c->targets[c->ntargets].label = label;
        c->targets[c->ntargets].is_loop = loop;
    }
    c->ntargets++;
}

static void pop_target(Ck *c) {
    c->ntargets--;
}

/* ---------- blocks and scopes ---------- */

static void open_scope(Ck *c) {
    c->scope = ck_scope_new(c->scope, c->func);
}

static void close_scope(Ck *c) {
    ck_check_unused(c, c->scope);
    c->scope = c->scope->parent;
}

void ck_check_unused(Ck *c, Scope *s) {
    if (c->snippet_main) return;
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = s->syms[i];
        if (sym->kind != SYM_VAR || sym->used || sym->is_param || sym->global) continue;
        if (strcmp(sym->name, "_") == 0 || !sym->decl) continue;
        /* like gc: a variable whose type or initializer failed is not reported again */
        if (!sym->type || sym->type == ty_invalid) continue;
        ck_error(c, sym->decl, "declared and not used: %s", sym->name);
    }
}

static void stmt_list(Ck *c, NodeList *l) {
    for (int i = 0; i < l->len && !diag_full(c->d); i++)
        ck_stmt(c, l->items[i]);
}

void ck_block(Ck *c, Node *blk, bool new_scope) {
    if (!blk) return;
    if (c->nlabels == 0 && c->func &&
        (c->func->kind == N_FUNCDECL ? c->func->c : c->func->b) == blk)
        collect_labels(c, blk);
    if (new_scope) open_scope(c);
    stmt_list(c, &blk->list);
    if (new_scope) close_scope(c);
}

/* ---------- control flow ---------- */

static void condition(Ck *c, Node **pc, const char *what) {
    Type *t = ck_expr(c, pc);
    if (t == ty_invalid) return;
    Type *u = t->underlying ? t->underlying : t;
    if (u->kind != TY_BOOL && u->kind != TY_UNTYPED_BOOL) {
        ck_error(c, *pc, "non-boolean condition in %s statement", what);
        return;
    }
    if (type_is_untyped(t)) ck_convert_untyped(c, pc, ty_bool);
}

static void simple_stmt(Ck *c, Node *s) {
    if (s) ck_stmt(c, s);
}

static void for_stmt(Ck *c, Node *s, const char *label) {
    open_scope(c);
    simple_stmt(c, s->a);
    if (s->b) condition(c, &s->b, "for");
    if (s->c) {
        if (s->c->kind == N_DEFINE)
            ck_error(c, s->c, "cannot declare in post statement of for loop");
        else
            simple_stmt(c, s->c);
    }
    push_target(c, s, label, true);
    ck_block(c, s->d, true);
    pop_target(c);
    close_scope(c);
}

static void range_stmt(Ck *c, Node *s, const char *label) {
    Type *xt = ck_expr(c, &s->a);
    Type *kt = ty_invalid, *vt = ty_invalid;
    int maxvars = 2;
    if (xt != ty_invalid) {
        if (type_is_untyped(xt)) {
            if (type_is_integer(xt) && s->a->cval)
                ck_convert_untyped(c, &s->a, ty_int);
            else
                ck_default(c, &s->a);
            xt = s->a->type;
        }
        Type *u = xt->underlying ? xt->underlying : xt;
        if (u->kind == TY_POINTER && u->elem && u->elem->underlying &&
            u->elem->underlying->kind == TY_ARRAY)
            u = u->elem->underlying;
        if (u->kind == TY_ARRAY && ck_has_call_or_recv(s->a)) s->flags |= NF_RANGE_EVAL;
        switch (u->kind) {
        case TY_STRING: kt = ty_int, vt = ty_int32; break;
        case TY_ARRAY:
        case TY_SLICE: kt = ty_int, vt = u->elem; break;
        case TY_MAP: kt = u->key, vt = u->elem; break;
        case TY_CHAN:
            kt = u->elem;
            maxvars = 1;
            if (u->chan_dir == CHAN_SEND) {
                ck_error(c, s->a, "cannot range over %s (receive from send-only channel)",
                         ck_operand_str(c, s->a));
                kt = ty_invalid;
            }
            break;
        default:
            if (type_is_integer(u)) {
                kt = xt;
                maxvars = 1;
                break;
            }
            ck_error(c, s->a, "cannot range over %s", ck_operand_str(c, s->a));
            break;
        }
        if (s->list.len > 2) {
            ck_error(c, s->list.items[2], "range clause permits at most two iteration variables");
        } else if (s->list.len > maxvars && kt != ty_invalid) {
            ck_error(c, s->list.items[maxvars], "range over %s permits only one iteration variable",
                     ck_operand_str(c, s->a));
        }
    }
    open_scope(c);
    Type *types[2] = {kt, vt};
    if (s->flags & NF_DEFINE) {
        Symbol *syms[2] = {NULL, NULL};
        for (int i = 0; i < s->list.len && i < 2; i++) {
            Node *id = s->list.items[i];
            if (id->kind != N_IDENT) {
                ck_error(c, id, "non-name %s on left side of :=", ck_expr_str(id));
                continue;
            }
            id->type = types[i];
            if (is_blank(id)) continue;
            syms[i] = new_local(c, id, types[i]);
        }
        for (int i = 0; i < 2; i++)
            if (syms[i]) ck_declare(c, c->scope, syms[i], s->list.items[i]);
    } else {
        for (int i = 0; i < s->list.len && i < 2; i++) {
            Type *lt = check_lhs(c, &s->list.items[i]);
            if (!lt) {
                s->list.items[i]->type = types[i];
                continue;
            }
            if (lt == ty_invalid || types[i] == ty_invalid) continue;
            Node tmp = {0};
            tmp.kind = N_IDENT;
            tmp.type = types[i];
            if (!ck_assignable(c, &tmp, lt, NULL, 0))
                ck_error(c, s->list.items[i],
                         "cannot use %s (value of type %s) as %s value in range clause",
                         ck_expr_str(s->list.items[i]), ck_tstr(c, types[i]), ck_tstr(c, lt));
        }
    }
    push_target(c, s, label, true);
    ck_block(c, s->d, true);
    pop_target(c);
    close_scope(c);
}

static void clause_body(Ck *c, Node *clause, bool last, bool allow_fallthrough,
                        bool in_type_switch) {
    NodeList *body = &clause->list2;
    if (body->len) {
        Node *tail = body->items[body->len - 1];
        if (tail->kind == N_BRANCH && tail->op == OP_FALLTHROUGH) {
            if (!allow_fallthrough) {
                /* reported by branch_stmt, except in a type switch (gc's wording) */
                if (clause->kind == N_CASECLAUSE && in_type_switch) {
                    ck_error(c, tail, "cannot fallthrough in type switch");
                    tail->target = clause;
                }
            } else if (last) {
                ck_error(c, tail, "cannot fallthrough final case in switch");
                tail->target = clause;
            } else {
                tail->target = clause; /* replaced by the next clause below */
                clause->flags |= NF_FALLTHROUGH;
            }
        }
    }
    stmt_list(c, body);
}

/* The constant a switch case compares with, seen through the implicit conversion of an
 * untyped constant to an interface tag (types2 looks for duplicates on that value and its
 * default type). */
static Node *case_const(Node *e) {
    if (e->kind == N_CONVERT && (e->flags & NF_IMPLICIT) && !e->cval && e->a) e = e->a;
    return e->cval ? e : NULL;
}

/* One case value e of an expression switch on tag (tag_str: how gc names the tag; "true" for
 * a missing one), as types2's caseValues checks it: the untyped value converted to the tag's
 * type, then the comparison e == tag. The checked case may have a different type from the
 * tag only when one of them is an interface (the compiler converts the other side). */
static bool switch_case(Ck *c, Node **pe, Type *tag, const char *tag_str) {
    Type *et = ck_expr(c, pe);
    if (et == ty_invalid || tag == ty_invalid) return false;
    if (type_is_untyped(et)) {
        const char *desc = ck_operand_str(c, *pe);
        Type *tu = tag->underlying ? tag->underlying : tag;
        switch (ck_convert_untyped_code(c, pe, tag)) {
        case 0: break;
        case 2: ck_error(c, *pe, "%s overflows %s", desc, ck_tstr(c, tu)); return false;
        case 3: ck_error(c, *pe, "%s truncated to %s", desc, ck_tstr(c, tu)); return false;
        case 4: return false;
        default: ck_error(c, *pe, "cannot convert %s to %s", desc, ck_tstr(c, tu)); return false;
        }
        et = (*pe)->type;
    }
    Node *e = *pe;
    bool enil =
        ck_unparen(e)->kind == N_IDENT && ck_unparen(e)->sym && ck_unparen(e)->sym->kind == SYM_NIL;
    if (et != tag && !ck_identical(et, tag)) {
        if (ck_assignable(c, e, tag, NULL, 0)) {
            ck_wrap_convert(c, pe, tag);
        } else {
            Node tn = {0};
            tn.type = tag;
            if (!(type_is_interface(et) && ck_assignable(c, &tn, et, NULL, 0))) {
                ck_error(c, e, "invalid case %s in switch on %s (mismatched types %s and %s)",
                         ck_expr_str(e), tag_str, ck_tstr(c, et), ck_tstr(c, tag));
                return false;
            }
        }
    }
    if (!enil) {
        Type *bad = !type_comparable(et) ? et : !type_comparable(tag) ? tag : NULL;
        if (bad) {
            const char *why = ck_incomparable_reason(c, bad);
            ck_error(c, e, "invalid case %s in switch on %s (%s)", ck_expr_str(e), tag_str,
                     why ? why : "operator == not defined on this type");
            return false;
        }
    }
    return true;
}

static void switch_stmt(Ck *c, Node *s, const char *label) {
    open_scope(c);
    simple_stmt(c, s->a);
    /* spec: a missing switch expression is the boolean value true */
    Type *tag = ty_bool;
    const char *tag_str = "true";
    if (s->b) {
        tag = ck_expr(c, &s->b);
        if (tag != ty_invalid) {
            if (tag->kind == TY_UNTYPED_NIL) {
                ck_error(c, s->b, "use of untyped nil in switch expression");
                tag = ty_invalid;
            } else if (!ck_default_in(c, &s->b, "switch expression")) {
                tag = ty_invalid;
            } else {
                tag = s->b->type;
                /* a value of a type with nil can be switched on: its cases compare with nil */
                if (!type_comparable(tag) && !type_has_nil(tag)) {
                    const char *op = ck_operand_str(c, s->b);
                    ck_error(c, s->b, "cannot switch on %s (%s is not comparable)", op,
                             ck_tstr(c, tag));
                    tag = ty_invalid;
                }
            }
        }
        tag_str = ck_expr_str(s->b);
    }
    push_target(c, s, label, false);
    Node *seen_default = NULL;
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        if (cl->flags & NF_DEFAULT || cl->list.len == 0) {
            if (seen_default) ck_error(c, cl, "multiple defaults in switch");
            seen_default = cl;
        }
        for (int j = 0; j < cl->list.len; j++) {
            Node **pe = &cl->list.items[j];
            if (!switch_case(c, pe, tag, tag_str)) continue;
            /* gc reports duplicates among integer, float and string constants only */
            Node *e = case_const(*pe);
            if (e && (e->cval->kind == CV_INT || e->cval->kind == CV_FLOAT ||
                      e->cval->kind == CV_STRING)) {
                for (int pi = 0; pi <= i; pi++) {
                    Node *pc = s->list.items[pi];
                    int lim = pi == i ? j : pc->list.len;
                    for (int pj = 0; pj < lim; pj++) {
                        Node *o = case_const(pc->list.items[pj]);
                        if (o && ck_identical(o->type, e->type) && o->cval->kind == e->cval->kind &&
                            cv_compare(OP_EQL, o->cval, e->cval)) {
                            ck_error(c, e, "duplicate case %s in expression switch",
                                     ck_operand_str(c, e));
                            pj = lim;
                            pi = i + 1;
                        }
                    }
                }
            }
        }
        open_scope(c);
        clause_body(c, cl, i == s->list.len - 1, true, false);
        close_scope(c);
    }
    /* fallthrough targets: the next clause */
    for (int i = 0; i + 1 < s->list.len; i++) {
        Node *cl = s->list.items[i];
        if (cl->flags & NF_FALLTHROUGH)
            cl->list2.items[cl->list2.len - 1]->target = s->list.items[i + 1];
    }
    pop_target(c);
    close_scope(c);
}

static void type_switch(Ck *c, Node *s, const char *label) {
    open_scope(c);
    simple_stmt(c, s->a);
    Type *xt = ck_expr(c, &s->b);
    if (xt != ty_invalid && xt->kind != TY_INTERFACE) {
        ck_error(c, s->b, "%s is not an interface", ck_operand_str(c, s->b));
        xt = ty_invalid;
    }
    push_target(c, s, label, false);
    bool any_used = false;
    Symbol *first = NULL;
    Node *seen_default = NULL;
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        if (cl->flags & NF_DEFAULT || cl->list.len == 0) {
            if (seen_default) ck_error(c, cl, "multiple defaults in switch");
            seen_default = cl;
        }
        Type *single = NULL;
        for (int j = 0; j < cl->list.len; j++) {
            Node *e = cl->list.items[j];
            Node *u = ck_unparen(e);
            Type *t;
            if (u->kind == N_IDENT && strcmp(u->name, "nil") == 0 && ck_lookup(c, "nil") &&
                ck_lookup(c, "nil")->kind == SYM_NIL) {
                e->type = ty_untyped_nil;
                u->sym = ck_lookup(c, "nil");
                t = ty_untyped_nil;
            } else {
                t = ck_type(c, e);
                if (t == ty_invalid || xt == ty_invalid) {
                    single = ty_invalid;
                    continue;
                }
                if (t->kind != TY_INTERFACE) {
                    char why[512];
                    if (!ck_implements(c, t, xt, why, sizeof why)) {
                        const char *w = strstr(why, " (");
                        ck_error(c, e,
                                 "impossible type switch case: %s cannot have dynamic type %s%s",
                                 ck_operand_str(c, s->b), ck_tstr(c, t), w ? w : "");
                        continue;
                    }
                }
            }
            for (int pi = 0; pi <= i; pi++) {
                Node *pc = s->list.items[pi];
                int lim = pi == i ? j : pc->list.len;
                for (int pj = 0; pj < lim; pj++)
                    if (pc->list.items[pj]->type == t && t != ty_invalid) {
                        ck_error(c, e, "duplicate case %s in type switch", ck_expr_str(e));
                        pj = lim;
                        pi = i + 1;
                    }
            }
            single = cl->list.len == 1 ? t : NULL;
        }
        open_scope(c);
        if (s->name) {
            Type *vt = (single && single != ty_untyped_nil) ? single : xt;
            Node *id = ast_new(N_IDENT, s->line, s->col);
            id->name = s->name;
            Symbol *sym = new_local(c, id, vt);
            sym->decl = NULL; /* reported once for the whole switch */
            cl->sym = sym;
            ck_declare(c, c->scope, sym, id);
            if (!first) first = sym;
        }
        clause_body(c, cl, i == s->list.len - 1, false, true);
        if (cl->sym && cl->sym->used) any_used = true;
        close_scope(c);
    }
    if (s->name && strcmp(s->name, "_") != 0 && !any_used && !c->snippet_main)
        ck_error(c, s, "declared and not used: %s", s->name);
    pop_target(c);
    close_scope(c);
}

static void select_stmt(Ck *c, Node *s, const char *label) {
    push_target(c, s, label, false);
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        open_scope(c);
        Node *comm = cl->a;
        if (comm) {
            bool ok = false;
            Node *recv = NULL;
            if (comm->kind == N_SENDSTMT)
                ok = true;
            else if (comm->kind == N_EXPRSTMT)
                recv = comm->a;
            else if ((comm->kind == N_ASSIGN || comm->kind == N_DEFINE) && comm->list2.len == 1)
                recv = comm->list2.items[0];
            if (recv) {
                Node *u = ck_unparen(recv);
                ok = u->kind == N_UNARY && u->op == OP_ARROW;
            }
            if (!ok) {
                /* types2 reports it at the statement (an assignment's lhs) and skips the
                 * clause */
                Node *at = comm->kind == N_EXPRSTMT ? comm->a : comm, op;
                if (at->kind == N_BINARY && at->op_line) { /* an operation is at its operator */
                    op = *at;
                    op.line = at->op_line;
                    op.col = at->op_col;
                    at = &op;
                }
                if (comm->kind == N_ASSIGN || comm->kind == N_DEFINE) at = comm->list.items[0];
                ck_error(c, at, "select case must be send or receive (possibly with assignment)");
                close_scope(c);
                continue;
            }
            ck_stmt(c, comm);
        }
        stmt_list(c, &cl->list2);
        close_scope(c);
    }
    pop_target(c);
}

static void return_stmt(Ck *c, Node *s) {
    Type *sig = c->sig;
    if (!sig) return;
    int nres = sig->nresults, nv = s->list.len;
    if (nv == 0) {
        if (nres == 0) return;
        Node *ft = c->func->kind == N_FUNCLIT ? c->func->a : c->func->b;
        bool named = ft && ft->list2.len && ft->list2.items[0]->list.len;
        if (named) return;
        ck_error(c, s, "not enough return values\n\thave ()\n\twant %s",
                 ck_tstr(c, type_tuple(sig->results, nres)));
        return;
    }
    if (nv == 1 && nres != 1) {
        Type *t = ck_multi_expr(c, &s->list.items[0]);
        if (t == ty_invalid) return;
        if (t->kind == TY_TUPLE && t->nparams == nres) {
            ck_assign_spread(c, s->list.items[0], t->params, sig->results, nres,
                             "return statement");
            return;
        }
        Node *v = s->list.items[0];
        const char *have = t->kind == TY_TUPLE ? ck_tstr(c, t) : NULL;
        char buf[300];
        if (!have) {
            Type *d = v->type;
            snprintf(buf, sizeof buf, "(%s)",
                     (d->kind == TY_UNTYPED_INT || d->kind == TY_UNTYPED_FLOAT ||
                      d->kind == TY_UNTYPED_COMPLEX || d->kind == TY_UNTYPED_RUNE)
                         ? "number"
                         : ck_tstr(c, ck_default_type(d)));
            have = buf;
        }
        int got = t->kind == TY_TUPLE ? t->nparams : 1;
        ck_error(c, v, "%s return values\n\thave %s\n\twant %s",
                 got < nres ? "not enough" : "too many", have,
                 ck_tstr(c, type_tuple(sig->results, nres)));
        return;
    }
    for (int i = 0; i < nv; i++)
        ck_expr(c, &s->list.items[i]);
    if (nv != nres) {
        for (int i = 0; i < nv; i++)
            if (ck_is_invalid(s->list.items[i])) return;
        char have[512];
        size_t k = 0;
        have[k++] = '(';
        for (int i = 0; i < nv && k < 400; i++) {
            Type *d = s->list.items[i]->type;
            const char *n = (d->kind == TY_UNTYPED_INT || d->kind == TY_UNTYPED_FLOAT ||
                             d->kind == TY_UNTYPED_COMPLEX || d->kind == TY_UNTYPED_RUNE)
                                ? "number"
                                : ck_tstr(c, ck_default_type(d));
            k += (size_t)snprintf(have + k, sizeof have - k, "%s%s", i ? ", " : "", n);
        }
        snprintf(have + k, sizeof have - k, ")");
        ck_error(c, s->list.items[0], "%s return values\n\thave %s\n\twant %s",
                 nv < nres ? "not enough" : "too many", have,
                 ck_tstr(c, type_tuple(sig->results, nres)));
        return;
    }
    for (int i = 0; i < nv; i++)
        if (!ck_is_invalid(s->list.items[i]))
            ck_assign(c, &s->list.items[i], sig->results[i], "return statement");
}

static bool stmt_ok_builtin(Builtin b) {
    switch (b) {
    case BI_COPY:
    case BI_DELETE:
    case BI_PANIC:
    case BI_PRINT:
    case BI_PRINTLN:
    case BI_RECOVER:
    case BI_CLOSE:
    case BI_CLEAR: return true;
    default: return false;
    }
}

static void go_defer(Ck *c, Node *s, const char *what) {
    Node *call = ck_unparen(s->a);
    if (!call || call->kind != N_CALL) {
        ck_error(c, s->a, "expression in %s must be function call", what);
        if (s->a) ck_expr_raw(c, &s->a, NULL);
        return;
    }
    Type *t = ck_expr_raw(c, &s->a, NULL);
    Node *n = s->a;
    if (n->kind == N_CONVERT) {
        ck_error(c, n, "%s requires function call, not conversion", what);
        return;
    }
    if (t == ty_invalid) return;
    if (n->builtin && !stmt_ok_builtin(n->builtin)) {
        ck_error(c, n, "%s discards result of %s", what, ck_operand_str(c, n));
        return;
    }
}

static void stmt_labeled(Ck *c, Node *s, const char *label);

void ck_stmt(Ck *c, Node *s) {
    stmt_labeled(c, s, NULL);
}

static void stmt_labeled(Ck *c, Node *s, const char *label) {
    if (!s) return;
    switch (s->kind) {
    case N_EMPTY: return;
    case N_BLOCK: ck_block(c, s, true); return;
    case N_EXPRSTMT: {
        Node *x = ck_unparen(s->a);
        Type *t = ck_expr_raw(c, &s->a, NULL);
        Node *n = s->a;
        if (t == ty_invalid && !ck_builtin_of(n) && !(n->flags & NF_TYPEEXPR)) return;
        if (n->flags & NF_TYPEEXPR) {
            ck_error(c, n, "%s (type) is not an expression", ck_expr_str(n));
            return;
        }
        if (ck_builtin_of(n)) {
            ck_error(c, n, "%s (built-in) must be called", ck_expr_str(n));
            return;
        }
        x = ck_unparen(n);
        if (x->kind == N_CALL) {
            if (x->builtin && !stmt_ok_builtin(x->builtin))
                ck_error(c, n, "%s is not used", ck_operand_str(c, n));
            return;
        }
        if (x->kind == N_UNARY && x->op == OP_ARROW) return;
        ck_error(c, n, "%s is not used", ck_operand_str(c, n));
        return;
    }
    case N_SENDSTMT: {
        Type *ct = ck_expr(c, &s->a);
        Type *vt = ck_expr(c, &s->b);
        if (ct == ty_invalid || vt == ty_invalid) return;
        Type *u = ct->underlying ? ct->underlying : ct;
        if (u->kind != TY_CHAN) {
            ck_error(c, s->a, "invalid operation: cannot send to non-channel %s",
                     ck_operand_str(c, s->a));
            return;
        }
        if (u->chan_dir == CHAN_RECV) {
            ck_error(c, s->a, "invalid operation: cannot send to receive-only channel %s",
                     ck_operand_str(c, s->a));
            return;
        }
        ck_assign(c, &s->b, u->elem, "send");
        return;
    }
    case N_INCDEC: {
        Type *t = check_lhs(c, &s->a);
        /* x++ reads x: gc counts it as a use (even when the operation is invalid) */
        ck_mark_used(s->a);
        if (!t) {
            ck_error(c, s->a, "cannot use _ as value");
            return;
        }
        if (t == ty_invalid) return;
        if (!type_is_numeric(t->underlying ? t->underlying : t)) {
            ck_error(c, s->a, "invalid operation: %s%s (non-numeric type %s)", ck_expr_str(s->a),
                     ast_op_names[s->op], ck_tstr(c, t));
        }
        return;
    }
    case N_ASSIGN: assign_stmt(c, s); return;
    case N_DEFINE: define_stmt(c, s); return;
    case N_GO: go_defer(c, s, "go"); return;
    case N_DEFER: go_defer(c, s, "defer"); return;
    case N_RETURN: return_stmt(c, s); return;
    case N_BRANCH: branch_stmt(c, s); return;
    case N_LABELED: {
        Node *inner = s->a;
        /* a redefined label (reported) labels nothing, as in gc */
        Label *lb = s->name ? find_label(c, s->name) : NULL;
        const char *name = lb && lb->labeled == s ? s->name : NULL;
        if (inner && (inner->kind == N_FOR || inner->kind == N_RANGE || inner->kind == N_SWITCH ||
                      inner->kind == N_TYPESWITCH || inner->kind == N_SELECT))
            stmt_labeled(c, inner, name);
        else
            ck_stmt(c, inner);
        return;
    }
    case N_IF:
        open_scope(c);
        simple_stmt(c, s->a);
        condition(c, &s->b, "if");
        ck_block(c, s->c, true);
        if (s->d) ck_stmt(c, s->d);
        close_scope(c);
        return;
    case N_FOR: for_stmt(c, s, label); return;
    case N_RANGE: range_stmt(c, s, label); return;
    case N_SWITCH: switch_stmt(c, s, label); return;
    case N_TYPESWITCH: type_switch(c, s, label); return;
    case N_SELECT: select_stmt(c, s, label); return;
    case N_DECLSTMT: decl_stmt(c, s->a); return;
    default: ck_error(c, s, "unexpected statement"); return;
    }
}

/* ---------- terminating statements ---------- */

static bool list_terminates(NodeList *l) {
    if (l->len == 0) return false;
    return ck_terminates(l->items[l->len - 1]);
}

bool ck_terminates(Node *s) {
    if (!s) return false;
    switch (s->kind) {
    case N_RETURN: return true;
    case N_BRANCH: return s->op == OP_GOTO || s->op == OP_FALLTHROUGH;
    case N_EXPRSTMT: {
        Node *x = ck_unparen(s->a);
        return x && x->kind == N_CALL && x->builtin == BI_PANIC;
    }
    case N_BLOCK: return list_terminates(&s->list);
    case N_IF: return s->d && ck_terminates(s->c) && ck_terminates(s->d);
    case N_LABELED: return ck_terminates(s->a);
    case N_FOR: return !s->b && !(s->flags & NF_HASBREAK);
    case N_SWITCH:
    case N_TYPESWITCH: {
        if (s->flags & NF_HASBREAK) return false;
        bool has_default = false;
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.items[i];
            if (cl->flags & NF_DEFAULT || cl->list.len == 0) has_default = true;
            if (!list_terminates(&cl->list2)) return false;
        }
        return has_default;
    }
    case N_SELECT: {
        if (s->flags & NF_HASBREAK) return false;
        for (int i = 0; i < s->list.len; i++)
            if (!list_terminates(&s->list.items[i]->list2)) return false;
        return true;
    }
    default: return false;
    }
}

/* ---------- finalisation ---------- */

void ck_finalize(Node *n) {
    if (!n) return;
    if (n->type && type_is_untyped(n->type) && n->type->kind != TY_UNTYPED_NIL &&
        !(n->flags & NF_TYPEEXPR)) {
        Type *d = ck_default_type(n->type);
        if (n->cval) {
            ConstVal *v = cv_convert(n->cval, d, NULL);
            if (v) n->cval = v;
        }
        n->type = d;
    }
    ck_finalize(n->a);
    ck_finalize(n->b);
    ck_finalize(n->c);
    ck_finalize(n->d);
    for (int i = 0; i < n->list.len; i++)
        ck_finalize(n->list.items[i]);
    for (int i = 0; i < n->list2.len; i++)
        ck_finalize(n->list2.items[i]);
}
