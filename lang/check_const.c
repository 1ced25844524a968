/* check_const.c - constant values: literals, arithmetic, conversions and
 * representability, and Go's spelling of values in messages.
 *
 * Integers are __int128 (untyped constants beyond 64 bits work up to 127 bits).
 * Go's float constants are exact; here a float constant is a FloatConst (a
 * ConstVal extended with private fields, made only by this file): an exact
 * rational num/den of two __int128 while the arithmetic fits, and a long double
 * once it does not. ConstVal.f always holds the value rounded to a double, which
 * is all the compiler reads. There is no negative zero constant (Go has none).
 * A ConstVal is immutable once made; every operation returns a fresh one.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/object.h"
#include "check_internal.h"

ConstVal *cv_int(__int128 v) {
    ConstVal *c = mg_alloc(sizeof *c);
    c->kind = CV_INT;
    c->i = v;
    return c;
}

/* A float constant. `s` points at float_tag so that a CV_FLOAT made anywhere else
 * (a plain ConstVal) is still read correctly, through its double. */
typedef struct FloatConst {
    ConstVal cv;
    bool exact;        /* num/den is the value */
    __int128 num, den; /* den > 0, reduced */
    long double lf;    /* the value (approximated when exact) */
} FloatConst;

static const char float_tag[] = "float";

static FloatConst *float_ext(ConstVal *v) {
    return v && v->kind == CV_FLOAT && v->s == float_tag ? (FloatConst *)v : NULL;
}

static __int128 gcd128(__int128 a, __int128 b) {
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b) {
        __int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static FloatConst *float_alloc(void) {
    FloatConst *c = mg_alloc(sizeof *c);
    c->cv.kind = CV_FLOAT;
    c->cv.s = float_tag;
    return c;
}

static ConstVal *float_ld(long double x);

/* An exact num/den (den != 0). Values whose parts overflow when normalised fall
 * back to a long double. */
static ConstVal *float_exact(__int128 num, __int128 den) {
    if (den < 0) {
        if (num == -num && num != 0) return float_ld(-(long double)num / -(long double)den);
        num = -num;
        den = -den;
    }
    __int128 g = gcd128(num, den);
    if (g > 1) {
        num /= g;
        den /= g;
    }
    if (num == 0) den = 1;
    FloatConst *c = float_alloc();
    c->exact = true;
    c->num = num;
    c->den = den;
    c->lf = (long double)num / (long double)den;
    c->cv.f = (double)c->lf;
    return &c->cv;
}

/* A long double value, kept exact (as a dyadic rational) when it fits. */
static ConstVal *float_ld(long double x) {
    if (x == 0) x = 0; /* no negative zero */
    if (isfinite(x) && x != 0) {
        int e;
        long double m = frexpl(x, &e);    /* x = m * 2^e, 0.5 <= |m| < 1 */
        long double mant = ldexpl(m, 64); /* an integer: long double has 64 mantissa bits */
        int shift = e - 64;               /* x = mant * 2^shift */
        if (shift >= -120 && shift <= 60) {
            __int128 n = (__int128)mant;
            /* multiply, not <<: shifting a negative value is undefined (|n| <= 2^64) */
            if (shift >= 0) return float_exact(n * ((__int128)1 << shift), 1);
            return float_exact(n, (__int128)1 << -shift);
        }
    }
    FloatConst *c = float_alloc();
    c->exact = false;
    c->lf = x;
    c->cv.f = (double)x;
    return &c->cv;
}

ConstVal *cv_float(double v) {
    return float_ld((long double)v);
}

/* The value as a long double (any numeric constant). */
static long double as_ld(ConstVal *v) {
    if (v->kind == CV_INT) return (long double)v->i;
    FloatConst *fc = float_ext(v);
    return fc ? fc->lf : (long double)v->f;
}

/* The value as an exact rational, when it is one. */
static bool as_rat(ConstVal *v, __int128 *num, __int128 *den) {
    if (v->kind == CV_INT) {
        *num = v->i;
        *den = 1;
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

/* Exact rational arithmetic; false when an intermediate overflows. */
static bool rat_op(int op, __int128 a, __int128 b, __int128 c, __int128 d, __int128 *rn,
                   __int128 *rd) {
    __int128 t1, t2;
    switch (op) {
    case OP_ADD:
    case OP_SUB:
        if (__builtin_mul_overflow(a, d, &t1) || __builtin_mul_overflow(c, b, &t2) ||
            __builtin_mul_overflow(b, d, rd))
            return false;
        return op == OP_ADD ? !__builtin_add_overflow(t1, t2, rn)
                            : !__builtin_sub_overflow(t1, t2, rn);
    case OP_MUL: {
        __int128 g1 = gcd128(a, d), g2 = gcd128(c, b);
        if (g1 > 1) a /= g1, d /= g1;
        if (g2 > 1) c /= g2, b /= g2;
        return !__builtin_mul_overflow(a, c, rn) && !__builtin_mul_overflow(b, d, rd);
    }
    case OP_QUO: {
        __int128 g1 = gcd128(a, c), g2 = gcd128(b, d);
        if (g1 > 1) a /= g1, c /= g1;
        if (g2 > 1) b /= g2, d /= g2;
        return !__builtin_mul_overflow(a, d, rn) && !__builtin_mul_overflow(b, c, rd);
    }
    default: return false;
    }
}

static int float_cmp(ConstVal *x, ConstVal *y) {
    __int128 a, b, c, d, l, r;
    if (as_rat(x, &a, &b) && as_rat(y, &c, &d) && !__builtin_mul_overflow(a, d, &l) &&
        !__builtin_mul_overflow(c, b, &r))
        return l < r ? -1 : l > r;
    long double p = as_ld(x), q = as_ld(y);
    return p < q ? -1 : p > q;
}

/* Is the (float) constant an integer; if so and it fits, *out is its value. */
static bool float_integer(ConstVal *v, __int128 *out, bool *fits) {
    __int128 num, den;
    *fits = true;
    if (as_rat(v, &num, &den)) {
        if (den != 1) return false;
        *out = num;
        return true;
    }
    long double x = as_ld(v);
    if (!isfinite(x) || x != floorl(x)) return false;
    if (fabsl(x) >= 0x1p126L) {
        *fits = false;
        return true;
    }
    *out = (__int128)x;
    return true;
}

/* The constant rounded to float64 (or float32 when f32); NULL when that overflows. */
static ConstVal *float_round(ConstVal *v, bool f32) {
    long double x = as_ld(v);
    if (!isfinite(x)) return NULL;
    if (f32) {
        float r = (float)x;
        if (isinf(r)) return NULL;
        return float_ld((long double)r);
    }
    double r = (double)x;
    if (isinf(r)) return NULL;
    if (v->kind == CV_FLOAT && float_ext(v) && (long double)r == x) return v;
    return float_ld((long double)r);
}

ConstVal *cv_bool(bool b) {
    ConstVal *c = mg_alloc(sizeof *c);
    c->kind = CV_BOOL;
    c->b = b;
    return c;
}

ConstVal *cv_string(const char *s, size_t n) {
    ConstVal *c = mg_alloc(sizeof *c);
    c->kind = CV_STRING;
    char *p = mg_alloc_atomic(n + 1);
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

/* A decimal float literal, exact when its digits and exponent fit a rational of
 * __int128s; hexadecimal ones (and huge ones) go through strtold. */
static ConstVal *float_literal(const char *text) {
    if (!(text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))) {
        __int128 mant = 0;
        int exp10 = 0, digits = 0;
        bool ok = true, frac = false;
        const char *p = text;
        for (; *p && *p != 'e' && *p != 'E'; p++) {
            if (*p == '.') {
                frac = true;
                continue;
            }
            if (mant == 0 && *p == '0') {
                if (frac) exp10--;
                continue;
            }
            if (++digits > 36) ok = false;
            mant = mant * 10 + (*p - '0');
            if (frac) exp10--;
            if (!ok) break;
        }
        if (ok && (*p == 'e' || *p == 'E')) {
            long e = strtol(p + 1, NULL, 10);
            if (e > 200 || e < -200)
                ok = false;
            else
                exp10 += (int)e;
        }
        if (ok) {
            __int128 scale = 1;
            int k = exp10 < 0 ? -exp10 : exp10;
            for (int i = 0; i < k && ok; i++)
                if (__builtin_mul_overflow(scale, 10, &scale)) ok = false;
            if (ok && exp10 >= 0 && !__builtin_mul_overflow(mant, scale, &mant))
                return float_exact(mant, 1);
            if (ok && exp10 < 0) return float_exact(mant, scale);
        }
    }
    return float_ld(strtold(text, NULL));
}

ConstVal *cv_from_literal(Ck *c, Node *lit, Type **type) {
    char buf[256];
    size_t n = 0;
    for (size_t i = 0; i < lit->lit_len && n < sizeof buf - 1; i++)
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
        unsigned __int128 v = 0;
        bool big = false;
        double fv = 0;
        for (; *p; p++) {
            int d = digit_val(*p);
            if (d >= base) {
                ck_error(c, lit, "invalid digit '%c' in %s literal", *p,
                         base == 8   ? "octal"
                         : base == 2 ? "binary"
                                     : "hexadecimal");
                return cv_int(0);
            }
            fv = fv * base + d;
            if (v > (((unsigned __int128)1 << 126) / (unsigned)base)) big = true;
            v = v * (unsigned)base + (unsigned)d;
        }
        if (big) {
            ck_error(c, lit, "constant overflow");
            return cv_int(0);
        }
        return cv_int((__int128)v);
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
            __int128 v = 0;
            for (const char *p = buf + 2; *p; p++)
                v = v * base + digit_val(*p);
            im = cv_int(v);
        } else
            im = float_literal(buf);
        return cv_complex(cv_int(0), im);
    }
    default: *type = ty_invalid; return NULL;
    }
}

/* ---------- complex constants: a pair of float constants ---------- */

static ConstVal *as_float(ConstVal *v) {
    return v->kind == CV_INT ? float_exact(v->i, 1) : v;
}

ConstVal *cv_complex(ConstVal *re, ConstVal *im) {
    ConstVal *c = mg_alloc(sizeof *c);
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
        *im = float_exact(0, 1);
    }
}

static bool is_zero(ConstVal *v) {
    if (v->kind == CV_COMPLEX) return is_zero(v->re) && is_zero(v->im);
    return v->kind == CV_INT ? v->i == 0 : float_cmp(v, cv_int(0)) == 0;
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
        if (v->kind == CV_INT) return float_exact(v->i, 1);
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
        __int128 iv;
        if (v->kind == CV_INT)
            iv = v->i;
        else if (v->kind == CV_FLOAT) {
            bool fits;
            if (!float_integer(v, &iv, &fits)) {
                if (truncated) *truncated = true;
                return NULL;
            }
            if (!fits) return NULL;
        } else
            return NULL;
        if (!untyped && (iv < lo || (iv > 0 && (unsigned __int128)iv > hi))) return NULL;
        return v->kind == CV_INT ? v : cv_int(iv);
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
    __int128 iv;
    bool fits;
    if (v->kind == CV_FLOAT && float_integer(v, &iv, &fits) && fits && iv >= INT64_MIN &&
        iv <= INT64_MAX) {
        *out = (int64_t)iv;
        return true;
    }
    return false;
}

static bool is_float_type(Type *t) {
    return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 || t->kind == TY_UNTYPED_FLOAT);
}

ConstVal *cv_binary(Ck *c, Node *at, int op, ConstVal *x, ConstVal *y, Type *t, bool *divzero) {
    *divzero = false;
    if (x->kind == CV_STRING && y->kind == CV_STRING) {
        if (op != OP_ADD) return NULL;
        char *p = mg_alloc_atomic(x->slen + y->slen + 1);
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
        __int128 xn, xd, yn, yd, rn, rd;
        if (as_rat(x, &xn, &xd) && as_rat(y, &yn, &yd) && rat_op(op, xn, xd, yn, yd, &rn, &rd))
            return float_exact(rn, rd);
        long double a = as_ld(x), b = as_ld(y);
        switch (op) {
        case OP_ADD: return float_ld(a + b);
        case OP_SUB: return float_ld(a - b);
        case OP_MUL: return float_ld(a * b);
        default: return float_ld(a / b);
        }
    }
    if (x->kind != CV_INT || y->kind != CV_INT) return NULL;
    __int128 a = x->i, b = y->i, r;
    switch (op) {
    case OP_ADD:
        if (__builtin_add_overflow(a, b, &r)) goto overflow;
        return cv_int(r);
    case OP_SUB:
        if (__builtin_sub_overflow(a, b, &r)) goto overflow;
        return cv_int(r);
    case OP_MUL:
        if (__builtin_mul_overflow(a, b, &r)) goto overflow;
        return cv_int(r);
    case OP_QUO:
        if (b == 0) {
            *divzero = true;
            return NULL;
        }
        return cv_int(a / b);
    case OP_REM:
        if (b == 0) {
            *divzero = true;
            return NULL;
        }
        return cv_int(a % b);
    case OP_AND: return cv_int(a & b);
    case OP_OR: return cv_int(a | b);
    case OP_XOR: return cv_int(a ^ b);
    case OP_AND_NOT: return cv_int(a & ~b);
    default: return NULL;
    }
overflow:
    ck_error(c, at, "constant %s overflow",
             op == OP_ADD   ? "addition"
             : op == OP_SUB ? "subtraction"
                            : "multiplication");
    return cv_int(0);
}

ConstVal *cv_unary(int op, ConstVal *x, Type *t) {
    switch (op) {
    case OP_ADD: return x;
    case OP_SUB:
        if (x->kind == CV_COMPLEX)
            return cv_complex(cv_unary(OP_SUB, x->re, t), cv_unary(OP_SUB, x->im, t));
        if (x->kind == CV_INT) return cv_int(-x->i);
        if (x->kind == CV_FLOAT) {
            __int128 num, den;
            if (as_rat(x, &num, &den) && num != -num) return float_exact(-num, den);
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
        return cv_int(~x->i);
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
        cmp = x->i < y->i ? -1 : x->i > y->i;
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

ConstVal *cv_shift(int op, ConstVal *x, uint64_t s) {
    if (x->kind != CV_INT) return NULL;
    if (op == OP_SHL) {
        if (s >= 127) return NULL;
        __int128 v = x->i;
        __int128 r = (__int128)((unsigned __int128)v << s);
        if ((r >> s) != v) return NULL;
        return cv_int(r);
    }
    if (s >= 127) return cv_int(x->i < 0 ? -1 : 0);
    return cv_int(x->i >> s);
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

const char *cv_str(ConstVal *v, Type *t) {
    char buf[128];
    if (!v) return "?";
    switch (v->kind) {
    case CV_BOOL: return v->b ? "true" : "false";
    case CV_INT: i128_str(buf, v->i); break;
    case CV_FLOAT: {
        double f = v->f;
        if (f == floor(f) && fabs(f) < 1e21) {
            snprintf(buf, sizeof buf, "%.0f", f);
            break;
        }
        for (int p = 1; p <= 17; p++) {
            snprintf(buf, sizeof buf, "%.*g", p, f);
            if (strtod(buf, NULL) == f) break;
        }
        /* Go writes exponents as e+06 -> e+06? constant.String uses %.6g style: keep C's */
        break;
    }
    case CV_COMPLEX: {
        const char *re = cv_str(v->re, NULL), *im = cv_str(v->im, NULL);
        snprintf(buf, sizeof buf, "(%s + %si)", re, im);
        break;
    }
    case CV_STRING: {
        size_t cap = v->slen * 4 + 8, k = 0;
        char *out = mg_alloc_atomic(cap + 8);
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
    char *out = mg_alloc_atomic(n + 1);
    memcpy(out, buf, n + 1);
    return out;
}
