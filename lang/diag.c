/* diag.c - collects and formats compile errors (see diag.h). */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/object.h"

void diag_init(Diag *d) {
    memset(d, 0, sizeof *d);
    d->max_errors = 10;
}

bool diag_full(const Diag *d) { return d->max_errors > 0 && d->count > d->max_errors; }

void diag_verror(Diag *d, const char *file, int line, int col, const char *fmt, va_list ap) {
    if (d->count > d->max_errors) return; /* one past the limit marks "too many errors" */
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    /* gc reports one error per line: keep the first. */
    for (int i = 0; i < d->count; i++)
        if (d->items[i].line == line && d->items[i].file && file &&
            strcmp(d->items[i].file, file) == 0)
            return;
    if (d->count == d->cap) {
        int cap = d->cap ? d->cap * 2 : 16;
        DiagItem *items = mg_alloc(sizeof *items * (size_t)cap);
        if (d->count) memcpy(items, d->items, sizeof *items * (size_t)d->count);
        d->items = items;
        d->cap = cap;
    }
    DiagItem *it = &d->items[d->count];
    it->file = file ? file : "<input>";
    it->line = line;
    it->col = col;
    size_t n = strlen(buf);
    it->msg = mg_alloc_atomic(n + 1);
    memcpy(it->msg, buf, n + 1);
    it->seq = d->count++;
}

void diag_error(Diag *d, const char *file, int line, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(d, file, line, col, fmt, ap);
    va_end(ap);
}

static int by_position(const void *pa, const void *pb) {
    const DiagItem *a = pa, *b = pb;
    int c = strcmp(a->file, b->file);
    if (c) return c;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->col != b->col) return a->col < b->col ? -1 : 1;
    return a->seq - b->seq;
}

char *diag_text(Diag *d) {
    qsort(d->items, (size_t)d->count, sizeof *d->items, by_position);
    int shown = d->count;
    bool cut = d->max_errors > 0 && d->count > d->max_errors;
    if (cut) shown = d->max_errors;
    size_t total = 64;
    for (int i = 0; i < shown; i++) total += strlen(d->items[i].file) + strlen(d->items[i].msg) + 32;
    char *out = mg_alloc_atomic(total), *p = out;
    for (int i = 0; i < shown; i++) {
        DiagItem *it = &d->items[i];
        p += sprintf(p, "%s:%d:%d: %s\n", it->file, it->line, it->col, it->msg);
    }
    if (cut) { /* gc names the position of the last error it printed */
        DiagItem *it = &d->items[shown - 1];
        p += sprintf(p, "%s:%d:%d: too many errors\n", it->file, it->line, it->col);
    }
    *p = 0;
    return out;
}
