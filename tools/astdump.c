/* astdump.c - prints the AST of a Go/minigo file as one S-expression per
 * top-level item (debugging aid for the syntax layer).
 *
 *   gcc -std=gnu11 -D_GNU_SOURCE -I. -Iinclude -Ibuild -Ilang tools/astdump.c lang/parse.c \
 *       lang/ast.c lang/diag.c vm/alloc.c build/lexer.c build/grammar.c -lgc -o build/astdump
 *   build/astdump file.go        (exit 1 and gc-style errors on stderr when it does not parse)
 */
#define GC_THREADS 1
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>

#include "lang/parse.h"
#include "lang/syntax.h"

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    GC_INIT();
    if (argc != 2) {
        fprintf(stderr, "usage: astdump file.go\n");
        return 2;
    }
    size_t len;
    char *src = read_file(argv[1], &len);
    if (!src) {
        perror(argv[1]);
        return 2;
    }
    Diag d;
    diag_init(&d);
    Node *f = parse_file(argv[1], src, len, &d);
    if (!f) {
        fputs(diag_text(&d), stderr);
        return 1;
    }
    printf("package %s  go1.%d\n", f->name ? f->name : "(snippet)", parse_go_version(src, len));
    for (int i = 0; i < f->list.len; i++)
        printf("%s\n", ast_sexpr(f->list.items[i]));
    for (int i = 0; i < f->list2.len; i++)
        printf("%s\n", ast_sexpr(f->list2.items[i]));
    if (f->c) printf("main: %s\n", ast_sexpr(f->c));
    free(src);
    return 0;
}
