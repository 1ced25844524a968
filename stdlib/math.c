/* math.c - the natives of package math (stdlib/math.mg): thin wrappers over
 * libm where C and Go agree, and Go's own rules where they do not (Max/Min
 * with NaN and signed zeros, Round half away from zero, Float64bits). Where
 * gc computes in Go (Sin, Gamma, Erf, the Bessel functions...), libm's last
 * bit may differ from gc's; the special cases (zeros, infinities, NaN) agree.
 * A float64 is one word holding the double, so bit casts are word copies.
 */
#include <limits.h>
#include <math.h>

#include "stdlib/natives.h"

#define F1(cname, expr)                                                                            \
    static void cname(mg_ncall *c, mg_word *args, mg_word *res) {                                  \
        double x = args[0].f;                                                                      \
        res[0].f = (expr);                                                                         \
    }
#define F2(cname, expr)                                                                            \
    static void cname(mg_ncall *c, mg_word *args, mg_word *res) {                                  \
        double x = args[0].f, y = args[1].f;                                                       \
        res[0].f = (expr);                                                                         \
    }

F1(n_sqrt, sqrt(x))
F1(n_abs, fabs(x))
F1(n_floor, floor(x))
F1(n_ceil, ceil(x))
F1(n_trunc, trunc(x))
F1(n_round, round(x))
F1(n_round_even, nearbyint(x))
F1(n_exp, exp(x))
F1(n_exp2, exp2(x))
F1(n_expm1, expm1(x))
/* gc's Hypot (math/hypot.go and its amd64 assembly): max * sqrt(1 + (min/max)^2), not
 * libm's correctly rounded hypot; the last bit differs (Hypot(2, 3)). */
static double go_hypot(double p, double q) {
    if (isinf(p) || isinf(q)) return INFINITY;
    if (isnan(p) || isnan(q)) return NAN;
    p = fabs(p), q = fabs(q);
    if (p < q) {
        double t = p;
        p = q;
        q = t;
    }
    if (p == 0) return 0;
    q = q / p;
    return p * sqrt(1 + q * q);
}

F1(n_log, log(x))
F1(n_log2, log2(x))
F1(n_log10, log10(x))
F1(n_log1p, log1p(x))
F1(n_sin, sin(x))
F1(n_cos, cos(x))
F1(n_tan, tan(x))
F1(n_asin, asin(x))
F1(n_acos, acos(x))
F1(n_atan, atan(x))
F1(n_sinh, sinh(x))
F1(n_cosh, cosh(x))
F1(n_tanh, tanh(x))
F1(n_cbrt, cbrt(x))
F1(n_asinh, asinh(x))
F1(n_acosh, acosh(x))
F1(n_atanh, atanh(x))
F1(n_erf, erf(x))
F1(n_erfc, erfc(x))
F1(n_gamma, tgamma(x))
F1(n_j0, j0(x))
F1(n_j1, j1(x))
F1(n_logb, logb(x))

/* Y0, Y1: Go's special cases (Y0(0) = -Inf, Y0(x < 0) = NaN) are C's too. */
F1(n_y0, y0(x))
F1(n_y1, y1(x))

/* The order of Jn and Yn as a C int: beyond the int range the functions have
 * long since underflowed (or overflowed), so the order saturates, keeping its
 * parity (J and Y of order -n are (-1)**n times those of order n). */
static int bessel_order(int64_t n) {
    if (n > INT_MAX) return (n & 1) ? INT_MAX : INT_MAX - 1;
    if (n < -INT_MAX) return (n & 1) ? -INT_MAX : -(INT_MAX - 1);
    return (int)n;
}

static void n_jn(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].f = jn(bessel_order(args[0].i), args[1].f);
}

static void n_yn(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].f = yn(bessel_order(args[0].i), args[1].f);
}

static void n_fma(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].f = fma(args[0].f, args[1].f, args[2].f);
}

/* Lgamma(x) (lgamma float64, sign int): lgamma_r's sign, with Go's sign 1 where C
 * leaves it unspecified (NaN, the poles at the non-positive integers). */
static void n_lgamma(mg_ncall *c, mg_word *args, mg_word *res) {
    int sign = 1;
    double x = args[0].f;
    res[0].f = lgamma_r(x, &sign);
    if (isnan(x) || (x <= 0 && x == floor(x) && !isinf(x))) sign = 1;
    if (isinf(x)) res[0].f = x, sign = 1; /* Go: Lgamma(±Inf) = ±Inf */
    res[1].i = sign;
}
F2(n_pow, pow(x, y))
F2(n_atan2, atan2(x, y))
F2(n_hypot, go_hypot(x, y))
F2(n_mod, fmod(x, y))
F2(n_remainder, remainder(x, y))
F2(n_copysign, copysign(x, y))

/* Go: Max(x, NaN) = NaN, Max(+0, -0) = +0; C's fmax ignores NaN. */
static void n_max(mg_ncall *c, mg_word *args, mg_word *res) {
    double x = args[0].f, y = args[1].f;
    if (isinf(x) && x > 0)
        res[0].f = x;
    else if (isinf(y) && y > 0)
        res[0].f = y;
    else if (isnan(x) || isnan(y))
        res[0].f = NAN;
    else if (x == 0 && x == y)
        res[0].f = signbit(x) ? y : x;
    else
        res[0].f = x > y ? x : y;
}

static void n_min(mg_ncall *c, mg_word *args, mg_word *res) {
    double x = args[0].f, y = args[1].f;
    if (isinf(x) && x < 0)
        res[0].f = x;
    else if (isinf(y) && y < 0)
        res[0].f = y;
    else if (isnan(x) || isnan(y))
        res[0].f = NAN;
    else if (x == 0 && x == y)
        res[0].f = signbit(x) ? x : y;
    else
        res[0].f = x < y ? x : y;
}

static void n_modf(mg_ncall *c, mg_word *args, mg_word *res) {
    double ip;
    res[1].f = modf(args[0].f, &ip);
    res[0].f = ip;
}

static void n_frexp(mg_ncall *c, mg_word *args, mg_word *res) {
    int e;
    res[0].f = frexp(args[0].f, &e);
    res[1].i = e;
}

static void n_ldexp(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].f = ldexp(args[0].f, (int)args[1].i);
}

static void n_signbit(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].u = signbit(args[0].f) != 0;
}

/* Float64bits / Float64frombits: the word already holds the IEEE bits. */
static void n_bits_copy(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0] = args[0];
}

static void n_float32bits(mg_ncall *c, mg_word *args, mg_word *res) {
    union {
        float f;
        uint32_t u;
    } b;
    b.f = (float)args[0].f;
    res[0].u = b.u;
}

static void n_float32frombits(mg_ncall *c, mg_word *args, mg_word *res) {
    union {
        float f;
        uint32_t u;
    } b;
    b.u = (uint32_t)args[0].u;
    res[0].f = b.f;
}

const mg_native_entry mg_natives_math[] = {
    {"math.Sqrt", n_sqrt},
    {"math.Abs", n_abs},
    {"math.Floor", n_floor},
    {"math.Ceil", n_ceil},
    {"math.Trunc", n_trunc},
    {"math.Round", n_round},
    {"math.RoundToEven", n_round_even},
    {"math.Exp", n_exp},
    {"math.Exp2", n_exp2},
    {"math.Expm1", n_expm1},
    {"math.Log", n_log},
    {"math.Log2", n_log2},
    {"math.Log10", n_log10},
    {"math.Log1p", n_log1p},
    {"math.Sin", n_sin},
    {"math.Cos", n_cos},
    {"math.Tan", n_tan},
    {"math.Asin", n_asin},
    {"math.Acos", n_acos},
    {"math.Atan", n_atan},
    {"math.Sinh", n_sinh},
    {"math.Cosh", n_cosh},
    {"math.Tanh", n_tanh},
    {"math.Asinh", n_asinh},
    {"math.Acosh", n_acosh},
    {"math.Atanh", n_atanh},
    {"math.Erf", n_erf},
    {"math.Erfc", n_erfc},
    {"math.Gamma", n_gamma},
    {"math.Lgamma", n_lgamma},
    {"math.J0", n_j0},
    {"math.j1", n_j1},
    {"math.Jn", n_jn},
    {"math.Y0", n_y0},
    {"math.Y1", n_y1},
    {"math.Yn", n_yn},
    {"math.Logb", n_logb},
    {"math.FMA", n_fma},
    {"math.Cbrt", n_cbrt},
    {"math.Pow", n_pow},
    {"math.Atan2", n_atan2},
    {"math.Hypot", n_hypot},
    {"math.Mod", n_mod},
    {"math.Remainder", n_remainder},
    {"math.Copysign", n_copysign},
    {"math.Max", n_max},
    {"math.Min", n_min},
    {"math.Modf", n_modf},
    {"math.Frexp", n_frexp},
    {"math.Ldexp", n_ldexp},
    {"math.Signbit", n_signbit},
    {"math.Float64bits", n_bits_copy},
    {"math.Float64frombits", n_bits_copy},
    {"math.Float32bits", n_float32bits},
    {"math.Float32frombits", n_float32frombits},
    {NULL, NULL},
};
