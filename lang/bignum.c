/* bignum.c - arbitrary-precision integers (see bignum.h for the representation).
 *
 * Magnitude routines work on limb arrays (mag_*); the signed operations build on them.
 * Division is Knuth's algorithm D (TAOCP 4.3.1). Constant expressions are small, so
 * everything is schoolbook: no operation needs more than quadratic time.
 */
#include "bignum.h"
#include "arena.h"

#include <string.h>

#include "../vm/object.h"

static BigInt *bn_alloc(int n) {
    BigInt *r = ar_alloc_atomic(sizeof *r + sizeof(uint32_t) * (size_t)(n ? n : 1));
    r->n = n;
    r->neg = false;
    return r;
}

/* Drops leading zero limbs; zero is never negative. */
static BigInt *trim(BigInt *r) {
    while (r->n > 0 && r->d[r->n - 1] == 0)
        r->n--;
    if (r->n == 0) r->neg = false;
    return r;
}

static BigInt *bn_from_u128(unsigned __int128 v) {
    BigInt *r = bn_alloc(4);
    for (int i = 0; i < 4; i++, v >>= 32)
        r->d[i] = (uint32_t)v;
    return trim(r);
}

BigInt *bn_from_i128(__int128 v) {
    bool neg = v < 0;
    unsigned __int128 m = neg ? (unsigned __int128)0 - (unsigned __int128)v : (unsigned __int128)v;
    BigInt *r = bn_from_u128(m);
    r->neg = neg && r->n;
    return r;
}

bool bn_to_i128(const BigInt *a, __int128 *out) {
    if (bn_bitlen(a) > 126) return false;
    unsigned __int128 m = 0;
    for (int i = a->n - 1; i >= 0; i--)
        m = m << 32 | a->d[i];
    *out = a->neg ? -(__int128)m : (__int128)m;
    return true;
}

bool bn_is_zero(const BigInt *a) {
    return a->n == 0;
}

static int mag_cmp(const uint32_t *a, int an, const uint32_t *b, int bn) {
    if (an != bn) return an < bn ? -1 : 1;
    for (int i = an - 1; i >= 0; i--)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

int bn_cmp(const BigInt *a, const BigInt *b) {
    if (a->neg != b->neg) return a->neg ? -1 : 1;
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    return a->neg ? -c : c;
}

int bn_bitlen(const BigInt *a) {
    if (a->n == 0) return 0;
    return (a->n - 1) * 32 + (32 - __builtin_clz(a->d[a->n - 1]));
}

static BigInt *copy_with_sign(const BigInt *a, bool neg) {
    BigInt *r = bn_alloc(a->n);
    memcpy(r->d, a->d, sizeof(uint32_t) * (size_t)a->n);
    r->neg = neg && a->n;
    return r;
}

BigInt *bn_neg(const BigInt *a) {
    return copy_with_sign(a, !a->neg);
}

BigInt *bn_abs(const BigInt *a) {
    return copy_with_sign(a, false);
}

/* |a| + |b| */
static BigInt *mag_add(const BigInt *a, const BigInt *b) {
    if (a->n < b->n) {
        const BigInt *t = a;
        a = b;
        b = t;
    }
    BigInt *r = bn_alloc(a->n + 1);
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t s = (uint64_t)a->d[i] + (i < b->n ? b->d[i] : 0) + carry;
        r->d[i] = (uint32_t)s;
        carry = s >> 32;
    }
    r->d[a->n] = (uint32_t)carry;
    return trim(r);
}

/* |a| - |b|, requires |a| >= |b| */
static BigInt *mag_sub(const BigInt *a, const BigInt *b) {
    BigInt *r = bn_alloc(a->n);
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t s = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        borrow = s < 0;
        r->d[i] = (uint32_t)(s + (borrow ? ((int64_t)1 << 32) : 0));
    }
    return trim(r);
}

/* a + b where b carries sign bneg */
static BigInt *add_signed(const BigInt *a, const BigInt *b, bool bneg) {
    BigInt *r;
    if (a->neg == bneg) {
        r = mag_add(a, b);
        r->neg = a->neg && r->n;
        return r;
    }
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return bn_alloc(0);
    if (c > 0) {
        r = mag_sub(a, b);
        r->neg = a->neg && r->n;
    } else {
        r = mag_sub(b, a);
        r->neg = bneg && r->n;
    }
    return r;
}

BigInt *bn_add(const BigInt *a, const BigInt *b) {
    return add_signed(a, b, b->neg);
}

BigInt *bn_sub(const BigInt *a, const BigInt *b) {
    return add_signed(a, b, !b->neg && b->n);
}

BigInt *bn_mul(const BigInt *a, const BigInt *b) {
    if (!a->n || !b->n) return bn_alloc(0);
    BigInt *r = bn_alloc(a->n + b->n);
    memset(r->d, 0, sizeof(uint32_t) * (size_t)r->n);
    for (int i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->n; j++) {
            uint64_t t = (uint64_t)a->d[i] * b->d[j] + r->d[i + j] + carry;
            r->d[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r->d[i + b->n] = (uint32_t)carry;
    }
    r->neg = a->neg != b->neg;
    return trim(r);
}

/* Knuth D: q := u / v, r := u % v on magnitudes; v has n >= 1 limbs, u has m >= n. */
static void mag_divmod(const uint32_t *u, int m, const uint32_t *v, int n, uint32_t *q,
                       uint32_t *r) {
    const uint64_t B = (uint64_t)1 << 32;
    if (n == 1) {
        uint64_t rem = 0;
        for (int i = m - 1; i >= 0; i--) {
            uint64_t cur = rem << 32 | u[i];
            q[i] = (uint32_t)(cur / v[0]);
            rem = cur % v[0];
        }
        r[0] = (uint32_t)rem;
        return;
    }
    /* normalise so that the divisor's top limb has its high bit set */
    int s = __builtin_clz(v[n - 1]);
    uint32_t *vn = ar_alloc_atomic(sizeof(uint32_t) * (size_t)n);
    uint32_t *un = ar_alloc_atomic(sizeof(uint32_t) * (size_t)(m + 1));
    for (int i = n - 1; i > 0; i--)
        vn[i] = (v[i] << s) | (s ? (uint32_t)((uint64_t)v[i - 1] >> (32 - s)) : 0);
    vn[0] = v[0] << s;
    un[m] = s ? (uint32_t)((uint64_t)u[m - 1] >> (32 - s)) : 0;
    for (int i = m - 1; i > 0; i--)
        un[i] = (u[i] << s) | (s ? (uint32_t)((uint64_t)u[i - 1] >> (32 - s)) : 0);
    un[0] = u[0] << s;
    for (int j = m - n; j >= 0; j--) {
        uint64_t num = (uint64_t)un[j + n] << 32 | un[j + n - 1];
        uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
        while (qhat >= B || qhat * vn[n - 2] > (rhat << 32 | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= B) break;
        }
        /* un[j..j+n] -= qhat * vn */
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (int i = 0; i < n; i++) {
            uint64_t p = qhat * vn[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)un[i + j] - (int64_t)(uint32_t)p - borrow;
            borrow = t < 0;
            un[i + j] = (uint32_t)t;
        }
        int64_t t = (int64_t)un[j + n] - (int64_t)carry - borrow;
        un[j + n] = (uint32_t)t;
        if (t < 0) { /* qhat was one too large: add back */
            qhat--;
            uint64_t c = 0;
            for (int i = 0; i < n; i++) {
                uint64_t sum = (uint64_t)un[i + j] + vn[i] + c;
                un[i + j] = (uint32_t)sum;
                c = sum >> 32;
            }
            un[j + n] += (uint32_t)c;
        }
        q[j] = (uint32_t)qhat;
    }
    for (int i = 0; i < n; i++)
        r[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
}

void bn_quorem(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r) {
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        if (q) *q = bn_alloc(0);
        if (r) *r = copy_with_sign(a, a->neg);
        return;
    }
    BigInt *qq = bn_alloc(a->n), *rr = bn_alloc(b->n);
    memset(qq->d, 0, sizeof(uint32_t) * (size_t)a->n);
    mag_divmod(a->d, a->n, b->d, b->n, qq->d, rr->d);
    qq->neg = a->neg != b->neg;
    rr->neg = a->neg;
    if (q) *q = trim(qq);
    if (r) *r = trim(rr);
}

BigInt *bn_gcd(const BigInt *a, const BigInt *b) {
    BigInt *x = bn_abs(a), *y = bn_abs(b);
    while (y->n) {
        BigInt *r;
        bn_quorem(x, y, NULL, &r);
        x = y;
        y = r;
    }
    return x;
}

BigInt *bn_shl(const BigInt *a, unsigned s) {
    if (!a->n) return bn_alloc(0);
    int limbs = (int)(s / 32), bits = (int)(s % 32);
    BigInt *r = bn_alloc(a->n + limbs + 1);
    memset(r->d, 0, sizeof(uint32_t) * (size_t)r->n);
    for (int i = 0; i < a->n; i++) {
        uint64_t v = (uint64_t)a->d[i] << bits;
        r->d[i + limbs] |= (uint32_t)v;
        r->d[i + limbs + 1] |= (uint32_t)(v >> 32);
    }
    r->neg = a->neg;
    return trim(r);
}

/* |a| >> s, and whether any 1 bit was shifted out */
static BigInt *mag_shr(const BigInt *a, unsigned s, bool *lost) {
    int limbs = (int)(s / 32), bits = (int)(s % 32);
    *lost = false;
    for (int i = 0; i < a->n && i < limbs; i++)
        if (a->d[i]) *lost = true;
    if (limbs < a->n && bits && (a->d[limbs] & ((1u << bits) - 1))) *lost = true;
    if (limbs >= a->n) return bn_alloc(0);
    BigInt *r = bn_alloc(a->n - limbs);
    for (int i = 0; i < r->n; i++) {
        uint64_t v = a->d[i + limbs];
        if (i + limbs + 1 < a->n) v |= (uint64_t)a->d[i + limbs + 1] << 32;
        r->d[i] = (uint32_t)(v >> bits);
    }
    return trim(r);
}

BigInt *bn_shr(const BigInt *a, unsigned s) {
    bool lost;
    BigInt *r = mag_shr(a, s, &lost);
    if (!a->neg) return r;
    /* floor for negative values: -(|a| >> s) - (lost ? 1 : 0) */
    if (lost) r = mag_add(r, bn_from_i128(1));
    r->neg = r->n > 0;
    return r;
}

/* Two's complement limbs of a, n limbs wide (n exceeds a's size, so the sign fits). */
static void twos(const BigInt *a, uint32_t *out, int n) {
    for (int i = 0; i < n; i++)
        out[i] = i < a->n ? a->d[i] : 0;
    if (!a->neg) return;
    uint64_t carry = 1;
    for (int i = 0; i < n; i++) {
        uint64_t v = (uint64_t)(uint32_t)~out[i] + carry;
        out[i] = (uint32_t)v;
        carry = v >> 32;
    }
}

static BigInt *bitwise(const BigInt *a, const BigInt *b, int op) {
    int n = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *x = ar_alloc_atomic(sizeof(uint32_t) * (size_t)n);
    uint32_t *y = ar_alloc_atomic(sizeof(uint32_t) * (size_t)n);
    twos(a, x, n);
    twos(b, y, n);
    BigInt *r = bn_alloc(n);
    for (int i = 0; i < n; i++)
        r->d[i] = op == '&'   ? x[i] & y[i]
                  : op == '|' ? x[i] | y[i]
                  : op == '^' ? x[i] ^ y[i]
                              : x[i] & ~y[i];
    if (r->d[n - 1] >> 31) { /* negative: back to sign and magnitude */
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t v = (uint64_t)(uint32_t)~r->d[i] + carry;
            r->d[i] = (uint32_t)v;
            carry = v >> 32;
        }
        r->neg = true;
    }
    return trim(r);
}

BigInt *bn_and(const BigInt *a, const BigInt *b) {
    return bitwise(a, b, '&');
}
BigInt *bn_or(const BigInt *a, const BigInt *b) {
    return bitwise(a, b, '|');
}
BigInt *bn_xor(const BigInt *a, const BigInt *b) {
    return bitwise(a, b, '^');
}
BigInt *bn_andnot(const BigInt *a, const BigInt *b) {
    return bitwise(a, b, 'n');
}

BigInt *bn_pow(unsigned base, unsigned e) {
    BigInt *r = bn_from_i128(1), *b = bn_from_i128(base);
    for (; e; e >>= 1) {
        if (e & 1) r = bn_mul(r, b);
        if (e > 1) b = bn_mul(b, b);
    }
    return r;
}

const char *bn_str(const BigInt *a) {
    /* repeated division by 10^9 */
    size_t cap = (size_t)a->n * 10 + 3, k = cap;
    char *buf = ar_alloc_atomic(cap + 1);
    buf[k] = 0;
    BigInt *x = bn_abs(a), *billion = bn_from_i128(1000000000);
    do {
        BigInt *q, *r;
        bn_quorem(x, billion, &q, &r);
        uint32_t chunk = r->n ? r->d[0] : 0;
        for (int i = 0; i < 9; i++) {
            buf[--k] = (char)('0' + chunk % 10);
            chunk /= 10;
            if (!q->n && !chunk) break;
        }
        x = q;
    } while (x->n);
    if (a->neg) buf[--k] = '-';
    return buf + k;
}
