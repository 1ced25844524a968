/* bignum.h - arbitrary-precision integers for the constant evaluator (check_const.c).
 *
 * A BigInt is immutable once made: sign and magnitude, the magnitude in base-2^32 limbs,
 * least significant first, with no leading zero limb (zero has n == 0 and is never
 * negative). Every operation returns a fresh GC-allocated value. Go's constants need
 * integers of at least 256 bits and exact rationals (check_const.c builds those from
 * pairs of BigInts); sizes here are bounded only by memory, the checker enforces gc's
 * limits.
 */
#ifndef MG_BIGNUM_H
#define MG_BIGNUM_H

#include <stdbool.h>
#include <stdint.h>

typedef struct BigInt {
    bool neg;
    int n;        /* limbs in use */
    uint32_t d[]; /* magnitude, little-endian */
} BigInt;

BigInt *bn_from_i128(__int128 v);
/* Whether a fits an __int128 (strictly inside its range, so that negation never
 * overflows); if so *out is its value. */
bool bn_to_i128(const BigInt *a, __int128 *out);
bool bn_is_zero(const BigInt *a);
int bn_cmp(const BigInt *a, const BigInt *b);
int bn_bitlen(const BigInt *a); /* bits of |a| */
BigInt *bn_neg(const BigInt *a);
BigInt *bn_abs(const BigInt *a);
BigInt *bn_add(const BigInt *a, const BigInt *b);
BigInt *bn_sub(const BigInt *a, const BigInt *b);
BigInt *bn_mul(const BigInt *a, const BigInt *b);
/* Truncated division (Go's / and %): a = q*b + r, |r| < |b|, r has a's sign. b != 0.
 * q or r may be NULL. */
void bn_quorem(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r);
BigInt *bn_gcd(const BigInt *a, const BigInt *b); /* >= 0 */
BigInt *bn_shl(const BigInt *a, unsigned s);
BigInt *bn_shr(const BigInt *a, unsigned s); /* floor(a / 2^s), as Go's >> */
/* Bitwise operations with two's complement semantics for negative values. */
BigInt *bn_and(const BigInt *a, const BigInt *b);
BigInt *bn_or(const BigInt *a, const BigInt *b);
BigInt *bn_xor(const BigInt *a, const BigInt *b);
BigInt *bn_andnot(const BigInt *a, const BigInt *b);
BigInt *bn_pow(unsigned base, unsigned e);
const char *bn_str(const BigInt *a); /* decimal */

#endif
