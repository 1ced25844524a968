/* check_const.c - constant values: literals, arithmetic, conversions and
 * representability, and Go's spelling of values in messages.
 *
 * Integers are __int128 (untyped constants beyond 64 bits work up to 127 bits),
 * floats are doubles. A ConstVal is immutable once made; every operation
 * returns a fresh one.
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

ConstVal *cv_float(double v) {
    ConstVal *c = mg_alloc(sizeof *c);
    c->kind = CV_FLOAT;
    c->f = v;
    return c;
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
    case LIT_FLOAT: *type = ty_untyped_float; return cv_float(strtod(buf, NULL));
    case LIT_CHAR: *type = ty_untyped_rune; return cv_int(lit->ival);
    case LIT_STRING: *type = ty_untyped_string; return cv_string(lit->str, lit->str_len);
    case LIT_IMAG:
    default:
        ck_error(c, lit, "complex numbers are not supported");
        *type = ty_invalid;
        return NULL;
    }
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
    switch (k) {
    case TY_BOOL:
    case TY_UNTYPED_BOOL: return v->kind == CV_BOOL ? v : NULL;
    case TY_STRING:
    case TY_UNTYPED_STRING: return v->kind == CV_STRING ? v : NULL;
    case TY_UNTYPED_INT:
    case TY_UNTYPED_RUNE:
        if (v->kind == CV_INT) return v;
        if (v->kind == CV_FLOAT) {
            if (v->f != floor(v->f) || !isfinite(v->f)) {
                if (truncated) *truncated = true;
                return NULL;
            }
            if (fabs(v->f) > 1.7e38) return NULL;
            return cv_int((__int128)v->f);
        }
        return NULL;
    case TY_UNTYPED_FLOAT:
    case TY_FLOAT64:
        if (v->kind == CV_INT) return cv_float((double)v->i);
        if (v->kind == CV_FLOAT) return isfinite(v->f) ? v : NULL;
        return NULL;
    case TY_FLOAT32: {
        double f;
        if (v->kind == CV_INT)
            f = (double)v->i;
        else if (v->kind == CV_FLOAT)
            f = v->f;
        else
            return NULL;
        if (!isfinite(f) || fabs(f) > FLT_MAX) return NULL;
        return cv_float((double)(float)f);
    }
    default: {
        __int128 lo;
        unsigned __int128 hi;
        if (!int_range(k, &lo, &hi)) return NULL;
        __int128 iv;
        if (v->kind == CV_INT)
            iv = v->i;
        else if (v->kind == CV_FLOAT) {
            if (v->f != floor(v->f) || !isfinite(v->f)) {
                if (truncated) *truncated = true;
                return NULL;
            }
            if (fabs(v->f) > 1.7e38) return NULL;
            iv = (__int128)v->f;
        } else
            return NULL;
        if (iv < lo || (iv > 0 && (unsigned __int128)iv > hi)) return NULL;
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
    if (v->kind == CV_FLOAT && v->f == floor(v->f) && fabs(v->f) < 9.2e18) {
        *out = (int64_t)v->f;
        return true;
    }
    return false;
}

static double as_float(ConstVal *v) {
    return v->kind == CV_INT ? (double)v->i : v->f;
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
    bool use_float = is_float_type(t) || x->kind == CV_FLOAT || y->kind == CV_FLOAT;
    if (use_float && !type_is_integer(t)) {
        double a = as_float(x), b = as_float(y);
        switch (op) {
        case OP_ADD: return cv_float(a + b);
        case OP_SUB: return cv_float(a - b);
        case OP_MUL: return cv_float(a * b);
        case OP_QUO:
            if (b == 0) {
                *divzero = true;
                return NULL;
            }
            return cv_float(a / b);
        default: return NULL;
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
        if (x->kind == CV_INT) return cv_int(-x->i);
        if (x->kind == CV_FLOAT) return cv_float(-x->f);
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
    if (x->kind == CV_STRING) {
        size_t n = x->slen < y->slen ? x->slen : y->slen;
        cmp = memcmp(x->s, y->s, n);
        if (!cmp) cmp = x->slen < y->slen ? -1 : x->slen > y->slen;
    } else if (x->kind == CV_BOOL) {
        cmp = x->b == y->b ? 0 : 1;
    } else if (x->kind == CV_INT && y->kind == CV_INT) {
        cmp = x->i < y->i ? -1 : x->i > y->i;
    } else {
        double a = as_float(x), b = as_float(y);
        cmp = a < b ? -1 : a > b;
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
