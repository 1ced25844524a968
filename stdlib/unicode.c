/* unicode.c - rune classes and simple case mapping (unicode.h) and the natives
 * of package unicode. Tables are immutable range lists searched linearly or
 * by binary search; see unicode.h for the coverage.
 */
#include "stdlib/natives.h"
#include "stdlib/unicode.h"

typedef struct range {
    int32_t lo, hi;
} range;

static bool in_ranges(const range *t, int n, int32_t r) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (r < t[mid].lo)
            hi = mid - 1;
        else if (r > t[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
#define IN(table, r) in_ranges(table, (int)(sizeof table / sizeof table[0]), r)

static const range letters[] = {
    {0x41, 0x5A},       {0x61, 0x7A},       {0xAA, 0xAA},       {0xB5, 0xB5},
    {0xBA, 0xBA},       {0xC0, 0xD6},       {0xD8, 0xF6},       {0xF8, 0x2C1},
    {0x2C6, 0x2D1},     {0x2E0, 0x2E4},     {0x2EC, 0x2EC},     {0x2EE, 0x2EE},
    {0x370, 0x374},     {0x376, 0x377},     {0x37A, 0x37D},     {0x37F, 0x37F},
    {0x386, 0x386},     {0x388, 0x38A},     {0x38C, 0x38C},     {0x38E, 0x3A1},
    {0x3A3, 0x3F5},     {0x3F7, 0x481},     {0x48A, 0x52F},     {0x531, 0x556},
    {0x559, 0x559},     {0x560, 0x588},     {0x5D0, 0x5EA},     {0x5EF, 0x5F2},
    {0x620, 0x64A},     {0x66E, 0x66F},     {0x671, 0x6D3},     {0x904, 0x939},
    {0x93D, 0x93D},     {0x950, 0x950},     {0x958, 0x961},     {0xE01, 0xE30},
    {0xE32, 0xE33},     {0xE40, 0xE46},     {0x10A0, 0x10C5},   {0x10D0, 0x10FA},
    {0x1100, 0x1248},   {0x1E00, 0x1F15},   {0x1F18, 0x1F1D},   {0x1F20, 0x1F45},
    {0x1F48, 0x1F4D},   {0x1F50, 0x1F57},   {0x1F59, 0x1F59},   {0x1F5B, 0x1F5B},
    {0x1F5D, 0x1F5D},   {0x1F5F, 0x1F7D},   {0x1F80, 0x1FB4},   {0x1FB6, 0x1FBC},
    {0x2071, 0x2071},   {0x207F, 0x207F},   {0x2102, 0x2102},   {0x2107, 0x2107},
    {0x210A, 0x2113},   {0x2115, 0x2115},   {0x2119, 0x211D},   {0x2124, 0x2124},
    {0x2C00, 0x2CE4},   {0x3005, 0x3006},   {0x3031, 0x3035},   {0x3041, 0x3096},
    {0x309D, 0x309F},   {0x30A1, 0x30FA},   {0x30FC, 0x30FF},   {0x3105, 0x312F},
    {0x3131, 0x318E},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA48C},
    {0xAC00, 0xD7A3},   {0xF900, 0xFA6D},   {0xFB00, 0xFB06},   {0xFF21, 0xFF3A},
    {0xFF41, 0xFF5A},   {0xFF66, 0xFFBE},   {0x10400, 0x1044F}, {0x20000, 0x2A6DF},
    {0x2A700, 0x2EBE0}, {0x30000, 0x3134A},
};

static const range digits[] = {
    {0x30, 0x39},   {0x660, 0x669},   {0x6F0, 0x6F9},   {0x7C0, 0x7C9},   {0x966, 0x96F},
    {0x9E6, 0x9EF}, {0xA66, 0xA6F},   {0xAE6, 0xAEF},   {0xB66, 0xB6F},   {0xBE6, 0xBEF},
    {0xC66, 0xC6F}, {0xCE6, 0xCEF},   {0xD66, 0xD6F},   {0xE50, 0xE59},   {0xED0, 0xED9},
    {0xF20, 0xF29}, {0x1040, 0x1049}, {0x17E0, 0x17E9}, {0x1810, 0x1819}, {0xFF10, 0xFF19},
};

static const range puncts[] = {
    {0x21, 0x23},     {0x25, 0x2A},     {0x2C, 0x2F},     {0x3A, 0x3B},     {0x3F, 0x40},
    {0x5B, 0x5D},     {0x5F, 0x5F},     {0x7B, 0x7B},     {0x7D, 0x7D},     {0xA1, 0xA1},
    {0xA7, 0xA7},     {0xAB, 0xAB},     {0xB6, 0xB7},     {0xBB, 0xBB},     {0xBF, 0xBF},
    {0x37E, 0x37E},   {0x387, 0x387},   {0x55A, 0x55F},   {0x589, 0x58A},   {0x5BE, 0x5BE},
    {0x5C0, 0x5C0},   {0x5C3, 0x5C3},   {0x5C6, 0x5C6},   {0x5F3, 0x5F4},   {0x609, 0x60A},
    {0x60C, 0x60D},   {0x61B, 0x61B},   {0x61D, 0x61F},   {0x66A, 0x66D},   {0x6D4, 0x6D4},
    {0x964, 0x965},   {0x970, 0x970},   {0xE4F, 0xE4F},   {0xE5A, 0xE5B},   {0x2010, 0x2027},
    {0x2030, 0x2043}, {0x2045, 0x2051}, {0x2053, 0x205E}, {0x207D, 0x207E}, {0x208D, 0x208E},
    {0x2308, 0x230B}, {0x2329, 0x232A}, {0x2768, 0x2775}, {0x27C5, 0x27C6}, {0x27E6, 0x27EF},
    {0x2983, 0x2998}, {0x29D8, 0x29DB}, {0x29FC, 0x29FD}, {0x2E00, 0x2E2E}, {0x2E30, 0x2E4F},
    {0x3001, 0x3003}, {0x3008, 0x3011}, {0x3014, 0x301F}, {0x3030, 0x3030}, {0x303D, 0x303D},
    {0x30A0, 0x30A0}, {0x30FB, 0x30FB}, {0xFE10, 0xFE19}, {0xFE30, 0xFE52}, {0xFE54, 0xFE61},
    {0xFE63, 0xFE63}, {0xFE68, 0xFE68}, {0xFE6A, 0xFE6B}, {0xFF01, 0xFF03}, {0xFF05, 0xFF0A},
    {0xFF0C, 0xFF0F}, {0xFF1A, 0xFF1B}, {0xFF1F, 0xFF20}, {0xFF3B, 0xFF3D}, {0xFF3F, 0xFF3F},
    {0xFF5B, 0xFF5B}, {0xFF5D, 0xFF5D}, {0xFF5F, 0xFF65},
};

/* Not graphic (Go's IsPrint is false): controls, format characters, spaces
 * other than U+0020, surrogates, private use, noncharacters. */
static const range unprintable[] = {
    {0x00, 0x1F},     {0x7F, 0xA0},     {0xAD, 0xAD},       {0x378, 0x379},      {0x380, 0x383},
    {0x38B, 0x38B},   {0x38D, 0x38D},   {0x3A2, 0x3A2},     {0x600, 0x605},      {0x61C, 0x61C},
    {0x6DD, 0x6DD},   {0x1680, 0x1680}, {0x180E, 0x180E},   {0x2000, 0x200F},    {0x2028, 0x202F},
    {0x205F, 0x206F}, {0x3000, 0x3000}, {0xD800, 0xF8FF},   {0xFDD0, 0xFDEF},    {0xFEFF, 0xFEFF},
    {0xFFF0, 0xFFFB}, {0xFFFE, 0xFFFF}, {0xE0000, 0xE0FFF}, {0xF0000, 0x10FFFF},
};

bool mg_unicode_is_letter(int32_t r) {
    if (r < 0x80) return (uint32_t)((r | 0x20) - 'a') < 26;
    return IN(letters, r);
}
bool mg_unicode_is_digit(int32_t r) {
    if (r < 0x80) return (uint32_t)(r - '0') < 10;
    return IN(digits, r);
}
bool mg_unicode_is_space(int32_t r) {
    switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000: return true;
    default: return r >= 0x2000 && r <= 0x200A;
    }
}
bool mg_unicode_is_punct(int32_t r) {
    return IN(puncts, r);
}
bool mg_unicode_is_print(int32_t r) {
    if (r < 0 || r > 0x10FFFF) return false;
    if (r >= 0x20 && r < 0x7F) return true;
    return !IN(unprintable, r);
}
bool mg_unicode_is_control(int32_t r) {
    return (r >= 0 && r < 0x20) || (r >= 0x7F && r < 0xA0);
}

/* Case: Go's own tables, generated (unicode_case.inc): the simple mapping
 * (searched as Go's unicode.to does) and the exceptions to IsUpper/IsLower. */
#define UPPER_LOWER (0x10FFFF + 1)
enum { CASE_UPPER, CASE_LOWER, CASE_TITLE };

typedef struct case_range {
    int32_t lo, hi;
    int32_t delta[3]; /* indexed by CASE_UPPER, CASE_LOWER, CASE_TITLE */
} case_range;

#include "stdlib/unicode_case.inc"

static int32_t to_case(int which, int32_t r) {
    int lo = 0, hi = (int)(sizeof case_ranges / sizeof case_ranges[0]);
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        const case_range *cr = &case_ranges[m];
        if (r < cr->lo) {
            hi = m;
        } else if (r > cr->hi) {
            lo = m + 1;
        } else {
            int32_t d = cr->delta[which];
            /* a run of pairs starting upper: even offsets upper, odd lower */
            if (d == UPPER_LOWER) return cr->lo + (((r - cr->lo) & ~1) | (which & 1));
            return r + d;
        }
    }
    return r;
}

int32_t mg_unicode_to_lower(int32_t r) {
    if (r < 0x80) return (r >= 'A' && r <= 'Z') ? r + 32 : r;
    return to_case(CASE_LOWER, r);
}

int32_t mg_unicode_to_upper(int32_t r) {
    if (r < 0x80) return (r >= 'a' && r <= 'z') ? r - 32 : r;
    return to_case(CASE_UPPER, r);
}

int32_t mg_unicode_to_title(int32_t r) {
    if (r < 0x80) return (r >= 'a' && r <= 'z') ? r - 32 : r;
    return to_case(CASE_TITLE, r);
}

/* Category Lt: the Latin digraphs and the Greek letters with prosgegrammeni. */
bool mg_unicode_is_title(int32_t r) {
    switch (r) {
    case 0x01C5:
    case 0x01C8:
    case 0x01CB:
    case 0x01F2:
    case 0x1FBC:
    case 0x1FCC:
    case 0x1FFC: return true;
    default: return r >= 0x1F88 && r <= 0x1FAF && (r & 0xF) >= 8;
    }
}

/* Upper (lower) case, Go's Lu (Ll): a rune with a mapping to lower (upper)
 * case and none the other way, not title case; the generated flip lists
 * correct this rule where it is wrong (caseless letters, cased symbols). */
static bool mapped_upper(int32_t r) {
    return mg_unicode_to_lower(r) != r && mg_unicode_to_upper(r) == r && !mg_unicode_is_title(r);
}

static bool mapped_lower(int32_t r) {
    return mg_unicode_to_upper(r) != r && mg_unicode_to_lower(r) == r && !mg_unicode_is_title(r);
}

bool mg_unicode_is_upper(int32_t r) {
    if (r < 0x80) return r >= 'A' && r <= 'Z';
    return mapped_upper(r) != IN(upper_flips, r);
}

bool mg_unicode_is_lower(int32_t r) {
    if (r < 0x80) return r >= 'a' && r <= 'z';
    return mapped_lower(r) != IN(lower_flips, r);
}

/* ---------- natives: every function takes a rune (1 word) ---------- */

#define RUNE_PRED(cname, fn)                                                                       \
    static void cname(mg_ncall *c, mg_word *args, mg_word *res) {                                  \
        res[0].u = fn((int32_t)args[0].i);                                                         \
    }
RUNE_PRED(n_is_letter, mg_unicode_is_letter)
RUNE_PRED(n_is_digit, mg_unicode_is_digit)
RUNE_PRED(n_is_space, mg_unicode_is_space)
RUNE_PRED(n_is_upper, mg_unicode_is_upper)
RUNE_PRED(n_is_lower, mg_unicode_is_lower)
RUNE_PRED(n_is_punct, mg_unicode_is_punct)
RUNE_PRED(n_is_print, mg_unicode_is_print)
RUNE_PRED(n_is_control, mg_unicode_is_control)
RUNE_PRED(n_is_title, mg_unicode_is_title)

static void n_to_lower(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = mg_unicode_to_lower((int32_t)args[0].i);
}
static void n_to_upper(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = mg_unicode_to_upper((int32_t)args[0].i);
}
static void n_to_title(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = mg_unicode_to_title((int32_t)args[0].i);
}

const mg_native_entry mg_natives_unicode[] = {
    {"unicode.IsLetter", n_is_letter},
    {"unicode.IsDigit", n_is_digit},
    {"unicode.IsSpace", n_is_space},
    {"unicode.IsUpper", n_is_upper},
    {"unicode.IsLower", n_is_lower},
    {"unicode.IsPunct", n_is_punct},
    {"unicode.IsPrint", n_is_print},
    {"unicode.IsControl", n_is_control},
    {"unicode.ToLower", n_to_lower},
    {"unicode.ToUpper", n_to_upper},
    {"unicode.ToTitle", n_to_title},
    {"unicode.IsTitle", n_is_title},
    {NULL, NULL},
};
