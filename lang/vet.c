/* vet.c - minigo vet: static checks for the concurrency mistakes the Go documents
 * warn about, over the checked AST of package main.
 *
 * Three checks follow go vet 1.19's analyzers, with their words and positions:
 *   copylock     a value containing a lock (sync.Mutex, WaitGroup, ...) is copied
 *   loopclosure  a go/defer func literal, last in a loop body, captures a loop variable
 *                (only under the classic loop semantics: Go 1.22 made it correct)
 *   lostcancel   context.WithCancel's cancel function is discarded, or some path
 *                reaches a return without using it
 * Two are minigo's own and say so in their messages ("(minigo vet)"):
 *   wgadd        wg.Add inside the goroutine whose wg.Done it balances
 *   leak         a goroutine sends on an unbuffered channel that a select stops
 *                receiving from once its timeout, cancellation or default case wins
 *                (the documents' leaky-function shape), that nothing receives
 *                from at all, or that several goroutines send once on while one
 *                value is received; only where no other mention of the channel
 *                could still receive
 *
 * Invariants: it runs only after a successful check, so every expression has its
 * type and every identifier its symbol; it only reads the AST (the checker's
 * implicit nodes, NF_IMPLICIT, are looked through so that texts and positions are
 * those of the source). Findings are collected and printed grouped by analyzer, in
 * go vet's order, and by position within one; nothing is kept between calls.
 */
#include "vet.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/object.h"
#include "../vm/textbuf.h"

enum { RANK_COPYLOCK, RANK_LOOPCLOSURE, RANK_LOSTCANCEL, RANK_WGADD, RANK_LEAK };

typedef struct Finding {
    int rank, line, col, seq;
    char *msg;
} Finding;

typedef struct Vet {
    Package *pkg;
    const char *file;
    Finding *items; /* GC-allocated: it holds GC pointers */
    int n, cap;
} Vet;

__attribute__((format(printf, 5, 6))) static void report(Vet *v, int rank, int line, int col,
                                                         const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 16;
        Finding *items = mg_alloc(sizeof *items * (size_t)cap);
        if (v->n) memcpy(items, v->items, sizeof *items * (size_t)v->n);
        v->items = items;
        v->cap = cap;
    }
    size_t n = strlen(buf);
    char *msg = mg_alloc_atomic(n + 1);
    memcpy(msg, buf, n + 1);
    v->items[v->n] = (Finding){rank, line, col, v->n, msg};
    v->n++;
}

/* ---------- helpers ---------- */

/* Calls fn on each child of n (the generic slots of ast.h), in slot order. */
static void each_child(Node *n, void (*fn)(void *ctx, Node *child), void *ctx) {
    Node *slots[] = {n->a, n->b, n->c, n->d};
    for (int i = 0; i < 4; i++)
        if (slots[i]) fn(ctx, slots[i]);
    for (int i = 0; i < n->list.len; i++)
        if (n->list.items[i]) fn(ctx, n->list.items[i]);
    for (int i = 0; i < n->list2.len; i++)
        if (n->list2.items[i]) fn(ctx, n->list2.items[i]);
}

static Node *func_body(Node *fn) {
    return fn->kind == N_FUNCLIT ? fn->b : fn->c;
}

/* The expression as the source wrote it (what go vet prints with go/printer),
 * leaving out the nodes the checker inserted. */
static void fmt_expr(vm_textbuf *b, Node *n) {
    if (!n) return;
    bool implicit = (n->flags & NF_IMPLICIT) != 0;
    switch (n->kind) {
    case N_IDENT: vm_tb_puts(b, n->name); break;
    case N_BASICLIT: vm_tb_put(b, n->lit, n->lit_len); break;
    case N_PAREN:
        vm_tb_puts(b, "(");
        fmt_expr(b, n->a);
        vm_tb_puts(b, ")");
        break;
    case N_SELECTOR:
        fmt_expr(b, n->a);
        if (!implicit) vm_tb_printf(b, ".%s", n->name);
        break;
    case N_INDEX:
        fmt_expr(b, n->a);
        vm_tb_puts(b, "[");
        fmt_expr(b, n->b);
        vm_tb_puts(b, "]");
        break;
    case N_SLICE:
        fmt_expr(b, n->a);
        vm_tb_puts(b, "[");
        fmt_expr(b, n->b);
        vm_tb_puts(b, ":");
        fmt_expr(b, n->c);
        if (n->flags & NF_SLICE3) {
            vm_tb_puts(b, ":");
            fmt_expr(b, n->d);
        }
        vm_tb_puts(b, "]");
        break;
    case N_CALL:
        fmt_expr(b, n->a);
        vm_tb_puts(b, "(");
        for (int i = 0; i < n->list.len; i++) {
            if (i) vm_tb_puts(b, ", ");
            fmt_expr(b, n->list.items[i]);
        }
        vm_tb_puts(b, n->flags & NF_ELLIPSIS ? "...)" : ")");
        break;
    case N_STAR:
        if (!implicit) vm_tb_puts(b, "*");
        fmt_expr(b, n->a);
        break;
    case N_UNARY:
        if (!implicit) vm_tb_puts(b, ast_op_names[n->op]);
        fmt_expr(b, n->a);
        break;
    case N_CONVERT:
        if (!implicit)
            vm_tb_printf(b, "%s(",
                         n->type && n->type->named ? n->type->named->name : type_string(n->type));
        fmt_expr(b, n->a);
        if (!implicit) vm_tb_puts(b, ")");
        break;
    case N_BINARY:
        fmt_expr(b, n->a);
        vm_tb_printf(b, " %s ", ast_op_names[n->op]);
        fmt_expr(b, n->b);
        break;
    case N_KEYVALUE:
        fmt_expr(b, n->a);
        vm_tb_puts(b, ": ");
        fmt_expr(b, n->b);
        break;
    case N_TYPEASSERT:
        fmt_expr(b, n->a);
        vm_tb_printf(b, ".(%s)", n->b ? type_string(n->b->type) : "type");
        break;
    case N_FUNCLIT: vm_tb_puts(b, "func literal"); break;
    default: vm_tb_puts(b, n->type ? type_string(n->type) : "?"); break;
    }
}

/* fmt_expr into a GC-allocated string. */
static const char *expr_text(Node *n) {
    vm_textbuf b = {0};
    fmt_expr(&b, n);
    size_t len = b.p ? b.len : 0;
    char *s = mg_alloc_atomic(len + 1);
    if (len) memcpy(s, b.p, len);
    s[len] = 0;
    free(b.p);
    return s;
}

static Node *strip_implicit_converts(Node *x) {
    while (x && x->kind == N_CONVERT && (x->flags & NF_IMPLICIT))
        x = x->a;
    return x;
}

/* Whether `name` (a package member) is what the call's callee denotes. */
static bool callee_is(Node *call, const char *pkg, const char *name) {
    Node *f = call && call->kind == N_CALL ? call->a : NULL;
    return f && f->kind == N_SELECTOR && f->sel_kind == SEL_PKG && f->sym && f->sym->pkg &&
           strcmp(f->sym->pkg->path, pkg) == 0 && strcmp(f->name, name) == 0;
}

/* Whether the call is a method call x.name(...) of the named type pkg.tname (or a
 * pointer to it); *recv gets x. */
static bool method_call_of(Node *call, const char *pkg, const char *tname, const char *name,
                           Node **recv) {
    Node *f = call && call->kind == N_CALL ? call->a : NULL;
    if (!f || f->kind != N_SELECTOR || f->sel_kind != SEL_METHOD || !f->sym ||
        strcmp(f->name, name) != 0)
        return false;
    Type *t = f->sym->recv;
    if (t && t->kind == TY_POINTER && !t->named) t = t->elem;
    if (!t || !t->named || !t->named->pkg || strcmp(t->named->name, tname) != 0 ||
        strcmp(t->named->pkg->path, pkg) != 0)
        return false;
    Node *x = f->a;
    while (x && ((x->kind == N_UNARY && (x->flags & NF_IMPLICIT)) ||
                 (x->kind == N_STAR && (x->flags & NF_IMPLICIT)) || x->kind == N_PAREN))
        x = x->a;
    *recv = x;
    return true;
}

/* ---------- copylock ---------- */

/* go vet's spelling of a type: named types qualified by their package path. */
static const char *vet_type_name(Type *t) {
    if (!t->named) return type_string(t);
    if (!t->named->pkg) return t->named->name;
    size_t n = strlen(t->named->pkg->path) + strlen(t->named->name) + 2;
    char *s = mg_alloc_atomic(n);
    snprintf(s, n, "%s.%s", t->named->pkg->path, t->named->name);
    return s;
}

/* The lock paths go vet prints for the standard types that hold a lock (the fields of
 * Go's own declarations, which minigo's stdlib does not share). */
static const char *std_lock_path(Type *t) {
    static const char *const table[][3] = {
        {"sync", "Mutex", "sync.Mutex"},
        {"sync", "RWMutex", "sync.RWMutex"},
        {"sync", "WaitGroup", "sync.WaitGroup contains sync.noCopy"},
        {"sync", "Once", "sync.Once contains sync.Mutex"},
        {"sync", "Cond", "sync.Cond contains sync.noCopy"},
        {"sync", "Map", "sync.Map contains sync.Mutex"},
        {"sync", "Pool", "sync.Pool contains sync.noCopy"},
        {"sync/atomic", "Int32", "sync/atomic.Int32 contains sync/atomic.noCopy"},
        {"sync/atomic", "Int64", "sync/atomic.Int64 contains sync/atomic.noCopy"},
        {"sync/atomic", "Uint32", "sync/atomic.Uint32 contains sync/atomic.noCopy"},
        {"sync/atomic", "Uint64", "sync/atomic.Uint64 contains sync/atomic.noCopy"},
        {"sync/atomic", "Uintptr", "sync/atomic.Uintptr contains sync/atomic.noCopy"},
        {"sync/atomic", "Bool", "sync/atomic.Bool contains sync/atomic.noCopy"},
        {"golang.org/x/sync/errgroup", "Group",
         "golang.org/x/sync/errgroup.Group contains sync.WaitGroup contains sync.noCopy"},
        {"golang.org/x/sync/semaphore", "Weighted",
         "golang.org/x/sync/semaphore.Weighted contains sync.Mutex"},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(t->named->pkg->path, table[i][0]) == 0 &&
            strcmp(t->named->name, table[i][1]) == 0)
            return table[i][2];
    return NULL;
}

/* Whether *t is a sync.Locker and t is not (go vet's test for a lock type). */
static bool only_pointer_is_locker(Type *t) {
    static const char *const names[] = {"Lock", "Unlock"};
    bool value_has_both = true;
    for (int i = 0; i < 2; i++) {
        bool ptr = false;
        Method *m = type_find_method(t, names[i], &ptr);
        if (!m || !m->type || m->type->nparams || m->type->nresults) return false;
        if (ptr) value_has_both = false;
    }
    return !value_has_both;
}

/* go vet's lockPath: "T contains U contains sync.Mutex" when a value of type t holds a
 * lock (directly, in a field, or in an array element), else NULL. */
static const char *lock_path(Type *t, int depth) {
    if (!t || depth > 32) return NULL;
    while (t->underlying && t->underlying->kind == TY_ARRAY)
        t = t->underlying->elem;
    if (!t || !t->underlying || t->underlying->kind != TY_STRUCT) return NULL;
    if (t->named && t->named->pkg && strcmp(t->named->pkg->path, "main") != 0)
        return std_lock_path(t);
    const char *self = vet_type_name(t);
    if (only_pointer_is_locker(t)) return self;
    Type *st = t->underlying;
    for (int i = 0; i < st->nfields; i++) {
        const char *sub = lock_path(st->fields[i].type, depth + 1);
        if (!sub) continue;
        size_t n = strlen(self) + strlen(sub) + 16;
        char *s = mg_alloc_atomic(n);
        snprintf(s, n, "%s contains %s", self, sub);
        return s;
    }
    return NULL;
}

/* lockPathRhs: copying a fresh value (a literal, a call's result) is fine. */
static const char *rhs_lock_path(Node *x) {
    x = strip_implicit_converts(x);
    if (!x || x->kind == N_COMPOSITE || x->kind == N_CALL || x->kind == N_CONVERT) return NULL;
    if (x->kind == N_STAR && x->a && x->a->kind == N_CALL) return NULL;
    return lock_path(x->type, 0);
}

/* A function's receiver and parameters passed by value. */
static void copylock_func(Vet *v, Node *fn) {
    const char *name = fn->kind == N_FUNCLIT ? "func" : fn->name;
    Type *sig = fn->kind == N_FUNCLIT ? fn->type : fn->sym ? fn->sym->type : NULL;
    Node *ft = fn->kind == N_FUNCLIT ? fn->a : fn->b;
    const char *p;
    if (fn->kind == N_FUNCDECL && fn->a && fn->sym && fn->a->a && (p = lock_path(fn->sym->recv, 0)))
        report(v, RANK_COPYLOCK, fn->a->a->line, fn->a->a->col, "%s passes lock by value: %s", name,
               p);
    if (!sig || sig->kind != TY_FUNC || !ft) return;
    int k = 0;
    for (int i = 0; i < ft->list.len; i++) {
        Node *f = ft->list.items[i];
        if (k < sig->nparams && f->a && (p = lock_path(sig->params[k], 0)))
            report(v, RANK_COPYLOCK, f->a->line, f->a->col, "%s passes lock by value: %s", name, p);
        k += f->list.len ? f->list.len : 1;
    }
}

static void copylock_range_var(Vet *v, Node *r, Node *e) {
    if (e->kind == N_IDENT && strcmp(e->name, "_") == 0) return;
    Type *t;
    if (r->flags & NF_DEFINE) {
        if (e->kind != N_IDENT || !e->sym) return;
        t = e->sym->type;
    } else {
        t = e->type;
    }
    const char *p = lock_path(t, 0);
    if (p)
        report(v, RANK_COPYLOCK, e->line, e->col, "range var %s copies lock: %s", expr_text(e), p);
}

static void copylock_node(void *ctx, Node *n) {
    Vet *v = ctx;
    const char *p;
    switch (n->kind) {
    case N_ASSIGN:
    case N_DEFINE:
        for (int i = 0; i < n->list2.len && i < n->list.len; i++)
            if ((p = rhs_lock_path(n->list2.items[i])))
                report(v, RANK_COPYLOCK, n->list2.items[i]->line, n->list2.items[i]->col,
                       "assignment copies lock value to %s: %s", expr_text(n->list.items[i]), p);
        break;
    case N_VARSPEC:
        for (int i = 0; i < n->list2.len && i < n->list.len; i++)
            if ((p = rhs_lock_path(n->list2.items[i])))
                report(v, RANK_COPYLOCK, n->list2.items[i]->line, n->list2.items[i]->col,
                       "variable declaration copies lock value to %s: %s", n->list.items[i]->name,
                       p);
        break;
    case N_COMPOSITE:
        for (int i = 0; i < n->list.len; i++) {
            Node *x = n->list.items[i];
            if (x->kind == N_KEYVALUE) x = x->b;
            if ((p = rhs_lock_path(x)))
                report(v, RANK_COPYLOCK, x->line, x->col, "literal copies lock value from %s: %s",
                       expr_text(x), p);
        }
        break;
    case N_RETURN:
        for (int i = 0; i < n->list.len; i++)
            if ((p = rhs_lock_path(n->list.items[i])))
                report(v, RANK_COPYLOCK, n->list.items[i]->line, n->list.items[i]->col,
                       "return copies lock value: %s", p);
        break;
    case N_CALL:
        if (n->builtin == BI_NEW || n->builtin == BI_LEN || n->builtin == BI_CAP) break;
        for (int i = 0; i < n->list.len; i++)
            if ((p = rhs_lock_path(n->list.items[i])))
                report(v, RANK_COPYLOCK, n->list.items[i]->line, n->list.items[i]->col,
                       "call of %s copies lock value: %s", expr_text(n->a), p);
        break;
    case N_FUNCDECL:
    case N_FUNCLIT: copylock_func(v, n); break;
    case N_RANGE:
        for (int i = 0; i < n->list.len; i++)
            copylock_range_var(v, n, n->list.items[i]);
        break;
    default: break;
    }
    each_child(n, copylock_node, v);
}

/* ---------- loopclosure ---------- */

typedef struct Capture {
    Vet *v;
    Symbol *vars[8];
    int nvars;
} Capture;

static void capture_add(Capture *c, Node *e) {
    if (e && e->kind == N_IDENT && e->sym && e->sym->kind == SYM_VAR && c->nvars < 8)
        c->vars[c->nvars++] = e->sym;
}

static void capture_uses(void *ctx, Node *n) {
    Capture *c = ctx;
    if (n->kind == N_IDENT && n->sym)
        for (int i = 0; i < c->nvars; i++)
            if (n->sym == c->vars[i])
                report(c->v, RANK_LOOPCLOSURE, n->line, n->col,
                       "loop variable %s captured by func literal", n->name);
    each_child(n, capture_uses, c);
}

/* go vet 1.19's rule: only a go or defer statement (or errgroup's g.Go) that is the
 * last statement of the loop body is looked at; what follows it could wait. */
static void loopclosure_loop(Vet *v, Node *loop) {
    Capture c = {.v = v};
    if (loop->kind == N_RANGE) {
        for (int i = 0; i < loop->list.len; i++)
            capture_add(&c, loop->list.items[i]);
    } else if (loop->c && loop->c->kind == N_ASSIGN) {
        for (int i = 0; i < loop->c->list.len; i++)
            capture_add(&c, loop->c->list.items[i]);
    } else if (loop->c && loop->c->kind == N_INCDEC) {
        capture_add(&c, loop->c->a);
    }
    Node *body = loop->d;
    if (!c.nvars || !body || !body->list.len) return;
    Node *last = body->list.items[body->list.len - 1], *fun = NULL, *recv;
    if ((last->kind == N_GO || last->kind == N_DEFER) && last->a && last->a->kind == N_CALL)
        fun = last->a->a;
    else if (last->kind == N_EXPRSTMT &&
             method_call_of(last->a, "golang.org/x/sync/errgroup", "Group", "Go", &recv) &&
             last->a->list.len)
        fun = last->a->list.items[0];
    if (fun && fun->kind == N_FUNCLIT && fun->b) capture_uses(&c, fun->b);
}

static void loopclosure_node(void *ctx, Node *n) {
    if (n->kind == N_FOR || n->kind == N_RANGE) loopclosure_loop(ctx, n);
    each_child(n, loopclosure_node, ctx);
}

/* ---------- lostcancel ---------- */

typedef struct Jump { /* what flows to a break or continue target */
    Node *target;
    bool brk, cont;
} Jump;

typedef struct Cancel {
    Symbol *var;
    Node *def;         /* the statement that assigns it */
    bool named_result; /* a naked return uses it */
    Node *found;       /* the first return reached with var unused */
    bool found_at_end; /* found is the body: the implicit return at its `}` */
    Jump *jumps;
    int njumps, capjumps;
} Cancel;

static Jump *jump_of(Cancel *lc, Node *target) {
    for (int i = 0; i < lc->njumps; i++)
        if (lc->jumps[i].target == target) return &lc->jumps[i];
    if (lc->njumps == lc->capjumps) {
        int cap = lc->capjumps ? lc->capjumps * 2 : 8;
        Jump *j = mg_alloc(sizeof *j * (size_t)cap);
        if (lc->njumps) memcpy(j, lc->jumps, sizeof *j * (size_t)lc->njumps);
        lc->jumps = j;
        lc->capjumps = cap;
    }
    lc->jumps[lc->njumps] = (Jump){target, false, false};
    return &lc->jumps[lc->njumps++];
}

typedef struct UseSearch {
    Cancel *lc;
    bool found;
} UseSearch;

static void find_use(void *ctx, Node *n) {
    UseSearch *u = ctx;
    if (u->found) return;
    if ((n->kind == N_IDENT && n->sym == u->lc->var) ||
        (n->kind == N_RETURN && !n->list.len && u->lc->named_result)) {
        u->found = true;
        return;
    }
    each_child(n, find_use, u);
}

/* lostcancel's "use": any mention of the variable, nested func literals included. */
static bool uses(Cancel *lc, Node *n) {
    UseSearch u = {lc, false};
    if (n) find_use(&u, n);
    return u.found;
}

static bool never_returns(Node *call) {
    call = strip_implicit_converts(call);
    return call && call->kind == N_CALL &&
           (call->builtin == BI_PANIC || callee_is(call, "os", "Exit") ||
            callee_is(call, "runtime", "Goexit"));
}

static bool flow(Cancel *lc, Node *s, bool unused);

static bool flow_list(Cancel *lc, NodeList *l, bool unused) {
    for (int i = 0; i < l->len; i++)
        unused = flow(lc, l->items[i], unused);
    return unused;
}

static void reached_return(Cancel *lc, Node *ret) {
    if (!lc->found) lc->found = ret;
}

/* A loop: the header is reached from before the loop and from the end of the body
 * (and continues); two rounds reach the fixed point of the one-bit state. */
static bool flow_loop(Cancel *lc, Node *loop, bool unused) {
    Node *cond = loop->kind == N_FOR ? loop->b : NULL;
    Node *post = loop->kind == N_FOR ? loop->c : NULL;
    bool header = unused;
    for (int round = 0; round < 2; round++) {
        bool h = header && !uses(lc, cond);
        bool end = flow(lc, loop->d, h) || jump_of(lc, loop)->cont;
        bool next = unused || (post ? flow(lc, post, end) : end);
        if (next == header) break;
        header = next;
    }
    bool exits = loop->kind == N_RANGE || cond ? header && !uses(lc, cond) : false;
    return exits || jump_of(lc, loop)->brk;
}

/* The one-bit forward analysis: `unused` is true when some path from the cancel
 * variable's definition reaches this point without using it. Returns the state after
 * s on the paths that fall through; returns reached while true are recorded. */
static bool flow(Cancel *lc, Node *s, bool unused) {
    if (!s) return unused;
    if (s == lc->def) return true;
    switch (s->kind) {
    case N_BLOCK: return flow_list(lc, &s->list, unused);
    case N_EXPRSTMT:
        if (never_returns(s->a)) return false;
        return unused && !uses(lc, s);
    case N_RETURN:
        if (unused && !uses(lc, s)) reached_return(lc, s);
        return false;
    case N_BRANCH: {
        if (s->op == OP_FALLTHROUGH) return unused;
        if (s->op == OP_GOTO || !s->target) return false; /* not followed: may miss a path */
        Jump *j = jump_of(lc, s->target);
        if (s->op == OP_BREAK) j->brk |= unused;
        if (s->op == OP_CONTINUE) j->cont |= unused;
        return false;
    }
    case N_LABELED: return flow(lc, s->a, unused);
    case N_DECLSTMT: /* each var spec on its own: one may be the definition */
        if (s->a)
            for (int i = 0; i < s->a->list.len; i++)
                unused = flow(lc, s->a->list.items[i], unused);
        return unused;
    case N_IF: {
        unused = flow(lc, s->a, unused) && !uses(lc, s->b);
        bool then = flow(lc, s->c, unused);
        return flow(lc, s->d, unused) || then;
    }
    case N_FOR: return flow_loop(lc, s, flow(lc, s->a, unused));
    case N_RANGE:
        unused = unused && !uses(lc, s->a);
        for (int i = 0; i < s->list.len; i++)
            unused = unused && !uses(lc, s->list.items[i]);
        return flow_loop(lc, s, unused);
    case N_SWITCH:
    case N_TYPESWITCH: {
        unused = flow(lc, s->a, unused) && !uses(lc, s->b);
        bool cases = unused, out = false, fall = false, has_default = false;
        for (int i = 0; i < s->list.len; i++)
            for (int k = 0; k < s->list.items[i]->list.len; k++)
                cases = cases && !uses(lc, s->list.items[i]->list.items[k]);
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.items[i];
            has_default |= (cl->flags & NF_DEFAULT) != 0;
            bool end = flow_list(lc, &cl->list2, (cl->flags & NF_DEFAULT ? cases : unused) || fall);
            fall = (cl->flags & NF_FALLTHROUGH) && end;
            if (!(cl->flags & NF_FALLTHROUGH)) out |= end;
        }
        return out || (!has_default && cases) || jump_of(lc, s)->brk;
    }
    case N_SELECT: {
        bool out = false;
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.items[i];
            out |= flow_list(lc, &cl->list2, flow(lc, cl->a, unused));
        }
        return out || jump_of(lc, s)->brk;
    }
    default: /* simple statements */ return unused && !uses(lc, s);
    }
}

/* The cancel variable of `ctx, cancel := context.WithCancel(...)` (and the other
 * WithX forms, := or = or var), or NULL. */
static Node *cancel_var_of(Node *s, const char **with) {
    static const char *const fns[] = {"WithCancel",      "WithTimeout",      "WithDeadline",
                                      "WithCancelCause", "WithTimeoutCause", "WithDeadlineCause"};
    if (s->list.len < 2 || s->list2.len != 1) return NULL;
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if (callee_is(s->list2.items[0], "context", fns[i])) {
            *with = fns[i];
            return s->list.items[1]->kind == N_IDENT ? s->list.items[1] : NULL;
        }
    return NULL;
}

typedef struct CancelScan {
    Vet *v;
    Node *fn;
    Node *defs[16];
    int ndefs;
} CancelScan;

static void find_cancel_defs(void *ctx, Node *n) {
    CancelScan *cs = ctx;
    if (n->kind == N_FUNCLIT) return; /* analysed on its own */
    const char *with;
    Node *id;
    if ((n->kind == N_DEFINE || n->kind == N_ASSIGN || n->kind == N_VARSPEC) &&
        (id = cancel_var_of(n, &with))) {
        if (strcmp(id->name, "_") == 0)
            report(cs->v, RANK_LOSTCANCEL, id->line, id->col,
                   "the cancel function returned by context.%s should be called, not "
                   "discarded, to avoid a context leak",
                   with);
        else if (id->sym && id->sym->owner_func == cs->fn && cs->ndefs < 16)
            cs->defs[cs->ndefs++] = n;
    }
    each_child(n, find_cancel_defs, cs);
}

static void lostcancel_func(Vet *v, Node *fn) {
    Node *body = func_body(fn);
    if (!body) return;
    CancelScan cs = {.v = v, .fn = fn};
    each_child(body, find_cancel_defs, &cs);
    /* Returning from main.main ends the program: no context can leak. */
    if (fn->kind == N_FUNCDECL && !fn->a && strcmp(fn->name, "main") == 0) return;
    for (int i = 0; i < cs.ndefs; i++) {
        Node *def = cs.defs[i], *id = def->list.items[1];
        Cancel lc = {.var = id->sym, .def = def, .named_result = id->sym->is_result};
        if (flow(&lc, body, false) && !lc.found) {
            lc.found = body;
            lc.found_at_end = true;
        }
        if (!lc.found) continue;
        Node *first = def->list.items[0];
        report(v, RANK_LOSTCANCEL, first->line, first->col,
               "the %s function is not used on all paths (possible context leak)", id->name);
        int line = lc.found->line, col = lc.found->col;
        if (lc.found_at_end) { /* the `}` (ast.h: a block's ival) */
            line = (int)(body->ival >> 32);
            col = (int)(body->ival & 0xffffffff);
        }
        report(v, RANK_LOSTCANCEL, line, col,
               "this return statement may be reached without using the %s var defined on "
               "line %d",
               id->name, first->line);
    }
}

/* ---------- wgadd (minigo's own) ---------- */

typedef struct WgScan {
    Vet *v;
    Node *lit;     /* the goroutine's func literal */
    Node *adds[8]; /* wg.Add calls on a captured wg */
    int nadds;
    const char *dones[8]; /* receivers of the goroutine's own wg.Done calls */
    int ndones;
    const char *child_dones[8]; /* receivers of wg.Done in goroutines it starts */
    int nchild_dones;
    bool in_child; /* scanning a go statement inside the goroutine */
} WgScan;

static Symbol *root_var(Node *x) {
    while (x && (x->kind == N_SELECTOR || x->kind == N_INDEX || x->kind == N_PAREN ||
                 (x->kind == N_STAR && (x->flags & NF_IMPLICIT))))
        x = x->a;
    return x && x->kind == N_IDENT && x->sym && x->sym->kind == SYM_VAR ? x->sym : NULL;
}

static void wg_scan(void *ctx, Node *n) {
    WgScan *w = ctx;
    Node *recv;
    if (n->kind == N_GO && !w->in_child) {
        w->in_child = true;
        each_child(n, wg_scan, w);
        w->in_child = false;
        return;
    }
    if (w->in_child) {
        if (method_call_of(n, "sync", "WaitGroup", "Done", &recv) && w->nchild_dones < 8)
            w->child_dones[w->nchild_dones++] = expr_text(recv);
    } else if (method_call_of(n, "sync", "WaitGroup", "Add", &recv)) {
        Symbol *s = root_var(recv);
        if (s && s->owner_func != w->lit && w->nadds < 8) w->adds[w->nadds++] = n;
    } else if (method_call_of(n, "sync", "WaitGroup", "Done", &recv) && w->ndones < 8) {
        w->dones[w->ndones++] = expr_text(recv);
    }
    each_child(n, wg_scan, w);
}

static bool names_in(const char *name, const char *const *names, int n) {
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0) return true;
    return false;
}

/* `go func() { wg.Add(1); defer wg.Done(); ... }()`: the goroutine counts itself, so
 * wg.Wait may run (and return) before the Add does. A goroutine that also starts
 * goroutines calling Done on the same wg is left alone: its Add may count those
 * children, which is correct while its own count is still held. */
static void wgadd_go(Vet *v, Node *go) {
    Node *lit = go->a && go->a->kind == N_CALL ? go->a->a : NULL;
    if (!lit || lit->kind != N_FUNCLIT || !lit->b) return;
    WgScan w = {.v = v, .lit = lit};
    each_child(lit->b, wg_scan, &w);
    for (int i = 0; i < w.nadds; i++) {
        Node *recv;
        method_call_of(w.adds[i], "sync", "WaitGroup", "Add", &recv);
        const char *name = expr_text(recv);
        if (names_in(name, w.dones, w.ndones) && !names_in(name, w.child_dones, w.nchild_dones))
            report(v, RANK_WGADD, w.adds[i]->line, w.adds[i]->col,
                   "%s.Add called inside the goroutine it counts; call it before the go "
                   "statement (minigo vet)",
                   name);
    }
}

/* ---------- leak (minigo's own) ---------- */

typedef struct RefCount {
    Symbol *sym;
    int refs;
    Node *first_send; /* in the goroutine: a send on sym */
    bool other;       /* in the goroutine: a mention that is not a send's channel */
} RefCount;

static void count_refs(void *ctx, Node *n) {
    RefCount *r = ctx;
    if (n->kind == N_IDENT && n->sym == r->sym) r->refs++;
    each_child(n, count_refs, r);
}

static void goroutine_refs(void *ctx, Node *n) {
    RefCount *r = ctx;
    /* a send that is a select case may give up (another case, a default) */
    if (n->kind == N_COMMCLAUSE && n->a && n->a->kind == N_SENDSTMT && n->a->a &&
        n->a->a->kind == N_IDENT && n->a->a->sym == r->sym)
        r->other = true;
    if (n->kind == N_SENDSTMT && n->a && n->a->kind == N_IDENT && n->a->sym == r->sym) {
        if (!r->first_send) r->first_send = n;
        r->refs++;
        if (n->b) goroutine_refs(r, n->b);
        return;
    }
    if (n->kind == N_IDENT && n->sym == r->sym) r->other = true;
    each_child(n, goroutine_refs, r);
}

/* `ch := make(chan T)` (no capacity, or a constant 0): its symbol, else NULL. */
static Symbol *unbuffered_chan_def(Node *s) {
    if (s->kind != N_DEFINE || s->list.len != 1 || s->list2.len != 1) return NULL;
    Node *id = s->list.items[0], *mk = s->list2.items[0];
    if (!id->sym || mk->kind != N_CALL || mk->builtin != BI_MAKE || !mk->type ||
        mk->type->underlying->kind != TY_CHAN)
        return NULL;
    if (mk->list.len > 2) return NULL;
    if (mk->list.len == 2) {
        ConstVal *cv = mk->list.items[1]->cval;
        if (!cv || cv->kind != CV_INT || cv->i != 0) return NULL;
    }
    return id->sym;
}

/* The channel operand of a select clause that receives (`<-x`, `v := <-x`,
 * `v, ok = <-x`), parentheses looked through; NULL for a send or default. */
static Node *received_channel(Node *clause) {
    Node *comm = clause->a, *rx = NULL;
    if (!comm) return NULL;
    if (comm->kind == N_EXPRSTMT) rx = comm->a;
    if ((comm->kind == N_DEFINE || comm->kind == N_ASSIGN) && comm->list2.len == 1)
        rx = comm->list2.items[0];
    if (!rx || rx->kind != N_UNARY || rx->op != OP_ARROW) return NULL;
    Node *x = rx->a;
    while (x && x->kind == N_PAREN)
        x = x->a;
    return x;
}

/* The select clause receiving from ch, or NULL. */
static Node *recv_clause(Node *sel, Symbol *ch) {
    for (int i = 0; i < sel->list.len; i++) {
        Node *x = received_channel(sel->list.items[i]);
        if (x && x->kind == N_IDENT && x->sym == ch) return sel->list.items[i];
    }
    return NULL;
}

/* Whether the clause is one a select is meant to take instead of waiting: default,
 * a timeout (`<-time.After(d)`, `<-time.Tick(d)`) or a cancellation (`<-ctx.Done()`
 * on a context.Context). Other cases may never be ready, and then the select waits
 * for ch after all. */
static bool gives_up_case(Node *clause) {
    if (clause->flags & NF_DEFAULT) return true;
    Node *x = received_channel(clause);
    if (!x || x->kind != N_CALL) return false;
    if (callee_is(x, "time", "After") || callee_is(x, "time", "Tick")) return true;
    Node *f = x->a;
    if (!f || f->kind != N_SELECTOR || strcmp(f->name, "Done") != 0 || !f->a) return false;
    Type *t = f->a->type;
    return t && t->named && t->named->pkg && strcmp(t->named->pkg->path, "context") == 0 &&
           strcmp(t->named->name, "Context") == 0;
}

static int refs_in(Node *n, Symbol *sym) {
    RefCount r = {.sym = sym};
    if (n) count_refs(&r, n);
    return r.refs;
}

/* What one `go` statement does with ch. */
typedef struct Sender {
    Node *at;       /* where to report: the literal's first send on ch, or the argument */
    int refs;       /* mentions of ch in the go statement itself */
    bool send_once; /* its only send, a statement of the goroutine's body: exactly one */
} Sender;

/* Whether `go` starts a goroutine whose only use of ch is sending on it: a func literal
 * that captures ch (and takes no argument mentioning it), or a main-package function
 * given ch itself as an argument, whose parameter it only sends on. */
static bool sender_goroutine(Node *go, Symbol *ch, Sender *out) {
    Node *call = go->kind == N_GO ? go->a : NULL;
    if (!call || call->kind != N_CALL || !call->a) return false;
    Node *f = call->a, *body = NULL;
    Symbol *as = NULL;
    int arg = -1;
    for (int i = 0; i < call->list.len; i++) {
        Node *x = strip_implicit_converts(call->list.items[i]); /* chan T to chan<- T */
        int n = refs_in(x, ch);
        if (!n) continue;
        if (n > 1 || arg >= 0 || x->kind != N_IDENT) return false;
        arg = i;
    }
    if (f->kind == N_FUNCLIT) {
        if (arg >= 0) return false;
        body = f->b;
        as = ch;
    } else if (arg >= 0 && f->kind == N_IDENT && f->sym && f->sym->kind == SYM_FUNC &&
               f->sym->decl && f->sym->decl->kind == N_FUNCDECL && !f->sym->decl->a) {
        /* the parameter the argument binds */
        Node *ft = f->sym->decl->b;
        int k = 0;
        for (int i = 0; ft && i < ft->list.len && !as; i++) {
            Node *field = ft->list.items[i];
            for (int n = 0; n < field->list.len && !as; n++, k++)
                if (k == arg) as = field->list.items[n]->sym;
            if (!field->list.len) k++;
        }
        body = f->sym->decl->c;
    }
    if (!body || !as) return false;
    RefCount g = {.sym = as};
    each_child(body, goroutine_refs, &g);
    if (!g.first_send || g.other) return false;
    out->at = f->kind == N_FUNCLIT ? g.first_send->a : call->list.items[arg];
    out->refs = refs_in(go, ch);
    out->send_once = false;
    for (int i = 0; i < body->list.len; i++)
        if (body->list.items[i] == g.first_send) out->send_once = g.refs == 1;
    return true;
}

typedef struct RecvFind {
    Symbol *ch;
    bool found; /* a `<-ch` outside any func literal */
} RecvFind;

static void find_receive(void *ctx, Node *n) {
    RecvFind *r = ctx;
    if (n->kind == N_FUNCLIT) return;
    if (n->kind == N_UNARY && n->op == OP_ARROW && n->a && n->a->kind == N_IDENT &&
        n->a->sym == r->ch)
        r->found = true;
    each_child(n, find_receive, r);
}

/* Whether s is a simple statement (run once where it stands) whose one mention of ch
 * is a receive: `v := <-ch`, `return <-ch`, `fmt.Println(<-ch)`. */
static bool single_receive(Node *s, Symbol *ch) {
    if (s->kind != N_DEFINE && s->kind != N_ASSIGN && s->kind != N_RETURN && s->kind != N_EXPRSTMT)
        return false;
    RecvFind r = {ch, false};
    find_receive(&r, s);
    return r.found && refs_in(s, ch) == 1;
}

/* In one statement list: `ch := make(chan T)`, then go statements whose goroutines
 * only send on ch (sender_goroutine), then:
 *  - no other mention of ch: nothing can ever receive, every send blocks forever;
 *  - only the receive of a later `select { case <-ch: ...; case <-ctx.Done(): ... }`
 *    (or a timeout, or default): nothing receives once the select takes that case;
 *  - two or more goroutines that each send exactly once, and one simple statement
 *    that receives once: all but one send block forever (first response wins).
 * The list runs as a whole each time, so each run has its own ch. */
static void leak_list(Vet *v, Node *fn, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        Symbol *ch = unbuffered_chan_def(l->items[i]);
        if (!ch) continue;
        int nsenders = 0, sender_refs = 0, j = i + 1;
        bool all_once = true;
        Node *first = NULL;
        for (; j < l->len; j++) {
            Sender s;
            if (!refs_in(l->items[j], ch)) continue;
            if (!sender_goroutine(l->items[j], ch, &s)) break;
            if (!first) first = s.at;
            nsenders++;
            sender_refs += s.refs;
            all_once &= s.send_once;
        }
        if (!nsenders) continue;
        int total = refs_in(func_body(fn), ch);
        if (total == 1 + sender_refs) {
            report(v, RANK_LEAK, first->line, first->col,
                   "goroutine leaks: nothing receives from unbuffered channel %s, so its "
                   "send blocks forever (minigo vet)",
                   ch->name);
            continue;
        }
        /* the definition, the senders and one receive in l->items[j]: nothing else */
        if (j >= l->len || total != 1 + sender_refs + 1) continue;
        Node *next = l->items[j], *cl;
        if (next->kind == N_SELECT && (cl = recv_clause(next, ch))) {
            Node *other = NULL;
            for (int c = 0; c < next->list.len && !other; c++)
                if (next->list.items[c] != cl && gives_up_case(next->list.items[c]))
                    other = next->list.items[c];
            if (other)
                report(v, RANK_LEAK, first->line, first->col,
                       "goroutine may leak: its send on unbuffered channel %s blocks forever "
                       "once the select on line %d takes its other case (line %d) "
                       "(minigo vet)",
                       ch->name, next->line, other->line);
        } else if (nsenders >= 2 && all_once && single_receive(next, ch)) {
            Node *mk = l->items[i]->list2.items[0];
            report(v, RANK_LEAK, mk->line, mk->col,
                   "goroutine leaks: %d goroutines send on unbuffered channel %s but only one "
                   "value is received (line %d): the others block forever (minigo vet)",
                   nsenders, ch->name, next->line);
        }
    }
}

/* ---------- driver ---------- */

typedef struct Walk {
    Vet *v;
    Node *fn; /* the innermost function */
} Walk;

static void own_checks(void *ctx, Node *n) {
    Walk *w = ctx;
    Walk inner = *w;
    if (n->kind == N_FUNCDECL || n->kind == N_FUNCLIT) inner.fn = n;
    if (n->kind == N_GO) wgadd_go(w->v, n);
    if (inner.fn && n->kind == N_BLOCK) leak_list(w->v, inner.fn, &n->list);
    if (inner.fn && (n->kind == N_CASECLAUSE || n->kind == N_COMMCLAUSE))
        leak_list(w->v, inner.fn, &n->list2);
    each_child(n, own_checks, &inner);
}

static int by_rank_and_position(const void *pa, const void *pb) {
    const Finding *a = pa, *b = pb;
    if (a->rank != b->rank) return a->rank - b->rank;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->col != b->col) return a->col < b->col ? -1 : 1;
    return a->seq - b->seq;
}

char *vet_package(Package *pkg) {
    Vet v = {.pkg = pkg};
    vm_textbuf out = {0};
    for (int fi = 0; fi < pkg->nfiles; fi++) {
        Node *file = pkg->files[fi];
        v.file = file->str ? file->str : pkg->path;
        v.n = 0;
        each_child(file, copylock_node, &v);
        if (!pkg->loopvar) each_child(file, loopclosure_node, &v);
        for (int i = 0; i < pkg->nfuncs; i++)
            if (pkg->funcs[i]) lostcancel_func(&v, pkg->funcs[i]);
        Walk w = {&v, NULL};
        each_child(file, own_checks, &w);
        /* a file with no findings has no items array: qsort wants a real base */
        if (v.n > 1) qsort(v.items, (size_t)v.n, sizeof *v.items, by_rank_and_position);
        for (int i = 0; i < v.n; i++)
            vm_tb_printf(&out, "%s:%d:%d: %s\n", v.file, v.items[i].line, v.items[i].col,
                         v.items[i].msg);
    }
    size_t len = out.p ? out.len : 0;
    char *text = mg_alloc_atomic(len + 1);
    if (len) memcpy(text, out.p, len);
    text[len] = 0;
    free(out.p);
    return text;
}
