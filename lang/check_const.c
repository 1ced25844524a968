/* check_const.c - constant values: literals, arithmetic, conversions and
 * representability, and Go's spelling of values in messages.
 *
 * Go's constants are exact. Integers are arbitrary precision (bignum.c): ConstVal.i
 * holds the value while it fits an __int128, otherwise ConstVal.big does and i is
 * saturated, so range checks elsewhere see it out of every range; gc's 512-bit limit
 * is enforced here. A float constant is a FloatConst (a ConstVal extended with private
 * fields, made only by this file): an exact rational num/den of BigInts up to
 * RAT_MAX_BITS, else a long double. Conversions to float32/float64 round the exact
 * value once, to nearest even, subnormals included. ConstVal.f always holds the value
 * rounded to a double, which is all the compiler reads. A complex constant is a pair
 * of float constants. There is no negative zero constant (Go has none). A ConstVal is
 * immutable once made; every operation returns a fresh one.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/object.h"
#include "arena.h"
#include "bignum.h"
#include "check_internal.h"

/* gc's limits: integer constants of up to 512 bits, shift counts up to 1074 */
enum { CONST_MAX_INT_BITS = 512, CONST_MAX_SHIFT = 1023 - 1 + 52 };

static const __int128 I128_MAX = (__int128)(((unsigned __int128)1 << 127) - 1);

ConstVal *cv_int(__int128 v) {
    ConstVal *c = ar_alloc(sizeof *c);
    c->kind = CV_INT;
    c->i = v;
    return c;
}

/* An integer constant from a BigInt: `i` holds the value when it fits, else +-I128_MAX
 * (so range checks elsewhere see it as out of every range) and `big` the value. */
static ConstVal *int_from_big(BigInt *b) {
    __int128 v;
    if (bn_to_i128(b, &v)) return cv_int(v);
    ConstVal *c = cv_int(b->neg ? -I128_MAX : I128_MAX);
    c->big = b;
    return c;
}

static BigInt *int_big(ConstVal *v) {
    return v->big ? v->big : bn_from_i128(v->i);
}

/* A float constant. `s` points at float_tag so that a CV_FLOAT made anywhere else
 * (a plain ConstVal) is still read correctly, through its double. */
typedef struct FloatConst {
    ConstVal cv;
    bool exact;        /* num/den is the value */
    BigInt *num, *den; /* den > 0, reduced */
    long double lf;    /* the value (approximated when exact) */
} FloatConst;

static const char float_tag[] = "float";

/* Exact rationals grow with every operation; past this many bits a value is kept as a
 * long double instead (gc switches to 512-bit floats at a similar point). */
enum { RAT_MAX_BITS = 20000 };

static FloatConst *float_ext(ConstVal *v) {
    return v && v->kind == CV_FLOAT && v->s == float_tag ? (FloatConst *)v : NULL;
}

static FloatConst *float_alloc(void) {
    FloatConst *c = ar_alloc(sizeof *c);
    c->cv.kind = CV_FLOAT;
    c->cv.s = float_tag;
    return c;
}

/* num/den (den > 0) rounded to nearest-even with `prec` significant bits and no bit
 * below 2^emin (subnormals); returned as a long double, which holds it exactly. */
static long double rat_round(const BigInt *num, const BigInt *den, int prec, int emin) {
    if (bn_is_zero(num)) return 0;
    /* q = floor(|num| * 2^k / den) gets prec+3 or prec+4 bits */
    int k = prec + 3 - (bn_bitlen(num) - bn_bitlen(den));
    BigInt *a = bn_abs(num), *b = (BigInt *)den;
    if (k >= 0)
        a = bn_shl(a, (unsigned)k);
    else
        b = bn_shl(b, (unsigned)-k);
    BigInt *q, *r;
    bn_quorem(a, b, &q, &r);
    unsigned __int128 m = 0; /* q has at most prec+4 <= 68 bits */
    for (int i = q->n - 1; i >= 0; i--)
        m = m << 32 | q->d[i];
    bool sticky = !bn_is_zero(r);
    int len = bn_bitlen(q);
    /* keep `keep` bits: fewer when the lowest kept bit would weigh less than 2^emin */
    int keep = prec;
    if (len - keep - k < emin) keep = len - k - emin;
    int drop = len - keep;
    unsigned __int128 kept;
    bool half, below;
    if (drop > 127) {
        kept = 0, half = false, below = true;
    } else {
        kept = m >> drop;
        half = drop >= 1 && ((m >> (drop - 1)) & 1);
        below = sticky || (drop >= 2 && (m & (((unsigned __int128)1 << (drop - 1)) - 1)));
    }
    if (half && (below || (kept & 1))) kept++;
    long double x = ldexpl((long double)kept, drop - k);
    return num->neg ? -x : x;
}

static ConstVal *float_inexact(long double x) {
    FloatConst *c = float_alloc();
    c->exact = false;
    c->lf = x;
    c->cv.f = (double)x;
    return &c->cv;
}

/* An exact num/den (den != 0). */
static ConstVal *float_exact(BigInt *num, BigInt *den) {
    if (den->neg) {
        num = bn_neg(num);
        den = bn_neg(den);
    }
    BigInt *g = bn_gcd(num, den);
    if (bn_bitlen(g) > 1) {
        bn_quorem(num, g, &num, NULL);
        bn_quorem(den, g, &den, NULL);
    }
    if (bn_is_zero(num)) den = bn_from_i128(1);
    if (bn_bitlen(num) > RAT_MAX_BITS || bn_bitlen(den) > RAT_MAX_BITS)
        return float_inexact(rat_round(num, den, 64, -16445));
    FloatConst *c = float_alloc();
    c->exact = true;
    c->num = num;
    c->den = den;
    c->lf = rat_round(num, den, 64, -16445);
    c->cv.f = (double)rat_round(num, den, 53, -1074);
    return &c->cv;
}

static ConstVal *float_exact_i(__int128 num, __int128 den) {
    return float_exact(bn_from_i128(num), bn_from_i128(den));
}

/* A long double value, kept exact (as a dyadic rational) when it is finite. */
static ConstVal *float_ld(long double x) {
    if (x == 0) return float_exact_i(0, 1); /* no negative zero */
    if (isfinite(x) && x != 0) {
        int e;
        long double m = frexpl(x, &e);    /* x = m * 2^e, 0.5 <= |m| < 1 */
        long double mant = ldexpl(m, 64); /* an integer: long double has 64 mantissa bits */
        int shift = e - 64;               /* x = mant * 2^shift */
        BigInt *n = bn_from_i128((__int128)mant);
        /* within the exact range only: float_exact falls back to float_ld beyond it */
        if (shift >= 0 && shift + 64 <= RAT_MAX_BITS)
            return float_exact(bn_shl(n, (unsigned)shift), bn_from_i128(1));
        if (shift < 0 && -shift < RAT_MAX_BITS)
            return float_exact(n, bn_shl(bn_from_i128(1), (unsigned)-shift));
    }
    return float_inexact(x);
}

ConstVal *cv_float(double v) {
    return float_ld((long double)v);
}

/* The value as a long double (any numeric constant). */
static long double as_ld(ConstVal *v) {
    if (v->kind == CV_INT)
        return v->big ? rat_round(v->big, bn_from_i128(1), 64, -16445) : (long double)v->i;
    FloatConst *fc = float_ext(v);
    return fc ? fc->lf : (long double)v->f;
}

/* The value as an exact rational, when it is one. */
static bool as_rat(ConstVal *v, BigInt **num, BigInt **den) {
    if (v->kind == CV_INT) {
        *num = int_big(v);
        *den = bn_from_i128(1);
        return true;
    }
    FloatConst *fc = float_ext(v);
    if (fc && fc->exact) {
        *num = fc->num;
        *den = fc->den;
        return true;
    }
    return false;
}

/* Exact rational arithmetic (b, d > 0). */
static ConstVal *rat_op(int op, BigInt *a, BigInt *b, BigInt *c, BigInt *d) {
    switch (op) {
    case OP_ADD: return float_exact(bn_add(bn_mul(a, d), bn_mul(c, b)), bn_mul(b, d));
    case OP_SUB: return float_exact(bn_sub(bn_mul(a, d), bn_mul(c, b)), bn_mul(b, d));
    case OP_MUL: return float_exact(bn_mul(a, c), bn_mul(b, d));
    default: return float_exact(bn_mul(a, d), bn_mul(b, c));
    }
}

static int float_cmp(ConstVal *x, ConstVal *y) {
    BigInt *a, *b, *c, *d;
    if (as_rat(x, &a, &b) && as_rat(y, &c, &d)) return bn_cmp(bn_mul(a, d), bn_mul(c, b));
    long double p = as_ld(x), q = as_ld(y);
    return p < q ? -1 : p > q;
}

/* The (float) constant as an integer constant; NULL when it is not an integer. */
static ConstVal *float_to_int(ConstVal *v) {
    BigInt *num, *den;
    if (as_rat(v, &num, &den)) return bn_bitlen(den) == 1 ? int_from_big(num) : NULL;
    long double x = as_ld(v);
    if (!isfinite(x) || x != floorl(x)) return NULL;
    int e;
    long double m = frexpl(x, &e);
    BigInt *n = bn_from_i128((__int128)ldexpl(m, 64));
    return int_from_big(e >= 64 ? bn_shl(n, (unsigned)(e - 64)) : bn_shr(n, (unsigned)(64 - e)));
}

/* The constant rounded to float64 (or float32 when f32); NULL when that overflows. */
static ConstVal *float_round(ConstVal *v, bool f32) {
    BigInt *num, *den;
    long double x;
    if (as_rat(v, &num, &den))
        x = rat_round(num, den, f32 ? 24 : 53, f32 ? -149 : -1074);
    else
        x = f32 ? (long double)(float)as_ld(v) : (long double)(double)as_ld(v);
    if (!isfinite(x) || fabsl(x) > (f32 ? (long double)FLT_MAX : (long double)DBL_MAX)) return NULL;
    return float_ld(x);
}

ConstVal *cv_bool(bool b) {
    ConstVal *c = ar_alloc(sizeof *c);
    c->kind = CV_BOOL;
    c->b = b;
    return c;
}

ConstVal *cv_string(const char *s, size_t n) {
    ConstVal *c = ar_alloc(sizeof *c);
    c->kind = CV_STRING;
    char *p = ar_alloc_atomic(n + 1);
    if (n) memcpy(p, s, n);
    c->s = p;
    c->slen = n;
    return c;
}

static int digit_val(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return 99;
}

/* The digits of text in `base` as an integer, skipping '.'; *fracdigits counts those
 * after the point. Stops at the first other character, returned in *end. */
static BigInt *digits_value(const char *text, int base, int *fracdigits, const char **end) {
    BigInt *v = bn_from_i128(0);
    uint32_t chunk = 0, scale = 1; /* digits not yet folded into v: v*scale + chunk */
    bool frac = false;
    *fracdigits = 0;
    const char *p = text;
    for (;; p++) {
        if (*p == '.') {
            frac = true;
            continue;
        }
        int d = digit_val(*p);
        if (d >= base) break;
        chunk = chunk * (uint32_t)base + (uint32_t)d;
        scale *= (uint32_t)base;
        if (scale > UINT32_MAX / 16 / (uint32_t)base) { /* one more digit could overflow */
            v = bn_add(bn_mul(v, bn_from_i128(scale)), bn_from_i128(chunk));
            chunk = 0, scale = 1;
        }
        if (frac) ++*fracdigits;
    }
    if (scale > 1) v = bn_add(bn_mul(v, bn_from_i128(scale)), bn_from_i128(chunk));
    *end = p;
    return v;
}

/* A float literal, exact: digits * 10^exp (decimal) or digits * 2^exp (hexadecimal).
 * Exponents too large for exact rationals go through strtold. */
static ConstVal *float_literal(const char *text) {
    bool hex = text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    int frac;
    const char *p;
    BigInt *mant = digits_value(hex ? text + 2 : text, hex ? 16 : 10, &frac, &p);
    long e = *p ? strtol(p + 1, NULL, 10) : 0;
    if (hex) {
        e -= 4L * frac;
        if (e > RAT_MAX_BITS || e < -RAT_MAX_BITS) return float_ld(strtold(text, NULL));
        BigInt *one = bn_from_i128(1);
        return e >= 0 ? float_exact(bn_shl(mant, (unsigned)e), one)
                      : float_exact(mant, bn_shl(one, (unsigned)-e));
    }
    e -= frac;
    if (e > RAT_MAX_BITS * 3 / 10 || e < -RAT_MAX_BITS * 3 / 10) /* 10^e has 3.32e bits */
        return float_ld(strtold(text, NULL));
    BigInt *scale = bn_pow(10, (unsigned)(e < 0 ? -e : e));
    return e >= 0 ? float_exact(bn_mul(mant, scale), bn_from_i128(1)) : float_exact(mant, scale);
}

ConstVal *cv_from_literal(Ck *c, Node *lit, Type **type) {
    if (lit->lit_kind != LIT_STRING && lit->lit_kind != LIT_CHAR && lit->lit_len > 10000) {
        /* gc's cap: longer numbers mean nothing at 512 bits and cost time */
        ck_error(c, lit, "excessively long constant: %.10s... (%zu chars)", lit->lit, lit->lit_len);
        *type = ty_invalid;
        return NULL;
    }
    char *buf = ar_alloc_atomic(lit->lit_len + 1);
    size_t n = 0;
    for (size_t i = 0; i < lit->lit_len; i++)
        if (lit->lit[i] != '_') buf[n++] = lit->lit[i];
    buf[n] = 0;
    switch (lit->lit_kind) {
    case LIT_INT: {
        *type = ty_untyped_int;
        int base = 10;
        const char *p = buf;
        if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
            base = 16, p += 2;
        else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
            base = 2, p += 2;
        else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
            base = 8, p += 2;
        else if (p[0] == '0' && p[1])
            base = 8, p += 1;
        for (const char *q = p; *q; q++)
            if (digit_val(*q) >= base) {
                ck_error(c, lit, "invalid digit '%c' in %s literal", *q,
                         base == 8   ? "octal"
                         : base == 2 ? "binary"
                                     : "hexadecimal");
                return cv_int(0);
            }
        int frac;
        const char *end;
        return int_from_big(digits_value(p, base, &frac, &end));
    }
    case LIT_FLOAT: *type = ty_untyped_float; return float_literal(buf);
    case LIT_CHAR: *type = ty_untyped_rune; return cv_int(lit->ival);
    case LIT_STRING: *type = ty_untyped_string; return cv_string(lit->str, lit->str_len);
    case LIT_IMAG: {
        *type = ty_untyped_complex;
        if (n) buf[--n] = 0; /* the 'i' */
        ConstVal *im;
        int base = buf[0] == '0' && (buf[1] == 'b' || buf[1] == 'B')   ? 2
                   : buf[0] == '0' && (buf[1] == 'o' || buf[1] == 'O') ? 8
                                                                       : 0;
        if (base) { /* 0b / 0o imaginary literals: integers (0123i is decimal, as in Go) */
            int frac;
            const char *end;
            im = int_from_big(digits_value(buf + 2, base, &frac, &end));
        } else
            im = float_literal(buf);
        return cv_complex(cv_int(0), im);
    }
    default: *type = ty_invalid; return NULL;
    }
}

/* ---------- complex constants: a pair of float constants ---------- */

static ConstVal *as_float(ConstVal *v) {
    return v->kind == CV_INT ? float_exact(int_big(v), bn_from_i128(1)) : v;
}

ConstVal *cv_complex(ConstVal *re, ConstVal *im) {
    ConstVal *c = ar_alloc(sizeof *c);
    c->kind = CV_COMPLEX;
    c->re = as_float(re);
    c->im = as_float(im);
    c->f = c->re->f;
    return c;
}

/* The parts of any numeric constant. */
static void complex_parts(ConstVal *v, ConstVal **re, ConstVal **im) {
    if (v->kind == CV_COMPLEX) {
        *re = v->re;
        *im = v->im;
    } else {
        *re = as_float(v);
        *im = float_exact_i(0, 1);
    }
}

static bool is_zero(ConstVal *v) {
    if (v->kind == CV_COMPLEX) return is_zero(v->re) && is_zero(v->im);
    return v->kind == CV_INT ? v->i == 0 && !v->big : float_cmp(v, cv_int(0)) == 0;
}

bool cv_is_zero(ConstVal *v) {
    return v && v->kind != CV_BOOL && v->kind != CV_STRING && is_zero(v);
}

ConstVal *cv_real(ConstVal *v) {
    ConstVal *re, *im;
    complex_parts(v, &re, &im);
    return re;
}

ConstVal *cv_imag(ConstVal *v) {
    ConstVal *re, *im;
    complex_parts(v, &re, &im);
    return im;
}

static ConstVal *complex_binary(Ck *c, Node *at, int op, ConstVal *x, ConstVal *y, bool *divzero) {
    ConstVal *a, *b, *p, *q;
    complex_parts(x, &a, &b);
    complex_parts(y, &p, &q);
    bool dz;
    Type *f = ty_untyped_float;
#define F(o, l, r) cv_binary(c, at, o, l, r, f, &dz)
    switch (op) {
    case OP_ADD:
    case OP_SUB: return cv_complex(F(op, a, p), F(op, b, q));
    case OP_MUL:
        return cv_complex(F(OP_SUB, F(OP_MUL, a, p), F(OP_MUL, b, q)),
                          F(OP_ADD, F(OP_MUL, a, q), F(OP_MUL, b, p)));
    case OP_QUO: {
        ConstVal *d = F(OP_ADD, F(OP_MUL, p, p), F(OP_MUL, q, q));
        if (is_zero(d)) {
            *divzero = true;
            return NULL;
        }
        return cv_complex(F(OP_QUO, F(OP_ADD, F(OP_MUL, a, p), F(OP_MUL, b, q)), d),
                          F(OP_QUO, F(OP_SUB, F(OP_MUL, b, p), F(OP_MUL, a, q)), d));
    }
    default: return NULL;
    }
#undef F
}

static bool int_range(TypeKind k, __int128 *lo, unsigned __int128 *hi) {
    switch (k) {
    case TY_INT8: *lo = INT8_MIN, *hi = INT8_MAX; return true;
    case TY_INT16: *lo = INT16_MIN, *hi = INT16_MAX; return true;
    case TY_INT32: *lo = INT32_MIN, *hi = INT32_MAX; return true;
    case TY_INT:
    case TY_INT64: *lo = INT64_MIN, *hi = INT64_MAX; return true;
    case TY_UINT8: *lo = 0, *hi = UINT8_MAX; return true;
    case TY_UINT16: *lo = 0, *hi = UINT16_MAX; return true;
    case TY_UINT32: *lo = 0, *hi = UINT32_MAX; return true;
    case TY_UINT:
    case TY_UINT64:
    case TY_UINTPTR: *lo = 0, *hi = UINT64_MAX; return true;
    default: return false;
    }
}

ConstVal *cv_convert(ConstVal *v, Type *t, bool *truncated) {
    if (truncated) *truncated = false;
    if (!v || !t) return NULL;
    TypeKind k = t->underlying ? t->underlying->kind : t->kind;
    if (k == TY_UNTYPED_COMPLEX || k == TY_COMPLEX64 || k == TY_COMPLEX128) {
        if (v->kind == CV_BOOL || v->kind == CV_STRING) return NULL;
        ConstVal *re, *im;
        complex_parts(v, &re, &im);
        if (k == TY_UNTYPED_COMPLEX) return v->kind == CV_COMPLEX ? v : cv_complex(re, im);
        re = float_round(re, k == TY_COMPLEX64);
        im = float_round(im, k == TY_COMPLEX64);
        return re && im ? cv_complex(re, im) : NULL;
    }
    if (v->kind == CV_COMPLEX) { /* to a real type: only without an imaginary part */
        if (!is_zero(v->im)) {
            /* gc: an integer target "truncates", a float one "overflows" */
            if (truncated)
                *truncated =
                    (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
            return NULL;
        }
        return cv_convert(v->re, t, truncated);
    }
    switch (k) {
    case TY_BOOL:
    case TY_UNTYPED_BOOL: return v->kind == CV_BOOL ? v : NULL;
    case TY_STRING:
    case TY_UNTYPED_STRING: return v->kind == CV_STRING ? v : NULL;
    case TY_UNTYPED_FLOAT:
        if (v->kind == CV_INT) return as_float(v);
        if (v->kind == CV_FLOAT) return isfinite(as_ld(v)) ? v : NULL;
        return NULL;
    case TY_FLOAT64:
    case TY_FLOAT32:
        if (v->kind != CV_INT && v->kind != CV_FLOAT) return NULL;
        return float_round(v, k == TY_FLOAT32);
    default: {
        __int128 lo = 0;
        unsigned __int128 hi = 0;
        bool untyped = k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
        if (!untyped && !int_range(k, &lo, &hi)) return NULL;
        ConstVal *iv = v;
        if (v->kind == CV_FLOAT) {
            iv = float_to_int(v);
            if (!iv) {
                if (truncated) *truncated = true;
                return NULL;
            }
        } else if (v->kind != CV_INT)
            return NULL;
        if (!untyped && (iv->big || iv->i < lo || (iv->i > 0 && (unsigned __int128)iv->i > hi)))
            return NULL;
        return iv;
    }
    }
}

bool cv_to_int64(ConstVal *v, int64_t *out) {
    if (!v) return false;
    if (v->kind == CV_INT) {
        if (v->i < INT64_MIN || v->i > INT64_MAX) return false;
        *out = (int64_t)v->i;
        return true;
    }
    ConstVal *iv = v->kind == CV_FLOAT ? float_to_int(v) : NULL;
    return iv && cv_to_int64(iv, out);
}

static bool is_float_type(Type *t) {
    return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 || t->kind == TY_UNTYPED_FLOAT);
}

ConstVal *cv_binary(Ck *c, Node *at, int op, ConstVal *x, ConstVal *y, Type *t, bool *divzero) {
    *divzero = false;
    if (x->kind == CV_STRING && y->kind == CV_STRING) {
        if (op != OP_ADD) return NULL;
        char *p = ar_alloc_atomic(x->slen + y->slen + 1);
        memcpy(p, x->s, x->slen);
        memcpy(p + x->slen, y->s, y->slen);
        ConstVal *r = cv_string(p, x->slen + y->slen);
        return r;
    }
    if (x->kind == CV_BOOL && y->kind == CV_BOOL) {
        if (op == OP_LAND) return cv_bool(x->b && y->b);
        if (op == OP_LOR) return cv_bool(x->b || y->b);
        return NULL;
    }
    if (x->kind == CV_COMPLEX || y->kind == CV_COMPLEX || type_is_complex(t))
        return complex_binary(c, at, op, x, y, divzero);
    bool use_float = is_float_type(t) || x->kind == CV_FLOAT || y->kind == CV_FLOAT;
    if (use_float && !type_is_integer(t)) {
        if (op != OP_ADD && op != OP_SUB && op != OP_MUL && op != OP_QUO) return NULL;
        if (op == OP_QUO && float_cmp(y, cv_int(0)) == 0) {
            *divzero = true;
            return NULL;
        }
        BigInt *xn, *xd, *yn, *yd;
        if (as_rat(x, &xn, &xd) && as_rat(y, &yn, &yd)) return rat_op(op, xn, xd, yn, yd);
        long double a = as_ld(x), b = as_ld(y);
        long double r = op == OP_ADD ? a + b : op == OP_SUB ? a - b : op == OP_MUL ? a * b : a / b;
        if (!isfinite(r)) {
            ck_error_op(c, at, "constant result is not representable");
            return NULL;
        }
        return float_ld(r);
    }
    if (x->kind != CV_INT || y->kind != CV_INT) return NULL;
    if ((op == OP_QUO || op == OP_REM) && y->i == 0 && !y->big) {
        *divzero = true;
        return NULL;
    }
    BigInt *a = int_big(x), *b = int_big(y), *r;
    switch (op) {
    case OP_ADD: r = bn_add(a, b); break;
    case OP_SUB: r = bn_sub(a, b); break;
    case OP_MUL: r = bn_mul(a, b); break;
    case OP_QUO: bn_quorem(a, b, &r, NULL); break;
    case OP_REM: bn_quorem(a, b, NULL, &r); break;
    case OP_AND: r = bn_and(a, b); break;
    case OP_OR: r = bn_or(a, b); break;
    case OP_XOR: r = bn_xor(a, b); break;
    case OP_AND_NOT: r = bn_andnot(a, b); break;
    default: return NULL;
    }
    if (bn_bitlen(r) > CONST_MAX_INT_BITS) {
        ck_error_op(c, at, "constant %s overflow",
                    op == OP_ADD   ? "addition"
                    : op == OP_SUB ? "subtraction"
                    : op == OP_MUL ? "multiplication"
                    : op == OP_XOR ? "bitwise XOR"
                                   : "bitwise");
        return cv_int(0);
    }
    return int_from_big(r);
}

bool cv_too_big(ConstVal *v) {
    return v && v->kind == CV_INT && v->big && bn_bitlen(v->big) > CONST_MAX_INT_BITS;
}

ConstVal *cv_unary(int op, ConstVal *x, Type *t) {
    switch (op) {
    case OP_ADD: return x;
    case OP_SUB:
        if (x->kind == CV_COMPLEX)
            return cv_complex(cv_unary(OP_SUB, x->re, t), cv_unary(OP_SUB, x->im, t));
        if (x->kind == CV_INT) return int_from_big(bn_neg(int_big(x)));
        if (x->kind == CV_FLOAT) {
            BigInt *num, *den;
            if (as_rat(x, &num, &den)) return float_exact(bn_neg(num), den);
            return float_ld(-as_ld(x));
        }
        return NULL;
    case OP_NOT: return x->kind == CV_BOOL ? cv_bool(!x->b) : NULL;
    case OP_XOR: {
        if (x->kind != CV_INT) return NULL;
        if (type_is_unsigned(t)) {
            int bits = 64;
            switch (t->underlying->kind) {
            case TY_UINT8: bits = 8; break;
            case TY_UINT16: bits = 16; break;
            case TY_UINT32: bits = 32; break;
            default: break;
            }
            unsigned __int128 mask = ((unsigned __int128)1 << bits) - 1;
            return cv_int((__int128)(~(unsigned __int128)x->i & mask));
        }
        return int_from_big(bn_xor(int_big(x), bn_from_i128(-1)));
    }
    default: return NULL;
    }
}

bool cv_compare(int op, ConstVal *x, ConstVal *y) {
    int cmp;
    if (x->kind == CV_COMPLEX || y->kind == CV_COMPLEX) {
        ConstVal *a, *b, *p, *q;
        complex_parts(x, &a, &b);
        complex_parts(y, &p, &q);
        cmp = float_cmp(a, p) != 0 || float_cmp(b, q) != 0;
    } else if (x->kind == CV_STRING) {
        size_t n = x->slen < y->slen ? x->slen : y->slen;
        cmp = memcmp(x->s, y->s, n);
        if (!cmp) cmp = x->slen < y->slen ? -1 : x->slen > y->slen;
    } else if (x->kind == CV_BOOL) {
        cmp = x->b == y->b ? 0 : 1;
    } else if (x->kind == CV_INT && y->kind == CV_INT) {
        cmp = bn_cmp(int_big(x), int_big(y));
    } else {
        cmp = float_cmp(x, y);
    }
    switch (op) {
    case OP_EQL: return cmp == 0;
    case OP_NEQ: return cmp != 0;
    case OP_LSS: return cmp < 0;
    case OP_LEQ: return cmp <= 0;
    case OP_GTR: return cmp > 0;
    case OP_GEQ: return cmp >= 0;
    default: return false;
    }
}

ConstVal *cv_shift(int op, ConstVal *x, uint64_t s, bool *overflow) {
    *overflow = false;
    if (x->kind != CV_INT) return NULL;
    if (op == OP_SHR)
        return int_from_big(bn_shr(int_big(x), s > 1u << 20 ? 1u << 20 : (unsigned)s));
    if (s > CONST_MAX_SHIFT) return NULL;
    BigInt *r = bn_shl(int_big(x), (unsigned)s);
    if (bn_bitlen(r) > CONST_MAX_INT_BITS) {
        *overflow = true;
        return NULL;
    }
    return int_from_big(r);
}

static void i128_str(char *buf, __int128 v) {
    char tmp[64];
    int n = 0;
    bool neg = v < 0;
    unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
    do {
        tmp[n++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    int k = 0;
    if (neg) buf[k++] = '-';
    while (n)
        buf[k++] = tmp[--n];
    buf[k] = 0;
}

/* Go's %g: the shortest digits that read back as f, in %e form when the exponent is
 * < -4 or >= 6 (strconv's rule for the shortest precision). */
static void go_g(char *buf, size_t size, double f) {
    int p = 1;
    for (; p < 17; p++) {
        snprintf(buf, size, "%.*e", p - 1, f);
        if (strtod(buf, NULL) == f) break;
    }
    int exp = atoi(strchr(buf, 'e') + 1);
    if (exp < -4 || exp >= 6) return;
    snprintf(buf, size, "%.*f", p - 1 - exp > 0 ? p - 1 - exp : 0, f);
}

/* go/constant's String of a float: %.6g when the value is within float64's range (%g
 * when that hides a fraction), else an approximate "%.6ge%+d" of its own. */
static void float_str(char *buf, size_t size, ConstVal *v) {
    FloatConst *fc = float_ext(v);
    double f = v->f;
    bool nonzero = float_cmp(v, cv_int(0)) != 0;
    if ((f != 0) == nonzero && !isinf(f)) {
        snprintf(buf, size, "%.6g", f);
        if (!strchr(buf, '.') && !float_to_int(v)) go_g(buf, size, f);
        return;
    }
    long double x = fc ? fc->lf : (long double)f;
    if (isinf(x)) {
        snprintf(buf, size, "%s", x < 0 ? "-Inf" : "+Inf");
        return;
    }
    int e2;
    double m = (double)frexpl(x, &e2); /* x = m * 2^e2, 0.5 <= |m| < 1 */
    double d = e2 * (M_LN2 / M_LN10);
    long e = (long)d;
    m *= pow(10, d - (double)e);
    if (fabs(m) < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (fabs(m) >= 10) {
        m /= 10;
        e++;
    }
    snprintf(buf, size, "%.6ge%+ld", m, e);
}

const char *cv_str(ConstVal *v, Type *t) {
    char buf[128];
    if (!v) return "?";
    switch (v->kind) {
    case CV_BOOL: return v->b ? "true" : "false";
    case CV_INT:
        if (v->big) return bn_str(v->big);
        i128_str(buf, v->i);
        break;
    case CV_FLOAT: float_str(buf, sizeof buf, v); break;
    case CV_COMPLEX: {
        const char *re = cv_str(v->re, NULL), *im = cv_str(v->im, NULL);
        snprintf(buf, sizeof buf, "(%s + %si)", re, im);
        break;
    }
    case CV_STRING: {
        size_t cap = v->slen * 4 + 8, k = 0;
        char *out = ar_alloc_atomic(cap + 8);
        out[k++] = '"';
        for (size_t i = 0; i < v->slen && k < cap; i++) {
            unsigned char ch = (unsigned char)v->s[i];
            if (ch == '"' || ch == '\\') {
                out[k++] = '\\';
                out[k++] = (char)ch;
            } else if (ch == '\n') {
                out[k++] = '\\';
                out[k++] = 'n';
            } else if (ch == '\t') {
                out[k++] = '\\';
                out[k++] = 't';
            } else if (ch < 0x20 || ch == 0x7f) {
                k += (size_t)snprintf(out + k, 8, "\\x%02x", ch);
            } else
                out[k++] = (char)ch;
        }
        out[k++] = '"';
        out[k] = 0;
        return out;
    }
    }
    size_t n = strlen(buf);
    char *out = ar_alloc_atomic(n + 1);
    memcpy(out, buf, n + 1);
    return out;
}
