/* ast.c - AST node allocation, lists, name tables, and the identifier intern
 * table.
 *
 * Nodes and lists come from the build's arena (arena.h), never freed explicitly.
 * ast_intern returns one canonical copy per distinct string, so interned
 * names may be compared by pointer. The intern table is the only shared
 * mutable state of the syntax layer: it is process-wide, guarded by a mutex,
 * lives with its strings in the process arena (ar_process_alloc: never freed,
 * never scanned, for they hold no GC pointers) and only ever grows;
 * two VMs parsing at once see the same immutable strings.
 */
#include "ast.h"
#include "arena.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "../vm/object.h"
#include "syntax.h"

const char *const ast_kind_names[N__COUNT] = {
#define X(k) #k,
    AST_KINDS(X)
#undef X
};

const char *const ast_op_names[OP__COUNT] = {
#define X(o, s) s,
    AST_OPS(X)
#undef X
};

Node *ast_new(NodeKind kind, int line, int col) {
    Node *n = ar_alloc(sizeof *n);
    n->kind = kind;
    n->line = line;
    n->col = col;
    return n;
}

void ast_append(NodeList *l, Node *n) {
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = ar_alloc(sizeof *items * (size_t)cap);
        if (l->len) memcpy(items, l->items, sizeof *items * (size_t)l->len);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

typedef struct InternEntry {
    const char *s;
    size_t len;
    uint32_t hash;
} InternEntry;

static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;
static InternEntry *intern_tab; /* it and the strings: ar_process_alloc (not scanned) */
static size_t intern_cap, intern_count;

static uint32_t hash_bytes(const char *s, size_t len) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void intern_grow(void) {
    size_t cap = intern_cap ? intern_cap * 2 : 1024;
    InternEntry *tab = ar_process_alloc(sizeof *tab * cap); /* zeroed */
    for (size_t i = 0; i < intern_cap; i++) {
        InternEntry *e = &intern_tab[i];
        if (!e->s) continue;
        size_t j = e->hash & (cap - 1);
        while (tab[j].s)
            j = (j + 1) & (cap - 1);
        tab[j] = *e;
    }
    /* The old table is left to leak: it is small and readers never hold it
     * without the lock, but freeing uncollectable memory needs gc.h here. */
    intern_tab = tab;
    intern_cap = cap;
}

const char *ast_intern(const char *s, size_t len) {
    uint32_t h = hash_bytes(s, len);
    pthread_mutex_lock(&intern_lock);
    if ((intern_count + 1) * 2 > intern_cap) intern_grow();
    size_t j = h & (intern_cap - 1);
    for (;;) {
        InternEntry *e = &intern_tab[j];
        if (!e->s) break;
        if (e->hash == h && e->len == len && memcmp(e->s, s, len) == 0) {
            const char *found = e->s;
            pthread_mutex_unlock(&intern_lock);
            return found;
        }
        j = (j + 1) & (intern_cap - 1);
    }
    char *copy = ar_process_alloc(len + 1); /* the table's: never freed */
    memcpy(copy, s, len);
    copy[len] = 0;
    intern_tab[j].s = copy;
    intern_tab[j].len = len;
    intern_tab[j].hash = h;
    intern_count++;
    pthread_mutex_unlock(&intern_lock);
    return copy;
}

/* ---- S-expression dump, for tests and tools/astdump ---- */

typedef struct DumpBuf {
    char *p;
    size_t len, cap;
} DumpBuf;

static void dump_put(DumpBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *np = ar_alloc_atomic(cap);
        if (b->len) memcpy(np, b->p, b->len);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void dump_str(DumpBuf *b, const char *s) {
    dump_put(b, s, strlen(s));
}

static void dump_node(DumpBuf *b, const Node *n);

static void dump_list(DumpBuf *b, const NodeList *l) {
    dump_str(b, " [");
    for (int i = 0; i < l->len; i++) {
        if (i) dump_str(b, " ");
        dump_node(b, l->items[i]);
    }
    dump_str(b, "]");
}

static void dump_node(DumpBuf *b, const Node *n) {
    if (!n) {
        dump_str(b, "_");
        return;
    }
    if (n->kind == N_IDENT) {
        dump_str(b, n->name);
        return;
    }
    if (n->kind == N_BASICLIT) {
        dump_put(b, n->lit, n->lit_len);
        return;
    }
    char tmp[64];
    dump_str(b, "(");
    const char *k = ast_kind_names[n->kind] + 2; /* drop "N_" */
    for (; *k; k++) {
        char c = (char)(*k >= 'A' && *k <= 'Z' ? *k - 'A' + 'a' : *k);
        dump_put(b, &c, 1);
    }
    if (n->kind == N_CHANTYPE) {
        snprintf(tmp, sizeof tmp, " %s", n->op == 1 ? "send" : n->op == 2 ? "recv" : "both");
        dump_str(b, tmp);
    } else if (n->op > 0 && n->op < OP__COUNT) {
        dump_str(b, " ");
        dump_str(b, ast_op_names[n->op]);
    }
    if (n->name) {
        dump_str(b, " :");
        dump_str(b, n->name);
    }
    if (n->kind == N_IMPORT) {
        dump_str(b, " \"");
        dump_put(b, n->str, n->str_len);
        dump_str(b, "\"");
    }
    if (n->kind == N_CONSTSPEC) {
        snprintf(tmp, sizeof tmp, " iota=%lld", (long long)n->ival);
        dump_str(b, tmp);
    }
    int fl = n->flags;
    static const char *const flag_names[] = {"...",     "slice3",   "define",
                                             "default", "embedded", "alias"};
    for (int i = 0; i < 6; i++)
        if (fl & (1 << i)) {
            dump_str(b, " #");
            dump_str(b, flag_names[i]);
        }
    const Node *slots[4] = {n->a, n->b, n->c, n->d};
    int last = -1;
    for (int i = 0; i < 4; i++)
        if (slots[i]) last = i;
    for (int i = 0; i <= last; i++) {
        dump_str(b, " ");
        dump_node(b, slots[i]);
    }
    if (n->list.len || n->list2.len) dump_list(b, &n->list);
    if (n->list2.len) dump_list(b, &n->list2);
    dump_str(b, ")");
}

char *ast_sexpr(const Node *n) {
    DumpBuf b = {0};
    dump_str(&b, "");
    dump_node(&b, n);
    return b.p;
}

Node *ast_copy(Node *n) {
    if (!n) return NULL;
    Node *m = ast_new(n->kind, n->line, n->col);
    *m = *n;
    m->a = ast_copy(n->a);
    m->b = ast_copy(n->b);
    m->c = ast_copy(n->c);
    m->d = ast_copy(n->d);
    m->list.items = NULL;
    m->list.len = m->list.cap = 0;
    m->list2.items = NULL;
    m->list2.len = m->list2.cap = 0;
    for (int i = 0; i < n->list.len; i++)
        ast_append(&m->list, ast_copy(n->list.items[i]));
    for (int i = 0; i < n->list2.len; i++)
        ast_append(&m->list2, ast_copy(n->list2.items[i]));
    if (n->kind == N_CONVERT && !(n->flags & NF_IMPLICIT) && n->b) {
        /* an explicit conversion the checker rewrote: back to the call T(x), so that the
         * copy's re-check evaluates it again (a const spec repeated with the next iota) */
        m->kind = N_CALL;
        m->a = m->b;
        m->b = NULL;
        ast_append(&m->list, ast_copy(n->a));
        m->cval = NULL;
    }
    return m;
}
