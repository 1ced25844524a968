/* unicode_utf8.c - the natives of package unicode/utf8 (stdlib/unicode_utf8.mg),
 * over the one UTF-8 codec in vm/object.c (Go's rules: invalid bytes decode as
 * RuneError with width 1). A []byte is packed (vm/value.h). Also the rune
 * count over bytes that strings and fmt share (declared in unicode.h).
 */
#include <string.h>

#include "stdlib/natives.h"
#include "stdlib/unicode.h"
#include "vm/object.h"

#define ARG_STR(k_) ((mg_string){(const uint8_t *)args[k_].p, args[(k_) + 1].i})

int64_t mg_utf8_rune_count(const uint8_t *s, int64_t n) {
    int64_t count = 0;
    int w;
    for (int64_t i = 0; i < n; i += w) {
        if (s[i] < 0x80)
            w = 1;
        else
            mg_utf8_decode(s + i, n - i, &w);
        count++;
    }
    return count;
}

static void n_rune_count_in_string(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    res[0].i = mg_utf8_rune_count(s.ptr, s.len);
}

static void n_rune_count(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = mg_utf8_rune_count(args[0].p, args[1].i);
}

static void n_decode_rune_in_string(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    int w;
    if (s.len == 0) {
        res[0].i = 0xFFFD;
        res[1].i = 0;
        return;
    }
    res[0].i = mg_utf8_decode(s.ptr, s.len, &w);
    res[1].i = w;
}

static void n_decode_rune(mg_ncall *c, mg_word *args, mg_word *res) {
    const uint8_t *p = args[0].p;
    int64_t n = args[1].i;
    int w;
    if (n == 0) {
        res[0].i = 0xFFFD;
        res[1].i = 0;
        return;
    }
    res[0].i = mg_utf8_decode(p, n, &w);
    res[1].i = w;
}

static void n_decode_last_rune_in_string(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    if (s.len == 0) {
        res[0].i = 0xFFFD;
        res[1].i = 0;
        return;
    }
    int64_t end = s.len, start = end - 1;
    if (s.ptr[start] < 0x80) {
        res[0].i = s.ptr[start];
        res[1].i = 1;
        return;
    }
    int64_t lim = end - 4 < 0 ? 0 : end - 4;
    for (start--; start >= lim; start--)
        if ((s.ptr[start] & 0xC0) != 0x80) break;
    if (start < 0) start = 0;
    int w;
    int32_t r = mg_utf8_decode(s.ptr + start, end - start, &w);
    if (start + w != end) {
        res[0].i = 0xFFFD;
        res[1].i = 1;
        return;
    }
    res[0].i = r;
    res[1].i = w;
}

static void n_valid_string(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    int w;
    res[0].u = 1;
    for (int64_t i = 0; i < s.len; i += w) {
        if (s.ptr[i] < 0x80) {
            w = 1;
            continue;
        }
        if (mg_utf8_decode(s.ptr + i, s.len - i, &w) == 0xFFFD && w == 1) {
            res[0].u = 0;
            return;
        }
    }
}

/* EncodeRune(p []byte, r rune) int: panics (index out of range) when p is too short,
 * as Go does. */
static void n_encode_rune(mg_ncall *c, mg_word *args, mg_word *res) {
    uint8_t *p = args[0].p;
    int64_t n = args[1].i, r = args[3].i;
    uint8_t buf[4];
    int k = mg_utf8_encode(buf, (r < INT32_MIN || r > INT32_MAX) ? -1 : (int32_t)r);
    res[0].i = 0;
    if (n < k) {
        mg_native_runtime_error(c, "index out of range [%d] with length %lld", k - 1, (long long)n);
        return;
    }
    memcpy(p, buf, (size_t)k);
    res[0].i = k;
}

const mg_native_entry mg_natives_utf8[] = {
    {"unicode/utf8.RuneCountInString", n_rune_count_in_string},
    {"unicode/utf8.RuneCount", n_rune_count},
    {"unicode/utf8.DecodeRuneInString", n_decode_rune_in_string},
    {"unicode/utf8.DecodeRune", n_decode_rune},
    {"unicode/utf8.DecodeLastRuneInString", n_decode_last_rune_in_string},
    {"unicode/utf8.ValidString", n_valid_string},
    {"unicode/utf8.EncodeRune", n_encode_rune},
    {NULL, NULL},
};
