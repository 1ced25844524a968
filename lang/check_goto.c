/* check_goto.c - the goto rules that need the shape of the whole function body
 * (gc's branches.go wording):
 *   - a goto may not jump into a block (the label's statement list must enclose
 *     the goto);
 *   - a forward goto may not jump over a variable declaration of the label's
 *     statement list.
 * Runs after the body is checked (labels and gotos are resolved by then), over
 * statements only: function literals are checked as functions of their own.
 */
#include <stdio.h>
#include <string.h>

#include "../vm/object.h"
#include "arena.h"
#include "check_internal.h"

/* One statement list on the path from the function body down to a statement. */
typedef struct Frame {
    NodeList *list;
    Node *owner; /* the N_BLOCK / N_CASECLAUSE / N_COMMCLAUSE holding the list */
    int index;   /* index of the statement (or its ancestor) in the list */
} Frame;

typedef struct Site {
    Node *stmt; /* N_LABELED or the goto N_BRANCH */
    Frame *path;
    int depth;
} Site;

typedef struct Walk {
    Frame stack[64];
    int depth;
    Site *labels, *gotos;
    int nlabels, ngotos, caplabels, capgotos;
} Walk;

static void add_site(Walk *w, Site **arr, int *n, int *cap, Node *stmt) {
    if (*n == *cap) {
        int ncap = *cap ? *cap * 2 : 8;
        Site *a = ar_alloc(sizeof *a * (size_t)ncap);
        if (*n) memcpy(a, *arr, sizeof *a * (size_t)*n);
        *arr = a;
        *cap = ncap;
    }
    Site *s = &(*arr)[(*n)++];
    s->stmt = stmt;
    s->depth = w->depth;
    s->path = ar_alloc(sizeof *s->path * (size_t)(w->depth + 1));
    memcpy(s->path, w->stack, sizeof *s->path * (size_t)w->depth);
}

static void walk_stmt(Walk *w, Node *s);

static void walk_list(Walk *w, NodeList *list, Node *owner) {
    if (w->depth >= (int)(sizeof w->stack / sizeof w->stack[0])) return;
    Frame *f = &w->stack[w->depth++];
    f->list = list;
    f->owner = owner;
    for (int i = 0; i < list->len; i++) {
        w->stack[w->depth - 1].index = i;
        walk_stmt(w, list->items[i]);
    }
    w->depth--;
}

static void walk_stmt(Walk *w, Node *s) {
    if (!s) return;
    switch (s->kind) {
    case N_LABELED:
        add_site(w, &w->labels, &w->nlabels, &w->caplabels, s);
        walk_stmt(w, s->a);
        break;
    case N_BRANCH:
        if (s->op == OP_GOTO && s->target) add_site(w, &w->gotos, &w->ngotos, &w->capgotos, s);
        break;
    case N_BLOCK: walk_list(w, &s->list, s); break;
    case N_IF:
        walk_stmt(w, s->c);
        walk_stmt(w, s->d);
        break;
    case N_FOR:
    case N_RANGE: walk_stmt(w, s->d); break;
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT:
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.items[i];
            if (cl) walk_list(w, &cl->list2, cl);
        }
        break;
    default: break;
    }
}

/* The first variable a statement declares, if any. */
static Node *declared_var(Node *s) {
    while (s && s->kind == N_LABELED)
        s = s->a;
    if (!s) return NULL;
    if (s->kind == N_DEFINE) {
        for (int i = 0; i < s->list.len; i++) {
            Node *id = s->list.items[i];
            if (id->kind == N_IDENT && id->sym && id->sym->decl == id) return id;
        }
        return NULL;
    }
    if (s->kind == N_DECLSTMT && s->a && s->a->op == OP_VAR) {
        for (int i = 0; i < s->a->list.len; i++) {
            Node *spec = s->a->list.items[i];
            if (spec->list.len) return spec->list.items[0];
        }
    }
    return NULL;
}

static void check_goto(Ck *c, Walk *w, Site *g) {
    Site *l = NULL;
    for (int i = 0; i < w->nlabels && !l; i++)
        if (w->labels[i].stmt == g->stmt->target) l = &w->labels[i];
    if (!l || l->depth == 0) return;
    Frame *lf = &l->path[l->depth - 1];
    int k = -1;
    for (int i = 0; i < g->depth; i++)
        if (g->path[i].list == lf->list) k = i;
    if (k < 0) {
        /* the outermost block holding the label but not the goto */
        int j = 0;
        while (j < l->depth - 1 && j < g->depth && l->path[j].list == g->path[j].list)
            j++;
        Node *blk = l->path[j].owner;
        ck_error(c, g->stmt, "goto %s jumps into block starting at %s:%d:%d", g->stmt->name,
                 c->file, blk->line, blk->col);
        return;
    }
    for (int i = g->path[k].index + 1; i < lf->index; i++) {
        Node *s = lf->list->items[i];
        Node *v = declared_var(s);
        if (v) {
            ck_error(c, g->stmt, "goto %s jumps over declaration of %s at %s:%d:%d", g->stmt->name,
                     v->name, c->file, s->line, s->col);
            return;
        }
    }
}

void ck_check_gotos(Ck *c, Node *body) {
    if (!body) return;
    /* on the C stack (the GC scans it): every function body is walked, so a heap Walk
     * was 1.5 KiB of zeroed memory per function */
    Walk w = {0};
    walk_stmt(&w, body);
    for (int i = 0; i < w.ngotos; i++)
        check_goto(c, &w, &w.gotos[i]);
}
