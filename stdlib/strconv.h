/* strconv.h - float formatting with Go's strconv.FormatFloat semantics, for
 * package strconv and for fmt (%v, %g, %e, %f, Println of floats).
 */
#ifndef MG_STDLIB_STRCONV_H
#define MG_STDLIB_STRCONV_H

#include <stddef.h>

/* Formats v like Go's strconv.FormatFloat(v, fmt, prec, bitsize): fmt is one of
 * 'e' 'E' 'f' 'g' 'G' ('b' 'x' unsupported: formatted as 'g'); prec -1 means the
 * shortest representation that round-trips at bitsize (32 or 64). Writes at
 * most cap-1 bytes plus a NUL and returns the full length (like snprintf). */
int mg_format_float(char *buf, size_t cap, double v, char fmt, int prec, int bitsize);

#endif
