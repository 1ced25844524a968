/* syntax.h - private interface between the lexer (lexer.re), the grammar
 * (grammar.y) and the driver (parse.c). Nothing outside lang/parse.c,
 * lexer.re and grammar.y includes it.
 *
 * Invariant: a Tok refers to GC memory only (the NUL-terminated copy of the
 * source made by parse_file, decoded literal bytes), so it may sit in the
 * parser's GC-allocated stack.
 */
#ifndef MG_SYNTAX_H
#define MG_SYNTAX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"
#include "diag.h"

/* How a T_SEMI came to be: gc names them differently in syntax errors. */
enum { SEMI_EXPLICIT = 0, SEMI_NEWLINE = 1, SEMI_EOF = 2 };

typedef struct Tok {
    int line, col;
    const char *p;   /* source text of the token (not NUL-terminated) */
    int n;           /* its length in bytes */
    int op;          /* Op for operators and op-assignments; SEMI_* for T_SEMI */
    const char *str; /* decoded string literal (T_STRING) */
    size_t str_len;
    int64_t ival; /* rune value (T_CHAR) */
} Tok;

typedef struct Lexer {
    const char *file;
    Diag *diag;
    const char *src; /* NUL-terminated copy of the source */
    const char *lim; /* src + len: the sentinel NUL */
    const char *cur; /* next byte to scan */
    const char *line_start;
    int line;
    bool nlsemi;           /* a newline or EOF here ends the statement */
    bool done;             /* EOF token returned */
    int errors;            /* lexical errors reported */
    const char *ident_end; /* end of the last identifier (for "... in identifier") */
} Lexer;

/* `src[len]` must be NUL. */
void lexer_init(Lexer *lx, const char *file, const char *src, size_t len, Diag *d);
/* Returns the next token code (T_* from grammar.h), 0 at end of input. */
int lexer_next(Lexer *lx, Tok *t);

/* Driver state shared with the grammar actions (%extra_argument). */
typedef struct PState PState;

/* Called by the grammar: report the first syntax error and stop the parse. */
void parse_syntax_error(PState *ps, int tok, const Tok *t, void *parser);
/* Could the parser continue with token `tok` now? (exact: simulates the
 * automaton on a copy of its stack) */
bool mg_parser_accepts(void *parser, int tok);
/* gc's rendering of a statement or expression, for messages. */
const char *parse_node_string(const Node *n);
void parse_error_at(PState *ps, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void parse_set_result(PState *ps, Node *file);

/* Param-list regrouping (go.y's checkarglist): items are N_FIELDs holding one
 * optional name and a type; returns the grouped N_FIELD list. */
NodeList parse_group_params(PState *ps, NodeList items, bool allow_unnamed);

/* A one-line S-expression of a tree (ast.c), for tests and tools/astdump:
 * identifiers and literals print as their text, other nodes as
 * (kind op :name #flags a b c d [list] [list2]). GC-allocated. */
char *ast_sexpr(const Node *n);

/* The lemon-generated parser (grammar.c). */
void *MgParseAlloc(void *(*alloc)(size_t));
void MgParse(void *parser, int tok, Tok value, PState *ps);
void MgParseFree(void *parser, void (*release)(void *));

#endif
