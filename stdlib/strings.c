/* strings.c - the natives of package strings (stdlib/strings.mg): searching,
 * splitting, joining, case mapping, trimming, and strings.Builder.
 *
 * ABI reminders (value.h): a string argument is 2 words (ptr, len), a slice 3,
 * a rune/byte/int/bool 1; results are written flattened to res.
 *
 * strings.Builder is `struct { buf *byte; n int; c int }` in strings.mg: buf
 * points to c bytes of atomic GC memory (not minigo words), of which n are in
 * use. Bytes below n are never written again (growth copies), so String()
 * shares the buffer without copying, as Go's Builder does.
 */
#include <string.h>

#include "stdlib/natives.h"
#include "stdlib/unicode.h"
#include "vm/object.h"

#define ARG_STR(k_) ((mg_string){(const uint8_t *)args[k_].p, args[(k_) + 1].i})
#define RET_STR(k_, s)                                                                             \
    do {                                                                                           \
        mg_string s_ = (s);                                                                        \
        res[k_].p = (void *)s_.ptr;                                                                \
        res[(k_) + 1].i = s_.len;                                                                  \
    } while (0)

static mg_string substr(mg_string s, int64_t from, int64_t to) {
    return (mg_string){s.ptr + from, to - from};
}

/* ---------- searching ---------- */

static int64_t str_index(mg_string s, mg_string sub) {
    if (sub.len == 0) return 0;
    if (sub.len > s.len) return -1;
    if (sub.len == 1) {
        const uint8_t *p = memchr(s.ptr, sub.ptr[0], (size_t)s.len);
        return p ? p - s.ptr : -1;
    }
    const uint8_t *p = memmem(s.ptr, (size_t)s.len, sub.ptr, (size_t)sub.len);
    return p ? p - s.ptr : -1;
}

static int64_t str_last_index(mg_string s, mg_string sub) {
    if (sub.len == 0) return s.len;
    for (int64_t i = s.len - sub.len; i >= 0; i--)
        if (s.ptr[i] == sub.ptr[0] && memcmp(s.ptr + i, sub.ptr, (size_t)sub.len) == 0) return i;
    return -1;
}

static void n_index(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = str_index(ARG_STR(0), ARG_STR(2));
}

static void n_last_index(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = str_last_index(ARG_STR(0), ARG_STR(2));
}

static void n_index_byte(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    const uint8_t *p = s.len ? memchr(s.ptr, (int)(uint8_t)args[2].u, (size_t)s.len) : NULL;
    res[0].i = p ? p - s.ptr : -1;
}

static void n_index_rune(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    int64_t r = args[2].i;
    int w;
    res[0].i = -1;
    if (r >= 0 && r < 0x80) {
        const uint8_t *p = s.len ? memchr(s.ptr, (int)r, (size_t)s.len) : NULL;
        res[0].i = p ? p - s.ptr : -1;
        return;
    }
    for (int64_t i = 0; i < s.len; i += w) {
        int32_t d = mg_utf8_decode(s.ptr + i, s.len - i, &w);
        if (d == r) {
            res[0].i = i;
            return;
        }
    }
}

/* Does the cutset/chars string contain rune r? */
static bool has_rune(mg_string set, int32_t r) {
    int w;
    for (int64_t i = 0; i < set.len; i += w)
        if (mg_utf8_decode(set.ptr + i, set.len - i, &w) == r) return true;
    return false;
}

static void n_index_any(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0), chars = ARG_STR(2);
    int w;
    res[0].i = -1;
    if (chars.len == 0) return;
    for (int64_t i = 0; i < s.len; i += w) {
        int32_t r = mg_utf8_decode(s.ptr + i, s.len - i, &w);
        if (has_rune(chars, r)) {
            res[0].i = i;
            return;
        }
    }
}

static void n_count(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0), sub = ARG_STR(2);
    if (sub.len == 0) {
        res[0].i = mg_utf8_rune_count(s.ptr, s.len) + 1;
        return;
    }
    int64_t n = 0, i;
    while ((i = str_index(s, sub)) >= 0) {
        n++;
        s = substr(s, i + sub.len, s.len);
    }
    res[0].i = n;
}

/* ---------- splitting and joining ---------- */

static mg_string *alloc_strings(int64_t n) {
    return mg_alloc((size_t)(n ? n : 1) * sizeof(mg_string));
}

/* a from alloc_strings: an empty result is a non-nil slice, as Go's make gives. */
static void ret_strings(mg_word *res, mg_string *a, int64_t n) {
    res[0].p = a;
    res[1].i = n;
    res[2].i = n;
}

/* genSplit(s, sep string, sepSave, n int) []string: Go's genSplit. */
static void n_gen_split(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0), sep = ARG_STR(2);
    int64_t save = args[4].i, n = args[5].i;
    if (n == 0) {
        ret_strings(res, NULL, 0);
        return;
    }
    if (sep.len == 0) { /* explode into UTF-8 sequences */
        int64_t cnt = mg_utf8_rune_count(s.ptr, s.len);
        if (n < 0 || n > cnt) n = cnt;
        mg_string *a = alloc_strings(n);
        int w;
        int64_t i = 0;
        for (int64_t k = 0; k < n; k++) {
            if (k == n - 1) {
                a[k] = substr(s, i, s.len);
                break;
            }
            mg_utf8_decode(s.ptr + i, s.len - i, &w);
            a[k] = substr(s, i, i + w);
            i += w;
        }
        ret_strings(res, a, n);
        return;
    }
    if (n < 0) {
        n = 1;
        mg_string t = s;
        int64_t i;
        while ((i = str_index(t, sep)) >= 0)
            n++, t = substr(t, i + sep.len, t.len);
    }
    mg_string *a = alloc_strings(n);
    int64_t k = 0;
    while (k < n - 1) {
        int64_t m = str_index(s, sep);
        if (m < 0) break;
        a[k++] = substr(s, 0, m + save);
        s = substr(s, m + sep.len, s.len);
    }
    a[k++] = s;
    ret_strings(res, a, k);
}

static bool is_ascii_space(uint8_t b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r';
}

static bool space_at(mg_string s, int64_t i, int *w) {
    if (s.ptr[i] < 0x80) {
        *w = 1;
        return is_ascii_space(s.ptr[i]);
    }
    return mg_unicode_is_space(mg_utf8_decode(s.ptr + i, s.len - i, w));
}

static void n_fields(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    int64_t n = 0;
    int w;
    bool in = false;
    for (int64_t i = 0; i < s.len; i += w) {
        bool sp = space_at(s, i, &w);
        if (!sp && !in) n++;
        in = !sp;
    }
    mg_string *a = alloc_strings(n);
    int64_t k = 0, start = 0;
    in = false;
    for (int64_t i = 0; i < s.len; i += w) {
        bool sp = space_at(s, i, &w);
        if (!sp && !in) start = i;
        if (sp && in) a[k++] = substr(s, start, i);
        in = !sp;
    }
    if (in) a[k++] = substr(s, start, s.len);
    ret_strings(res, a, k);
}

static void n_join(mg_ncall *c, mg_word *args, mg_word *res) {
    const mg_string *elems = args[0].p;
    int64_t n = args[1].i;
    mg_string sep = ARG_STR(3);
    if (n == 0) {
        RET_STR(0, ((mg_string){NULL, 0}));
        return;
    }
    if (n == 1) {
        RET_STR(0, elems[0]);
        return;
    }
    int64_t total = sep.len * (n - 1);
    for (int64_t i = 0; i < n; i++)
        total += elems[i].len;
    if (total == 0) {
        RET_STR(0, ((mg_string){NULL, 0}));
        return;
    }
    uint8_t *p = mg_alloc_atomic((size_t)total), *q = p;
    for (int64_t i = 0; i < n; i++) {
        if (i && sep.len) memcpy(q, sep.ptr, (size_t)sep.len), q += sep.len;
        if (elems[i].len) memcpy(q, elems[i].ptr, (size_t)elems[i].len), q += elems[i].len;
    }
    RET_STR(0, ((mg_string){p, total}));
}

static void n_repeat(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    int64_t count = args[2].i;
    RET_STR(0, ((mg_string){NULL, 0}));
    if (count < 0) {
        mg_native_panic_string(c, "strings: negative Repeat count");
        return;
    }
    if (count == 0 || s.len == 0) return;
    if (s.len * count / count != s.len) {
        mg_native_panic_string(c, "strings: Repeat output length overflow");
        return;
    }
    int64_t total = s.len * count;
    uint8_t *p = mg_alloc_atomic((size_t)total);
    memcpy(p, s.ptr, (size_t)s.len);
    for (int64_t have = s.len; have < total; have *= 2)
        memcpy(p + have, p, (size_t)(have * 2 <= total ? have : total - have));
    RET_STR(0, ((mg_string){p, total}));
}

/* Replace(s, old, new string, n int) string */
static void n_replace(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0), old = ARG_STR(2), rep = ARG_STR(4);
    int64_t n = args[6].i;
    int64_t m;
    if (old.len == 0)
        m = mg_utf8_rune_count(s.ptr, s.len) + 1;
    else {
        m = 0;
        mg_string t = s;
        int64_t i;
        while ((i = str_index(t, old)) >= 0)
            m++, t = substr(t, i + old.len, t.len);
    }
    if (m == 0 || n == 0 || (old.len == rep.len && mg_str_equal(old, rep))) {
        RET_STR(0, s);
        return;
    }
    if (n < 0 || m < n) n = m;
    int64_t total = s.len + n * (rep.len - old.len);
    uint8_t *p = mg_alloc_atomic((size_t)(total ? total : 1)), *q = p;
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (old.len == 0) {
            if (i > 0) {
                int w;
                mg_utf8_decode(s.ptr + start, s.len - start, &w);
                j += w;
            }
        } else
            j += str_index(substr(s, start, s.len), old);
        memcpy(q, s.ptr + start, (size_t)(j - start)), q += j - start;
        if (rep.len) memcpy(q, rep.ptr, (size_t)rep.len), q += rep.len;
        start = j + old.len;
    }
    memcpy(q, s.ptr + start, (size_t)(s.len - start)), q += s.len - start;
    RET_STR(0, ((mg_string){p, q - p}));
}

/* ---------- case mapping ---------- */

static mg_string map_case(mg_string s, bool upper) {
    bool ascii = true, change = false;
    for (int64_t i = 0; i < s.len; i++) {
        uint8_t b = s.ptr[i];
        if (b >= 0x80) {
            ascii = false;
            break;
        }
        if (upper ? (b >= 'a' && b <= 'z') : (b >= 'A' && b <= 'Z')) change = true;
    }
    if (ascii) {
        if (!change) return s;
        uint8_t *p = mg_alloc_atomic((size_t)s.len);
        for (int64_t i = 0; i < s.len; i++) {
            uint8_t b = s.ptr[i];
            if (upper ? (b >= 'a' && b <= 'z') : (b >= 'A' && b <= 'Z')) b ^= 0x20;
            p[i] = b;
        }
        return (mg_string){p, s.len};
    }
    /* Worst case each rune grows from 1 to 3 bytes (e.g. U+0131 -> 'I' shrinks; 'ſ' too). */
    uint8_t *p = mg_alloc_atomic((size_t)s.len * 3 + 4), *q = p;
    int w;
    for (int64_t i = 0; i < s.len; i += w) {
        int32_t r = mg_utf8_decode(s.ptr + i, s.len - i, &w);
        if (r == 0xFFFD && w == 1) { /* keep invalid bytes as Go maps them: to U+FFFD */
            q += mg_utf8_encode(q, 0xFFFD);
            continue;
        }
        q += mg_utf8_encode(q, upper ? mg_unicode_to_upper(r) : mg_unicode_to_lower(r));
    }
    return (mg_string){p, q - p};
}

static void n_to_upper(mg_ncall *c, mg_word *args, mg_word *res) {
    RET_STR(0, map_case(ARG_STR(0), true));
}
static void n_to_lower(mg_ncall *c, mg_word *args, mg_word *res) {
    RET_STR(0, map_case(ARG_STR(0), false));
}

/* Title: upper-cases the first letter of each word (Go's deprecated simple rule:
 * a word starts after a space or punctuation-like separator). */
static bool title_separator(int32_t r) {
    if (r < 0x80) {
        if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_')
            return false;
        return true;
    }
    if (mg_unicode_is_letter(r) || mg_unicode_is_digit(r)) return false;
    return mg_unicode_is_space(r);
}

static void n_title(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    uint8_t *p = mg_alloc_atomic((size_t)s.len * 3 + 4), *q = p;
    int32_t prev = ' ';
    int w;
    for (int64_t i = 0; i < s.len; i += w) {
        int32_t r = mg_utf8_decode(s.ptr + i, s.len - i, &w);
        q += mg_utf8_encode(q, title_separator(prev) ? mg_unicode_to_upper(r) : r);
        prev = r;
    }
    RET_STR(0, ((mg_string){p, q - p}));
}

/* EqualFold: simple case folding via lower-casing both runes. */
static void n_equal_fold(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0), t = ARG_STR(2);
    int64_t i = 0, j = 0;
    res[0].u = 0;
    while (i < s.len && j < t.len) {
        int ws, wt;
        int32_t a = mg_utf8_decode(s.ptr + i, s.len - i, &ws);
        int32_t b = mg_utf8_decode(t.ptr + j, t.len - j, &wt);
        i += ws, j += wt;
        if (a == b) continue;
        if (mg_unicode_to_lower(a) == mg_unicode_to_lower(b)) continue;
        if (mg_unicode_to_upper(a) == mg_unicode_to_upper(b)) continue;
        return;
    }
    res[0].u = i == s.len && j == t.len;
}

/* ---------- trimming ---------- */

static void n_trim_space(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0);
    int64_t a = 0, b = s.len;
    int w;
    while (a < b && space_at(s, a, &w))
        a += w;
    while (b > a) {
        /* step back one rune */
        int64_t k = b - 1;
        while (k > a && (s.ptr[k] & 0xC0) == 0x80 && b - k < 4)
            k--;
        int ww;
        int32_t r = mg_utf8_decode(s.ptr + k, b - k, &ww);
        if (k + ww != b) k = b - 1, r = 0xFFFD;
        if (!(r < 0x80 ? is_ascii_space((uint8_t)r) : mg_unicode_is_space(r))) break;
        b = k;
    }
    RET_STR(0, substr(s, a, b));
}

static int64_t trim_left_cut(mg_string s, mg_string cut) {
    int64_t a = 0;
    int w;
    while (a < s.len) {
        int32_t r = s.ptr[a] < 0x80 ? (w = 1, s.ptr[a]) : mg_utf8_decode(s.ptr + a, s.len - a, &w);
        if (!has_rune(cut, r)) break;
        a += w;
    }
    return a;
}

static int64_t trim_right_cut(mg_string s, int64_t a, mg_string cut) {
    int64_t b = s.len;
    while (b > a) {
        int64_t k = b - 1;
        while (k > a && (s.ptr[k] & 0xC0) == 0x80 && b - k < 4)
            k--;
        int ww;
        int32_t r = mg_utf8_decode(s.ptr + k, b - k, &ww);
        if (k + ww != b) k = b - 1, r = 0xFFFD;
        if (!has_rune(cut, r)) break;
        b = k;
    }
    return b;
}

static void n_trim(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0), cut = ARG_STR(2);
    int64_t a = trim_left_cut(s, cut);
    RET_STR(0, substr(s, a, trim_right_cut(s, a, cut)));
}
static void n_trim_left(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0), cut = ARG_STR(2);
    RET_STR(0, substr(s, trim_left_cut(s, cut), s.len));
}
static void n_trim_right(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(0), cut = ARG_STR(2);
    RET_STR(0, substr(s, 0, trim_right_cut(s, 0, cut)));
}

/* ---------- Builder ---------- */

typedef struct builder {
    uint8_t *buf;
    int64_t n, cap;
} builder;

static uint8_t *builder_reserve(builder *b, int64_t more) {
    if (b->n + more > b->cap) {
        int64_t cap = b->cap * 2;
        if (cap < b->n + more) cap = b->n + more;
        if (cap < 16) cap = 16;
        uint8_t *p = mg_alloc_atomic((size_t)cap);
        if (b->n) memcpy(p, b->buf, (size_t)b->n);
        b->buf = p;
        b->cap = cap;
    }
    return b->buf + b->n;
}

static void ret_n_nil(mg_word *res, int64_t n) {
    res[0].i = n;
    res[1].p = NULL;
    res[2].p = NULL;
}

static void n_builder_write_string(mg_ncall *c, mg_word *args, mg_word *res) {
    builder *b = args[0].p;
    mg_string s = ARG_STR(1);
    if (s.len) {
        memcpy(builder_reserve(b, s.len), s.ptr, (size_t)s.len);
        b->n += s.len;
    }
    ret_n_nil(res, s.len);
}

static void n_builder_write_byte(mg_ncall *c, mg_word *args, mg_word *res) {
    builder *b = args[0].p;
    *builder_reserve(b, 1) = (uint8_t)args[1].u;
    b->n++;
    res[0].p = res[1].p = NULL;
}

static void n_builder_write_rune(mg_ncall *c, mg_word *args, mg_word *res) {
    builder *b = args[0].p;
    int64_t r = args[1].i;
    int n =
        mg_utf8_encode(builder_reserve(b, 4), (r < INT32_MIN || r > INT32_MAX) ? -1 : (int32_t)r);
    b->n += n;
    ret_n_nil(res, n);
}

static void n_builder_write(mg_ncall *c, mg_word *args, mg_word *res) {
    builder *b = args[0].p;
    int64_t n = args[2].i;
    uint8_t *q = builder_reserve(b, n);
    if (n > 0) memcpy(q, args[1].p, (size_t)n); /* []byte is packed */
    b->n += n;
    ret_n_nil(res, n);
}

static void n_builder_string(mg_ncall *c, mg_word *args, mg_word *res) {
    builder *b = args[0].p;
    RET_STR(0, ((mg_string){b->buf, b->n}));
}

static void n_builder_grow(mg_ncall *c, mg_word *args, mg_word *res) {
    builder *b = args[0].p;
    if (args[1].i < 0) {
        mg_native_panic_string(c, "strings.Builder.Grow: negative count");
        return;
    }
    builder_reserve(b, args[1].i);
}

const mg_native_entry mg_natives_strings[] = {
    {"strings.Index", n_index},
    {"strings.LastIndex", n_last_index},
    {"strings.IndexByte", n_index_byte},
    {"strings.IndexRune", n_index_rune},
    {"strings.IndexAny", n_index_any},
    {"strings.Count", n_count},
    {"strings.genSplit", n_gen_split},
    {"strings.Fields", n_fields},
    {"strings.Join", n_join},
    {"strings.Repeat", n_repeat},
    {"strings.Replace", n_replace},
    {"strings.ToUpper", n_to_upper},
    {"strings.ToLower", n_to_lower},
    {"strings.Title", n_title},
    {"strings.EqualFold", n_equal_fold},
    {"strings.TrimSpace", n_trim_space},
    {"strings.Trim", n_trim},
    {"strings.TrimLeft", n_trim_left},
    {"strings.TrimRight", n_trim_right},
    {"strings.Builder.WriteString", n_builder_write_string},
    {"strings.Builder.WriteByte", n_builder_write_byte},
    {"strings.Builder.WriteRune", n_builder_write_rune},
    {"strings.Builder.Write", n_builder_write},
    {"strings.Builder.String", n_builder_string},
    {"strings.Builder.Grow", n_builder_grow},
    {NULL, NULL},
};
