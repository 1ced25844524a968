/* parse.h - the front door of the syntax layer: source text -> N_FILE AST.
 *
 * The lexer (lexer.re, re2c) and grammar (grammar.y, lemon) are private to
 * this layer; parse_file drives them. Reentrant: all state is per call.
 */
#ifndef MG_PARSE_H
#define MG_PARSE_H

#include <stddef.h>

#include "ast.h"
#include "diag.h"

/* Parses one file. `src` need not be NUL-terminated. Returns the N_FILE node, or NULL
 * after reporting at least one error to d (lexical errors and the first syntax error,
 * in gc's words: "syntax error: unexpected newline, expected comma or )"). */
Node *parse_file(const char *filename, const char *src, size_t len, Diag *d);

/* The `//go:build go1.NN` line of a file, if any: returns NN, or 0 when absent. */
int parse_go_version(const char *src, size_t len);

#endif
