/* hash.h - the word and byte hashes shared by object.c (mg_value_hash) and
 * map.c (its integer and string fast paths). Both must agree, because a map
 * hashes a key by its fast path and mg_value_hash must give the same answer
 * for the same key type. Multiply-fold mixing: fast and well distributed in
 * the high and the low bits.
 */
#ifndef MG_HASH_H
#define MG_HASH_H

#include <stdint.h>
#include <string.h>

static inline uint64_t mg_mix_mul(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

#define MG_H_K1 0xa0761d6478bd642fULL
#define MG_H_K2 0xe7037ed1a0b428dbULL
#define MG_H_K3 0x8ebc6af09c88c6e3ULL

static inline uint64_t mg_hash_word(uint64_t w, uint64_t seed) {
    return mg_mix_mul(w ^ seed ^ MG_H_K1, MG_H_K2);
}

static inline uint64_t mg_hash_bytes(const uint8_t *p, int64_t n, uint64_t seed) {
    uint64_t h = seed ^ mg_mix_mul((uint64_t)n ^ MG_H_K1, MG_H_K3);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = mg_mix_mul(h ^ w ^ MG_H_K2, MG_H_K1);
        p += 8, n -= 8;
    }
    if (n > 0) {
        uint64_t w = 0;
        memcpy(&w, p, (size_t)n);
        h = mg_mix_mul(h ^ w ^ MG_H_K3, MG_H_K1);
    }
    return mg_mix_mul(h, MG_H_K2);
}

#endif
