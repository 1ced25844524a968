/* diag.h - compile diagnostics in gc's "file:line:col: message" form.
 *
 * Errors are collected (not printed) so the driver can sort them by position,
 * drop duplicates on one line, stop at 10 as gc does, and hand the text to
 * the embedder. A Diag belongs to one compilation; it is not shared between
 * threads.
 */
#ifndef MG_DIAG_H
#define MG_DIAG_H

#include <stdarg.h>
#include <stdbool.h>

typedef struct DiagItem {
    const char *file;
    int line, col;
    char *msg;
    int seq;
} DiagItem;

typedef struct Diag {
    DiagItem *items;
    int count, cap;
    int max_errors;     /* stop collecting after this many (default 10) */
} Diag;

void diag_init(Diag *d);
void diag_error(Diag *d, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void diag_verror(Diag *d, const char *file, int line, int col, const char *fmt, va_list ap);
bool diag_full(const Diag *d); /* true once more than max_errors were reported: stop */
/* Sorted, de-duplicated text, one "file:line:col: message\n" per error (plus gc's
 * "too many errors" line when cut off). GC-allocated. */
char *diag_text(Diag *d);

#endif
