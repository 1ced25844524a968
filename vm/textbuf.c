/* textbuf.c - the growable malloc'd text buffer of textbuf.h. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textbuf.h"

void vm_tb_put(vm_textbuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *np = realloc(b->p, cap);
        if (!np) return;
        b->p = np;
        b->cap = cap;
    }
    if (n) memcpy(b->p + b->len, s, n); /* an empty piece may come as (NULL, 0) */
    b->len += n;
    b->p[b->len] = 0;
}

void vm_tb_puts(vm_textbuf *b, const char *s) {
    vm_tb_put(b, s, strlen(s));
}

void vm_tb_printf(vm_textbuf *b, const char *fmt, ...) {
    /* most pieces fit on the stack; a longer one gets a heap buffer of its exact size */
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) {
        vm_tb_put(b, tmp, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) return;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    vm_tb_put(b, big, (size_t)n);
    free(big);
}
