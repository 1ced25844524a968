/* strconv.c - the natives of package strconv (stdlib/strconv.mg) and
 * mg_format_float (strconv.h), shared with fmt.
 *
 * Parsing natives return (value, code) and strconv.mg turns a non-zero code
 * into Go's *NumError, so no native has to build an interface value:
 *   code 0 ok, 1 ErrSyntax, 2 ErrRange, 3 invalid base, 4 invalid bit size.
 *
 * Float formatting: the digits come from glibc's correctly rounded printf;
 * "shortest" tries 1..17 significant digits until the text reads back as the
 * same value (strtod/strtof), then the digits are laid out with Go's rules for
 * %e, %f and %g (ftoa.go's formatDigits), which differ from C's.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/natives.h"
#include "stdlib/strconv.h"
#include "stdlib/unicode.h"
#include "vm/object.h"

#define ARG_STR(k_) ((mg_string){(const uint8_t *)args[k_].p, args[(k_) + 1].i})
#define RET_STR(k_, s)                                                                             \
    do {                                                                                           \
        mg_string s_ = (s);                                                                        \
        res[k_].p = (void *)s_.ptr;                                                                \
        res[(k_) + 1].i = s_.len;                                                                  \
    } while (0)

enum { OK = 0, E_SYNTAX = 1, E_RANGE = 2, E_BASE = 3, E_BITSIZE = 4 };

/* ---------- a growable output buffer (plain malloc: bytes only) ---------- */

typedef struct outbuf {
    char *p;
    size_t n, cap;
    char small[128];
} outbuf;

static void ob_init(outbuf *o) {
    o->p = o->small;
    o->n = 0;
    o->cap = sizeof o->small;
}
static void ob_put(outbuf *o, char c) {
    if (o->n == o->cap) {
        size_t cap = o->cap * 2;
        char *p = malloc(cap);
        if (!p) abort();
        memcpy(p, o->p, o->n);
        if (o->p != o->small) free(o->p);
        o->p = p;
        o->cap = cap;
    }
    o->p[o->n++] = c;
}
static void ob_puts(outbuf *o, const char *s) {
    while (*s)
        ob_put(o, *s++);
}
static void ob_free(outbuf *o) {
    if (o->p != o->small) free(o->p);
}

/* ---------- float formatting ---------- */

typedef struct decimal {
    char *d; /* significant digits, no trailing zeros */
    int nd, dp;
} decimal;

/* Rounds v (its absolute value) to `ndigits` significant digits (>= 1). */
static void digits_of(double v, int ndigits, decimal *dec) {
    size_t cap = (size_t)ndigits + 32;
    char *tmp = malloc(cap);
    if (!tmp) abort();
    snprintf(tmp, cap, "%.*e", ndigits - 1, fabs(v));
    int nd = 0;
    char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') dec->d[nd++] = *p;
    int exp = atoi(p + 1);
    while (nd > 0 && dec->d[nd - 1] == '0')
        nd--;
    dec->nd = nd;
    dec->dp = nd ? exp + 1 : 0;
    free(tmp);
}

static bool round_trips(double v, int ndigits, int bitsize) {
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%.*e", ndigits - 1, v);
    if (bitsize == 32) return strtof(tmp, NULL) == (float)v;
    return strtod(tmp, NULL) == v;
}

static void shortest_digits(double v, int bitsize, decimal *dec) {
    if (v == 0) {
        dec->nd = dec->dp = 0;
        return;
    }
    int n = 1;
    while (n < 17 && !round_trips(v, n, bitsize))
        n++;
    digits_of(v, n, dec);
}

static void fmt_e(outbuf *o, bool neg, const decimal *d, int prec, char fmt) {
    if (neg) ob_put(o, '-');
    ob_put(o, d->nd ? d->d[0] : '0');
    if (prec > 0) {
        ob_put(o, '.');
        for (int i = 1; i <= prec; i++)
            ob_put(o, i < d->nd ? d->d[i] : '0');
    }
    ob_put(o, fmt);
    int exp = d->nd ? d->dp - 1 : 0;
    ob_put(o, exp < 0 ? '-' : '+');
    if (exp < 0) exp = -exp;
    char e[16];
    snprintf(e, sizeof e, "%02d", exp);
    ob_puts(o, e);
}

static void fmt_f(outbuf *o, bool neg, const decimal *d, int prec) {
    if (neg) ob_put(o, '-');
    if (d->dp > 0) {
        for (int i = 0; i < d->dp; i++)
            ob_put(o, i < d->nd ? d->d[i] : '0');
    } else
        ob_put(o, '0');
    if (prec > 0) {
        ob_put(o, '.');
        for (int i = 1; i <= prec; i++) {
            int j = d->dp + i - 1;
            ob_put(o, j >= 0 && j < d->nd ? d->d[j] : '0');
        }
    }
}

/* The binary formats, from the value's bits as strconv does: 'b' is mantissa "p" exponent
 * (decimal), 'x'/'X' a hexadecimal mantissa 1.hhh with a binary exponent, rounded to prec
 * hex digits when prec >= 0. */
static void format_binary(outbuf *o, double v, char fmt, int prec, int bitsize) {
    int mantbits = bitsize == 32 ? 23 : 52, bias = bitsize == 32 ? -127 : -1023;
    uint64_t bits, mant;
    int exp;
    bool neg = signbit(v) != 0;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t b32;
        memcpy(&b32, &f, sizeof b32);
        bits = b32;
        exp = (int)(bits >> 23) & 0xff;
    } else {
        memcpy(&bits, &v, sizeof bits);
        exp = (int)(bits >> 52) & 0x7ff;
    }
    mant = bits & (((uint64_t)1 << mantbits) - 1);
    if (exp == 0)
        exp++; /* subnormal */
    else
        mant |= (uint64_t)1 << mantbits;
    exp += bias;
    char tmp[64];
    if (fmt == 'b') {
        snprintf(tmp, sizeof tmp, "%s%llup%+d", neg ? "-" : "", (unsigned long long)mant,
                 exp - mantbits);
        ob_puts(o, tmp);
        return;
    }
    if (mant == 0) exp = 0;
    mant <<= 60 - mantbits; /* the leading 1 at bit 60 */
    while (mant != 0 && !(mant & ((uint64_t)1 << 60))) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) { /* round half to even at prec hex digits */
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > ((uint64_t)1 << 59)) mant++;
        mant <<= 60 - shift;
        if (mant & ((uint64_t)1 << 61)) { /* carried into a new leading digit */
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg) ob_put(o, '-');
    ob_put(o, '0');
    ob_put(o, fmt);
    ob_put(o, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if ((prec < 0 && mant != 0) || prec > 0) {
        ob_put(o, '.');
        for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
            ob_put(o, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    snprintf(tmp, sizeof tmp, "%c%c%02d", fmt == 'X' ? 'P' : 'p', exp < 0 ? '-' : '+',
             exp < 0 ? -exp : exp);
    ob_puts(o, tmp);
}

static void format_float(outbuf *o, double v, char fmt, int prec, int bitsize) {
    if (bitsize == 32) v = (float)v;
    if (isnan(v)) {
        ob_puts(o, "NaN");
        return;
    }
    if (isinf(v)) {
        ob_puts(o, v > 0 ? "+Inf" : "-Inf");
        return;
    }
    if (fmt == 'b' || fmt == 'x' || fmt == 'X') {
        format_binary(o, v, fmt, prec, bitsize);
        return;
    }
    bool neg = signbit(v) != 0;
    if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G') fmt = 'g';
    if (fmt == 'f' && prec >= 0) {
        /* glibc's %f rounds the exact binary value half-to-even, as Go's decimal does. */
        int n = snprintf(NULL, 0, "%.*f", prec, v);
        char *tmp = malloc((size_t)n + 1);
        if (!tmp) abort();
        snprintf(tmp, (size_t)n + 1, "%.*f", prec, v);
        ob_puts(o, tmp);
        free(tmp);
        return;
    }
    bool shortest = prec < 0;
    decimal dec;
    char dbuf[40];
    dec.d = dbuf;
    char *heap = NULL;
    if (shortest) {
        shortest_digits(v, bitsize, &dec);
        switch (fmt) {
        case 'e':
        case 'E': prec = dec.nd > 1 ? dec.nd - 1 : 0; break;
        case 'f': prec = dec.nd - dec.dp > 0 ? dec.nd - dec.dp : 0; break;
        default: prec = dec.nd; break;
        }
    } else {
        int ndigits = (fmt == 'e' || fmt == 'E') ? prec + 1 : (prec == 0 ? 1 : prec);
        if (fmt == 'g' || fmt == 'G') prec = ndigits;
        if (ndigits + 8 > (int)sizeof dbuf) {
            heap = malloc((size_t)ndigits + 8);
            if (!heap) abort();
            dec.d = heap;
        }
        if (v == 0)
            dec.nd = dec.dp = 0;
        else
            digits_of(v, ndigits, &dec);
    }
    if (fmt == 'e' || fmt == 'E')
        fmt_e(o, neg, &dec, prec, fmt);
    else if (fmt == 'f')
        fmt_f(o, neg, &dec, prec);
    else {
        int eprec = prec;
        if (eprec > dec.nd && dec.nd >= dec.dp) eprec = dec.nd;
        if (shortest) eprec = 6;
        int exp = dec.dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > dec.nd) prec = dec.nd;
            fmt_e(o, neg, &dec, prec - 1, fmt == 'g' ? 'e' : 'E');
        } else {
            if (prec > dec.dp) prec = dec.nd;
            fmt_f(o, neg, &dec, prec - dec.dp > 0 ? prec - dec.dp : 0);
        }
    }
    free(heap);
}

int mg_format_float(char *buf, size_t cap, double v, char fmt, int prec, int bitsize) {
    outbuf o;
    ob_init(&o);
    format_float(&o, v, fmt, prec, bitsize);
    if (cap > 0) {
        size_t n = o.n < cap - 1 ? o.n : cap - 1;
        memcpy(buf, o.p, n);
        buf[n] = 0;
    }
    int len = (int)o.n;
    ob_free(&o);
    return len;
}

static mg_string ob_string(outbuf *o) {
    mg_string s = mg_str_from_bytes(o->p, o->n);
    ob_free(o);
    return s;
}

/* FormatFloat(f float64, fmt byte, prec, bitSize int) string */
static void n_format_float(mg_ncall *c, mg_word *args, mg_word *res) {
    outbuf o;
    ob_init(&o);
    format_float(&o, args[0].f, (char)args[1].u, (int)args[2].i, (int)args[3].i);
    RET_STR(0, ob_string(&o));
}

/* ---------- integers ---------- */

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static mg_string format_bits(uint64_t u, int base, bool neg) {
    char buf[72];
    int i = (int)sizeof buf;
    if (base == 10) {
        while (u >= 10) {
            buf[--i] = (char)('0' + u % 10);
            u /= 10;
        }
        buf[--i] = (char)('0' + u);
    } else {
        while (u >= (uint64_t)base) {
            buf[--i] = digit_chars[u % (uint64_t)base];
            u /= (uint64_t)base;
        }
        buf[--i] = digit_chars[u];
    }
    if (neg) buf[--i] = '-';
    return mg_str_from_bytes(buf + i, sizeof buf - (size_t)i);
}

static void n_itoa(mg_ncall *c, mg_word *args, mg_word *res) {
    int64_t v = args[0].i;
    RET_STR(0, format_bits(v < 0 ? -(uint64_t)v : (uint64_t)v, 10, v < 0));
}

static bool check_base(mg_ncall *c, int64_t base) {
    if (base < 2 || base > 36) {
        mg_native_panic_string(c, "strconv: illegal AppendInt/FormatInt base");
        return false;
    }
    return true;
}

static void n_format_int(mg_ncall *c, mg_word *args, mg_word *res) {
    int64_t v = args[0].i;
    RET_STR(0, ((mg_string){NULL, 0}));
    if (!check_base(c, args[1].i)) return;
    RET_STR(0, format_bits(v < 0 ? -(uint64_t)v : (uint64_t)v, (int)args[1].i, v < 0));
}

static void n_format_uint(mg_ncall *c, mg_word *args, mg_word *res) {
    RET_STR(0, ((mg_string){NULL, 0}));
    if (!check_base(c, args[1].i)) return;
    RET_STR(0, format_bits(args[0].u, (int)args[1].i, false));
}

static int lower(int ch) {
    return ch | 0x20;
}

/* Go's underscoreOK: underscores only between digits (or after a base prefix). */
static bool underscore_ok(mg_string s) {
    char saw = '^';
    int64_t i = 0;
    if (s.len >= 1 && (s.ptr[0] == '-' || s.ptr[0] == '+')) s.ptr++, s.len--;
    bool hex = false;
    if (s.len >= 2 && s.ptr[0] == '0' &&
        (lower(s.ptr[1]) == 'b' || lower(s.ptr[1]) == 'o' || lower(s.ptr[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s.ptr[1]) == 'x';
    }
    for (; i < s.len; i++) {
        int ch = s.ptr[i];
        if ((ch >= '0' && ch <= '9') || (hex && lower(ch) >= 'a' && lower(ch) <= 'f')) {
            saw = '0';
            continue;
        }
        if (ch == '_') {
            if (saw != '0') return false;
            saw = '_';
            continue;
        }
        if (saw == '_') return false;
        saw = '!';
    }
    return saw != '_';
}

/* Go's ParseUint; returns the code, the value in *out. */
static int parse_uint(mg_string s, int64_t base, int64_t bitsize, uint64_t *out) {
    *out = 0;
    if (s.len == 0) return E_SYNTAX;
    mg_string s0 = s;
    bool base0 = base == 0;
    if (base == 0) {
        base = 10;
        if (s.ptr[0] == '0') {
            if (s.len >= 3 && lower(s.ptr[1]) == 'b')
                base = 2, s.ptr += 2, s.len -= 2;
            else if (s.len >= 3 && lower(s.ptr[1]) == 'o')
                base = 8, s.ptr += 2, s.len -= 2;
            else if (s.len >= 3 && lower(s.ptr[1]) == 'x')
                base = 16, s.ptr += 2, s.len -= 2;
            else
                base = 8, s.ptr++, s.len--;
        }
    } else if (base < 2 || base > 36)
        return E_BASE;
    if (bitsize == 0)
        bitsize = 64;
    else if (bitsize < 0 || bitsize > 64)
        return E_BITSIZE;
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxval = bitsize == 64 ? UINT64_MAX : ((uint64_t)1 << bitsize) - 1;
    bool underscores = false;
    uint64_t n = 0;
    for (int64_t i = 0; i < s.len; i++) {
        int ch = s.ptr[i], d;
        if (ch == '_' && base0) {
            underscores = true;
            continue;
        }
        if (ch >= '0' && ch <= '9')
            d = ch - '0';
        else if (lower(ch) >= 'a' && lower(ch) <= 'z')
            d = lower(ch) - 'a' + 10;
        else
            return E_SYNTAX;
        if (d >= base) return E_SYNTAX;
        if (n >= cutoff) {
            *out = maxval;
            return E_RANGE;
        }
        n *= (uint64_t)base;
        uint64_t n1 = n + (uint64_t)d;
        if (n1 < n || n1 > maxval) {
            *out = maxval;
            return E_RANGE;
        }
        n = n1;
    }
    if (underscores && !underscore_ok(s0)) return E_SYNTAX;
    *out = n;
    return OK;
}

static int parse_int(mg_string s, int64_t base, int64_t bitsize, int64_t *out) {
    *out = 0;
    if (s.len == 0) return E_SYNTAX;
    bool neg = false;
    if (s.ptr[0] == '+')
        s.ptr++, s.len--;
    else if (s.ptr[0] == '-')
        neg = true, s.ptr++, s.len--;
    uint64_t un;
    int code = parse_uint(s, base, bitsize, &un);
    if (code != OK && code != E_RANGE) return code;
    if (bitsize == 0) bitsize = 64;
    uint64_t cutoff = (uint64_t)1 << (bitsize - 1);
    if (!neg && un >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return E_RANGE;
    }
    if (neg && un > cutoff) {
        *out = -(int64_t)(cutoff - 1) - 1;
        return E_RANGE;
    }
    *out = neg ? (int64_t)(0 - un) : (int64_t)un;
    return code;
}

/* parseInt(s string, base, bitSize int) (int64, int) */
static void n_parse_int(mg_ncall *c, mg_word *args, mg_word *res) {
    res[1].i = parse_int(ARG_STR(0), args[2].i, args[3].i, &res[0].i);
}

/* parseUint(s string, base, bitSize int) (uint64, int) */
static void n_parse_uint(mg_ncall *c, mg_word *args, mg_word *res) {
    res[1].i = parse_uint(ARG_STR(0), args[2].i, args[3].i, &res[0].u);
}

/* atoi(s string) (int, int): the fast path of Atoi for plain decimal. */
static void n_atoi(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    if (s.len > 0 && s.len < 19) {
        const uint8_t *p = s.ptr, *e = s.ptr + s.len;
        bool neg = false;
        if (*p == '-' || *p == '+') {
            neg = *p == '-';
            if (++p == e) {
                res[0].i = 0;
                res[1].i = E_SYNTAX;
                return;
            }
        }
        int64_t n = 0;
        for (; p < e; p++) {
            unsigned d = (unsigned)(*p - '0');
            if (d > 9) {
                res[0].i = 0;
                res[1].i = E_SYNTAX;
                return;
            }
            n = n * 10 + d;
        }
        res[0].i = neg ? -n : n;
        res[1].i = OK;
        return;
    }
    res[1].i = parse_int(s, 10, 0, &res[0].i);
    if (res[1].i == E_SYNTAX) res[0].i = 0;
}

/* parseFloat(s string, bitSize int) (float64, int) */
static void n_parse_float(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    int64_t bitsize = args[2].i;
    res[0].f = 0;
    res[1].i = E_SYNTAX;
    if (s.len == 0 || s.len > 4096) return;
    /* special values: optional sign + inf/infinity; nan without sign */
    int64_t i = 0;
    bool neg = false;
    if (s.ptr[0] == '+' || s.ptr[0] == '-') neg = s.ptr[0] == '-', i = 1;
    mg_string rest = {s.ptr + i, s.len - i};
    if ((rest.len == 3 && strncasecmp((const char *)rest.ptr, "inf", 3) == 0) ||
        (rest.len == 8 && strncasecmp((const char *)rest.ptr, "infinity", 8) == 0)) {
        res[0].f = neg ? -INFINITY : INFINITY;
        res[1].i = OK;
        return;
    }
    if (i == 0 && s.len == 3 && strncasecmp((const char *)s.ptr, "nan", 3) == 0) {
        res[0].f = NAN;
        res[1].i = OK;
        return;
    }
    /* validate Go's literal syntax, copying without underscores */
    char *buf = malloc((size_t)s.len + 1);
    if (!buf) abort();
    int64_t n = 0;
    bool hex = false, underscores = false, mant_digits = false;
    if (i) buf[n++] = (char)s.ptr[0];
    if (rest.len >= 2 && rest.ptr[0] == '0' && lower(rest.ptr[1]) == 'x') {
        hex = true;
        buf[n++] = '0', buf[n++] = 'x';
        i += 2;
    }
    bool dot = false, ok = true;
    for (; i < s.len; i++) {
        int ch = s.ptr[i];
        if (ch == '_') {
            underscores = true;
            continue;
        }
        if (ch == '.') {
            if (dot) {
                ok = false;
                break;
            }
            dot = true;
        } else if ((ch >= '0' && ch <= '9') || (hex && lower(ch) >= 'a' && lower(ch) <= 'f')) {
            mant_digits = true;
        } else
            break;
        buf[n++] = (char)ch;
    }
    bool has_exp = false;
    if (ok && i < s.len && lower(s.ptr[i]) == (hex ? 'p' : 'e')) {
        has_exp = true;
        buf[n++] = (char)s.ptr[i++];
        if (i < s.len && (s.ptr[i] == '+' || s.ptr[i] == '-')) buf[n++] = (char)s.ptr[i++];
        bool exp_digits = false;
        for (; i < s.len; i++) {
            int ch = s.ptr[i];
            if (ch == '_') {
                underscores = true;
                continue;
            }
            if (ch < '0' || ch > '9') break;
            exp_digits = true;
            buf[n++] = (char)ch;
        }
        if (!exp_digits) ok = false;
    }
    if (i != s.len || !mant_digits || (hex && !has_exp)) ok = false;
    if (ok && underscores && !underscore_ok(s)) ok = false;
    buf[n] = 0;
    if (ok) {
        errno = 0;
        double f;
        if (bitsize == 32)
            f = strtof(buf, NULL);
        else
            f = strtod(buf, NULL);
        res[0].f = f;
        res[1].i = isinf(f) ? E_RANGE : OK;
    }
    free(buf);
}

/* ---------- quoting ---------- */

static void put_hex(outbuf *o, const char *prefix, uint32_t v, int ndigits) {
    ob_puts(o, prefix);
    for (int k = ndigits - 1; k >= 0; k--)
        ob_put(o, digit_chars[(v >> (4 * k)) & 0xF]);
}

static void put_utf8(outbuf *o, int32_t r) {
    uint8_t b[4];
    int n = mg_utf8_encode(b, r);
    for (int k = 0; k < n; k++)
        ob_put(o, (char)b[k]);
}

/* Go's appendEscapedRune (not ASCII-only, not graphic-only). */
static void escape_rune(outbuf *o, int32_t r, char quote) {
    if (r == quote || r == '\\') {
        ob_put(o, '\\');
        ob_put(o, (char)r);
        return;
    }
    if (mg_unicode_is_print(r)) {
        put_utf8(o, r);
        return;
    }
    switch (r) {
    case '\a': ob_puts(o, "\\a"); return;
    case '\b': ob_puts(o, "\\b"); return;
    case '\f': ob_puts(o, "\\f"); return;
    case '\n': ob_puts(o, "\\n"); return;
    case '\r': ob_puts(o, "\\r"); return;
    case '\t': ob_puts(o, "\\t"); return;
    case '\v': ob_puts(o, "\\v"); return;
    default: break;
    }
    if (r < ' ' || r == 0x7F)
        put_hex(o, "\\x", (uint32_t)r, 2);
    else if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        put_hex(o, "\\u", 0xFFFD, 4);
    else if (r < 0x10000)
        put_hex(o, "\\u", (uint32_t)r, 4);
    else
        put_hex(o, "\\U", (uint32_t)r, 8);
}

static void n_quote(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    outbuf o;
    ob_init(&o);
    ob_put(&o, '"');
    int w;
    for (int64_t i = 0; i < s.len; i += w) {
        int32_t r = mg_utf8_decode(s.ptr + i, s.len - i, &w);
        if (w == 1 && r == 0xFFFD && s.ptr[i] >= 0x80) {
            put_hex(&o, "\\x", s.ptr[i], 2);
            continue;
        }
        escape_rune(&o, r, '"');
    }
    ob_put(&o, '"');
    RET_STR(0, ob_string(&o));
}

static void n_quote_rune(mg_ncall *c, mg_word *args, mg_word *res) {
    int64_t r = args[0].i;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    outbuf o;
    ob_init(&o);
    ob_put(&o, '\'');
    escape_rune(&o, (int32_t)r, '\'');
    ob_put(&o, '\'');
    RET_STR(0, ob_string(&o));
}

static int hexval(int ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (lower(ch) >= 'a' && lower(ch) <= 'f') return lower(ch) - 'a' + 10;
    return -1;
}

/* unquote(s string) (string, bool): Go's Unquote for "...", `...` and '...'. */
static void n_unquote(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    RET_STR(0, ((mg_string){NULL, 0}));
    res[2].u = 0;
    if (s.len < 2) return;
    uint8_t q = s.ptr[0];
    if (q != s.ptr[s.len - 1] || (q != '"' && q != '\'' && q != '`')) return;
    const uint8_t *p = s.ptr + 1, *e = s.ptr + s.len - 1;
    if (q == '`') {
        if (memchr(p, '`', (size_t)(e - p))) return;
        outbuf o;
        ob_init(&o);
        for (; p < e; p++)
            if (*p != '\r') ob_put(&o, (char)*p);
        RET_STR(0, ob_string(&o));
        res[2].u = 1;
        return;
    }
    outbuf o;
    ob_init(&o);
    int nrunes = 0;
    while (p < e) {
        uint8_t ch = *p;
        if (ch == q || ch == '\n') goto fail;
        if (ch != '\\') {
            int w;
            int32_t r = mg_utf8_decode(p, e - p, &w);
            if (q == '\'' && r == 0xFFFD && w == 1) goto fail;
            for (int k = 0; k < w; k++)
                ob_put(&o, (char)p[k]);
            p += w;
            nrunes++;
            continue;
        }
        if (++p >= e) goto fail;
        ch = *p++;
        int32_t r;
        int nhex = 0;
        switch (ch) {
        case 'a': r = '\a'; break;
        case 'b': r = '\b'; break;
        case 'f': r = '\f'; break;
        case 'n': r = '\n'; break;
        case 'r': r = '\r'; break;
        case 't': r = '\t'; break;
        case 'v': r = '\v'; break;
        case '\\': r = '\\'; break;
        case '\'':
        case '"':
            if (ch != q) goto fail;
            r = ch;
            break;
        case 'x':
            nhex = 2;
            r = 0;
            break;
        case 'u':
            nhex = 4;
            r = 0;
            break;
        case 'U':
            nhex = 8;
            r = 0;
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            r = ch - '0';
            for (int k = 0; k < 2; k++) {
                if (p >= e || *p < '0' || *p > '7') goto fail;
                r = r * 8 + (*p++ - '0');
            }
            if (r > 255) goto fail;
            ob_put(&o, (char)r);
            nrunes++;
            continue;
        }
        default: goto fail;
        }
        if (nhex) {
            for (int k = 0; k < nhex; k++) {
                if (p >= e || hexval(*p) < 0) goto fail;
                r = r * 16 + hexval(*p++);
            }
            if (ch == 'x') {
                ob_put(&o, (char)r); /* a byte, not a rune */
                nrunes++;
                continue;
            }
            if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) goto fail;
        }
        put_utf8(&o, r);
        nrunes++;
    }
    if (q == '\'' && nrunes != 1) goto fail;
    RET_STR(0, ob_string(&o));
    res[2].u = 1;
    return;
fail:
    ob_free(&o);
}

const mg_native_entry mg_natives_strconv[] = {
    {"strconv.Itoa", n_itoa},
    {"strconv.FormatInt", n_format_int},
    {"strconv.FormatUint", n_format_uint},
    {"strconv.FormatFloat", n_format_float},
    {"strconv.parseInt", n_parse_int},
    {"strconv.parseUint", n_parse_uint},
    {"strconv.atoi", n_atoi},
    {"strconv.parseFloat", n_parse_float},
    {"strconv.Quote", n_quote},
    {"strconv.QuoteRune", n_quote_rune},
    {"strconv.unquote", n_unquote},
    {NULL, NULL},
};
