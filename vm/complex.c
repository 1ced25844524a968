/* complex.c - complex arithmetic that is too long to sit in the dispatch loop.
 *
 * A complex value is two words, the real then the imaginary part, each a double (a
 * complex64 keeps float32-representable doubles; the compiler re-rounds the parts). The
 * results match gc's runtime: the quotient is its complex128div, Smith's algorithm with
 * the C99 (Annex G) repairs for infinite and zero operands.
 */
#include <math.h>

#include "object.h"

void vm_complex_div(mg_word *dst, const mg_word *n, const mg_word *m) {
    double a = n[0].f, b = n[1].f, c = m[0].f, d = m[1].f, e, f;
    /* Smith: divide through by the larger part of m, so that nothing overflows early */
    if (fabs(c) >= fabs(d)) {
        double ratio = d / c, denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d, denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (isnan(e) && isnan(f)) {
        if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
            e = copysign(INFINITY, c) * a;
            f = copysign(INFINITY, c) * b;
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
            a = copysign(isinf(a) ? 1 : 0, a);
            b = copysign(isinf(b) ? 1 : 0, b);
            e = INFINITY * (a * c + b * d);
            f = INFINITY * (b * c - a * d);
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
            c = copysign(isinf(c) ? 1 : 0, c);
            d = copysign(isinf(d) ? 1 : 0, d);
            e = 0 * (a * c + b * d);
            f = 0 * (b * c - a * d);
        }
    }
    dst[0].f = e;
    dst[1].f = f;
}
