/* fmt_value.c - the formatting engine of package fmt (see fmt.h): Go's
 * print.go (operands, verbs, methods, Printf's format parser) and format.go
 * (padding, integers, floats, strings, quoting), over minigo's run-time
 * values described by mg_rtype.
 *
 * Go's reflection walk maps onto rtypes as follows: an operand is (rtype,
 * pointer to its words); an interface-typed value is unwrapped to its dynamic
 * type before printing; "CanInterface" (may we call its methods?) becomes the
 * can_iface flag, cleared below unexported struct fields, as reflect does.
 */
#include <stdlib.h>
#include <string.h>

#include "../vm/map.h"
#include "../vm/object.h"
#include "fmt.h"
#include "strconv.h"
#include "unicode.h"

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

enum { MAX_RUNE = 0x10FFFF, RUNE_ERROR = 0xFFFD };

/* ---------- the output buffer ---------- */

static void buf_grow(fmt_buf *b, size_t extra) {
    if (b->len + extra <= b->cap) return;
    size_t cap = b->cap * 2;
    if (cap < b->len + extra) cap = b->len + extra;
    char *np;
    if (b->p == b->inline_bytes) {
        np = malloc(cap);
        if (np) memcpy(np, b->p, b->len);
    } else {
        np = realloc(b->p, cap);
    }
    if (!np) abort();
    b->p = np;
    b->cap = cap;
}

static void buf_write(fmt_buf *b, const void *s, size_t n) {
    if (n == 0) return;
    buf_grow(b, n);
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void buf_str(fmt_buf *b, const char *s) {
    buf_write(b, s, strlen(s));
}

static void buf_byte(fmt_buf *b, char c) {
    buf_grow(b, 1);
    b->p[b->len++] = c;
}

static void buf_rune(fmt_buf *b, int32_t r) {
    uint8_t tmp[4];
    buf_write(b, tmp, (size_t)mg_utf8_encode(tmp, r));
}

void fmt_printer_init(fmt_printer *p, mg_ncall *c) {
    memset(p, 0, sizeof *p);
    p->c = c;
    p->buf.p = p->buf.inline_bytes;
    p->buf.cap = sizeof p->buf.inline_bytes;
}

void fmt_printer_free(fmt_printer *p) {
    if (p->buf.p != p->buf.inline_bytes) free(p->buf.p);
    free(p->wrapped);
    p->buf.p = p->buf.inline_bytes;
    p->wrapped = NULL;
}

static void clear_flags(fmt_printer *p) {
    memset(&p->f, 0, sizeof p->f);
}

/* ---------- format.go: padding and primitive values ---------- */

static void write_padding(fmt_printer *p, int64_t n) {
    if (n <= 0) return;
    buf_grow(&p->buf, (size_t)n);
    memset(p->buf.p + p->buf.len, p->f.zero ? '0' : ' ', (size_t)n);
    p->buf.len += (size_t)n;
}

/* pad writes s with the width's padding on the left or (with '-') on the right. */
static void pad(fmt_printer *p, const void *s, int64_t n) {
    if (!p->f.wid_present || p->f.wid == 0) {
        buf_write(&p->buf, s, (size_t)n);
        return;
    }
    int64_t width = p->f.wid - mg_utf8_rune_count(s, n);
    if (!p->f.minus) {
        write_padding(p, width);
        buf_write(&p->buf, s, (size_t)n);
    } else {
        buf_write(&p->buf, s, (size_t)n);
        write_padding(p, width);
    }
}

static void pad_str(fmt_printer *p, const char *s) {
    pad(p, s, (int64_t)strlen(s));
}

static void fmt_boolean(fmt_printer *p, bool v) {
    pad_str(p, v ? "true" : "false");
}

/* Integers: u is the value (two's complement when is_signed); base 2, 8, 10 or 16. */
static void fmt_integer(fmt_printer *p, uint64_t u, int base, bool is_signed, char verb,
                        const char *digits) {
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) u = -u;
    char small[68];
    char *buf = small;
    size_t size = sizeof small;
    if (p->f.wid_present || p->f.prec_present) {
        size_t width = 3 + (size_t)p->f.wid + (size_t)p->f.prec;
        if (width > size) {
            buf = malloc(width);
            if (!buf) abort();
            size = width;
        }
    }
    int64_t prec = 0;
    if (p->f.prec_present) {
        prec = p->f.prec;
        if (prec == 0 && u == 0) { /* %.0d of 0 prints nothing but padding */
            bool old_zero = p->f.zero;
            p->f.zero = false;
            write_padding(p, p->f.wid);
            p->f.zero = old_zero;
            goto out;
        }
    } else if (p->f.zero && p->f.wid_present) {
        prec = p->f.wid;
        if (negative || p->f.plus || p->f.space) prec--; /* room for the sign */
    }
    size_t i = size;
    switch (base) {
    case 10:
        while (u >= 10) {
            buf[--i] = (char)('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (char)('0' + (u & 7));
            u >>= 3;
        }
        break;
    case 2:
        while (u >= 2) {
            buf[--i] = (char)('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int64_t)(size - i))
        buf[--i] = '0';
    if (p->f.sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0') buf[--i] = '0';
            break;
        case 16:
            buf[--i] = digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->f.plus)
        buf[--i] = '+';
    else if (p->f.space)
        buf[--i] = ' ';
    /* Zero padding was done above as precision, or is ignored after an explicit precision. */
    bool old_zero = p->f.zero;
    p->f.zero = false;
    pad(p, buf + i, (int64_t)(size - i));
    p->f.zero = old_zero;
out:
    if (buf != small) free(buf);
}

/* %U: "U+0041", with %#U also " 'A'" for printable runes. */
static void fmt_unicode(fmt_printer *p, uint64_t u) {
    char buf[96];
    int prec = 4;
    if (p->f.prec_present && p->f.prec > 4) prec = p->f.prec > 64 ? 64 : p->f.prec;
    size_t i = sizeof buf;
    if (p->f.sharp && u <= MAX_RUNE && mg_unicode_is_print((int32_t)u)) {
        uint8_t enc[4];
        int n = mg_utf8_encode(enc, (int32_t)u);
        buf[--i] = '\'';
        i -= (size_t)n;
        memcpy(buf + i, enc, (size_t)n);
        buf[--i] = '\'';
        buf[--i] = ' ';
    }
    while (u >= 16) {
        buf[--i] = udigits[u & 0xF];
        prec--;
        u >>= 4;
    }
    buf[--i] = udigits[u];
    prec--;
    while (prec > 0) {
        buf[--i] = '0';
        prec--;
    }
    buf[--i] = '+';
    buf[--i] = 'U';
    bool old_zero = p->f.zero;
    p->f.zero = false;
    pad(p, buf + i, (int64_t)(sizeof buf - i));
    p->f.zero = old_zero;
}

static int32_t rune_of(uint64_t c) {
    return c > MAX_RUNE ? RUNE_ERROR : (int32_t)c;
}

static void fmt_c(fmt_printer *p, uint64_t c) {
    uint8_t enc[4];
    int n = mg_utf8_encode(enc, rune_of(c));
    pad(p, enc, n);
}

/* ---------- strconv-style quoting ---------- */

static bool valid_rune(int32_t r) {
    return r >= 0 && r <= MAX_RUNE && !(r >= 0xD800 && r <= 0xDFFF);
}

static void append_escaped_rune(fmt_buf *b, int32_t r, char quote, bool ascii_only) {
    static const char hex[] = "0123456789abcdef";
    if (r == quote || r == '\\') {
        buf_byte(b, '\\');
        buf_byte(b, (char)r);
        return;
    }
    if (ascii_only) {
        if (r < 0x80 && mg_unicode_is_print(r)) {
            buf_byte(b, (char)r);
            return;
        }
    } else if (mg_unicode_is_print(r)) {
        buf_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': buf_str(b, "\\a"); return;
    case '\b': buf_str(b, "\\b"); return;
    case '\f': buf_str(b, "\\f"); return;
    case '\n': buf_str(b, "\\n"); return;
    case '\r': buf_str(b, "\\r"); return;
    case '\t': buf_str(b, "\\t"); return;
    case '\v': buf_str(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F) {
        buf_str(b, "\\x");
        buf_byte(b, hex[(r >> 4) & 0xF]);
        buf_byte(b, hex[r & 0xF]);
        return;
    }
    if (!valid_rune(r)) r = RUNE_ERROR;
    if (r < 0x10000) {
        buf_str(b, "\\u");
        for (int s = 12; s >= 0; s -= 4)
            buf_byte(b, hex[(r >> s) & 0xF]);
    } else {
        buf_str(b, "\\U");
        for (int s = 28; s >= 0; s -= 4)
            buf_byte(b, hex[(r >> s) & 0xF]);
    }
}

/* strconv.Quote / QuoteToASCII of s into b. */
static void append_quoted(fmt_buf *b, const uint8_t *s, int64_t n, bool ascii_only) {
    static const char hex[] = "0123456789abcdef";
    buf_byte(b, '"');
    for (int64_t i = 0; i < n;) {
        int w = 1;
        int32_t r = s[i];
        if (r >= 0x80) r = mg_utf8_decode(s + i, n - i, &w);
        if (w == 1 && r == RUNE_ERROR) {
            buf_str(b, "\\x");
            buf_byte(b, hex[s[i] >> 4]);
            buf_byte(b, hex[s[i] & 0xF]);
            i++;
            continue;
        }
        append_escaped_rune(b, r, '"', ascii_only);
        i += w;
    }
    buf_byte(b, '"');
}

static bool can_backquote(const uint8_t *s, int64_t n) {
    for (int64_t i = 0; i < n;) {
        int w = 1;
        int32_t r = s[i];
        if (r >= 0x80) r = mg_utf8_decode(s + i, n - i, &w);
        i += w;
        if (w > 1) {
            if (r == 0xFEFF) return false;
            continue;
        }
        if (r == RUNE_ERROR) return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
    }
    return true;
}

/* Pads the contents of a scratch buffer (a quoted string) and releases it. */
static void pad_scratch(fmt_printer *p, fmt_buf *tmp) {
    pad(p, tmp->p, (int64_t)tmp->len);
    if (tmp->p != tmp->inline_bytes) free(tmp->p);
}

static void scratch_init(fmt_buf *tmp) {
    tmp->p = tmp->inline_bytes;
    tmp->len = 0;
    tmp->cap = sizeof tmp->inline_bytes;
}

/* %q of an integer: a single-quoted rune literal. */
static void fmt_qc(fmt_printer *p, uint64_t c) {
    int32_t r = rune_of(c);
    if (!valid_rune(r)) r = RUNE_ERROR;
    fmt_buf tmp;
    scratch_init(&tmp);
    buf_byte(&tmp, '\'');
    append_escaped_rune(&tmp, r, '\'', p->f.plus);
    buf_byte(&tmp, '\'');
    pad_scratch(p, &tmp);
}

/* The byte length of the first prec runes of s (Go's truncateString). */
static int64_t truncate_len(fmt_printer *p, const uint8_t *s, int64_t n) {
    if (!p->f.prec_present) return n;
    int64_t runes = 0;
    for (int64_t i = 0; i < n;) {
        if (runes++ == p->f.prec) return i;
        int w = 1;
        if (s[i] >= 0x80) mg_utf8_decode(s + i, n - i, &w);
        i += w;
    }
    return n;
}

static void fmt_s(fmt_printer *p, const uint8_t *s, int64_t n) {
    pad(p, s, truncate_len(p, s, n));
}

static void fmt_q(fmt_printer *p, const uint8_t *s, int64_t n) {
    n = truncate_len(p, s, n);
    fmt_buf tmp;
    scratch_init(&tmp);
    if (p->f.sharp && can_backquote(s, n)) {
        buf_byte(&tmp, '`');
        buf_write(&tmp, s, (size_t)n);
        buf_byte(&tmp, '`');
    } else {
        append_quoted(&tmp, s, n, p->f.plus);
    }
    pad_scratch(p, &tmp);
}

/* %x / %X of a string's or a (packed) []byte's bytes. */
static void fmt_sbx(fmt_printer *p, const uint8_t *s, int64_t length, const char *digits) {
    if (p->f.prec_present && p->f.prec < length) length = p->f.prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp) width *= 2;
            width += length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.wid_present) write_padding(p, p->f.wid);
        return;
    }
    if (p->f.wid_present && p->f.wid > width && !p->f.minus) write_padding(p, p->f.wid - width);
    fmt_buf *out = &p->buf;
    if (p->f.sharp) {
        buf_byte(out, '0');
        buf_byte(out, digits[16]);
    }
    for (int64_t i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            buf_byte(out, ' ');
            if (p->f.sharp) {
                buf_byte(out, '0');
                buf_byte(out, digits[16]);
            }
        }
        uint8_t c = s[i];
        buf_byte(out, digits[c >> 4]);
        buf_byte(out, digits[c & 0xF]);
    }
    if (p->f.wid_present && p->f.wid > width && p->f.minus) write_padding(p, p->f.wid - width);
}

/* Floats: verb is strconv's format byte, prec -1 for the shortest representation. */
static void fmt_float(fmt_printer *p, double v, int size, char verb, int prec) {
    if (p->f.prec_present) prec = p->f.prec;
    char num[400];
    size_t cap = sizeof num - 24;
    int len = mg_format_float(num + 1, cap, v, verb, prec, size);
    if (len > (int)cap - 1) len = (int)cap - 1;
    int n = len + 1;
    char *s = num;
    if (s[1] == '-' || s[1] == '+') {
        s++;
        n--;
    } else {
        s[0] = '+';
    }
    if (p->f.space && s[0] == '+' && !p->f.plus) s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') { /* Inf and NaN are never zero-padded */
        bool old_zero = p->f.zero;
        p->f.zero = false;
        if (s[1] == 'N' && !p->f.space && !p->f.plus) {
            s++;
            n--;
        }
        pad(p, s, n);
        p->f.zero = old_zero;
        return;
    }
    if (p->f.sharp && verb != 'b') { /* %#g etc.: keep the decimal point and trailing zeros */
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
            digits = prec == -1 ? 6 : prec;
        char tail[16];
        int ntail = 0;
        bool has_point = false, saw_nonzero = false;
        for (int i = 1; i < n; i++) {
            char ch = s[i];
            if (ch == '.') {
                has_point = true;
            } else if (ch == 'p' || ch == 'P' ||
                       ((ch == 'e' || ch == 'E') && verb != 'x' && verb != 'X')) {
                ntail = n - i < (int)sizeof tail ? n - i : (int)sizeof tail;
                memcpy(tail, s + i, (size_t)ntail);
                n = i;
                break;
            } else {
                if (ch != '0') saw_nonzero = true;
                if (saw_nonzero) digits--;
            }
        }
        if (!has_point) {
            if (n == 2 && s[1] == '0') digits--;
            s[n++] = '.';
        }
        while (digits > 0 && n < (int)sizeof num - 20) {
            s[n++] = '0';
            digits--;
        }
        memcpy(s + n, tail, (size_t)ntail);
        n += ntail;
    }
    if (p->f.plus || s[0] != '+') {
        if (p->f.zero && p->f.wid_present && p->f.wid > n) {
            buf_byte(&p->buf, s[0]);
            write_padding(p, p->f.wid - n);
            buf_write(&p->buf, s + 1, (size_t)n - 1);
            return;
        }
        pad(p, s, n);
        return;
    }
    pad(p, s + 1, n - 1);
}

/* ---------- print.go: operands ---------- */

static void print_arg(fmt_printer *p, const mg_rtype *t, const mg_word *v, int32_t verb);
static bool print_scalar(fmt_printer *p, const mg_rtype *t, const mg_word *v, int32_t verb);
static void print_value(fmt_printer *p, const mg_rtype *t, const mg_word *v, int32_t verb,
                        int depth, bool can_iface);

/* The words of an interface's dynamic value: in the data word itself, or boxed. */
static const mg_word *iface_words(const mg_rtype *dt, const mg_word *data) {
    return dt->words == 1 ? data : (const mg_word *)data->p;
}

/* %!verb(type=value) */
static void bad_verb(fmt_printer *p, int32_t verb) {
    p->erroring = true;
    buf_str(&p->buf, "%!");
    buf_rune(&p->buf, verb);
    buf_byte(&p->buf, '(');
    if (p->cur_t) {
        const mg_rtype *t = p->cur_t;
        const mg_word *v = p->cur_v;
        buf_str(&p->buf, t->name);
        buf_byte(&p->buf, '=');
        print_arg(p, t, v, 'v');
    } else {
        buf_str(&p->buf, "<nil>");
    }
    buf_byte(&p->buf, ')');
    p->erroring = false;
}

static void print_bool(fmt_printer *p, bool v, int32_t verb) {
    if (verb == 't' || verb == 'v')
        fmt_boolean(p, v);
    else
        bad_verb(p, verb);
}

/* fmt0x64: hex with (or without) a leading 0x, as for pointers. */
static void fmt_0x64(fmt_printer *p, uint64_t v, bool leading0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', ldigits);
    p->f.sharp = sharp;
}

static void print_integer(fmt_printer *p, uint64_t v, bool is_signed, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v && !is_signed)
            fmt_0x64(p, v, true);
        else
            fmt_integer(p, v, 10, is_signed, (char)verb, ldigits);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, (char)verb, ldigits); break;
    case 'b': fmt_integer(p, v, 2, is_signed, (char)verb, ldigits); break;
    case 'o':
    case 'O': fmt_integer(p, v, 8, is_signed, (char)verb, ldigits); break;
    case 'x': fmt_integer(p, v, 16, is_signed, (char)verb, ldigits); break;
    case 'X': fmt_integer(p, v, 16, is_signed, (char)verb, udigits); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb);
    }
}

static void print_float(fmt_printer *p, double v, int size, int32_t verb) {
    switch (verb) {
    case 'v': fmt_float(p, v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt_float(p, v, size, (char)verb, -1); break;
    case 'f':
    case 'e':
    case 'E': fmt_float(p, v, size, (char)verb, 6); break;
    case 'F': fmt_float(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb);
    }
}

/* Go's fmtComplex: "(re+imi)", each part formatted as a float of half the size under the
 * same flags, the imaginary part always signed. */
static void print_complex(fmt_printer *p, const mg_word *v, int size, int32_t verb) {
    switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
        bool plus = p->f.plus;
        buf_byte(&p->buf, '(');
        print_float(p, v[0].f, size / 2, verb);
        p->f.plus = true;
        print_float(p, v[1].f, size / 2, verb);
        buf_str(&p->buf, "i)");
        p->f.plus = plus;
        break;
    }
    default: bad_verb(p, verb);
    }
}

static void print_string(fmt_printer *p, const uint8_t *s, int64_t n, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v)
            fmt_q(p, s, n);
        else
            fmt_s(p, s, n);
        break;
    case 's': fmt_s(p, s, n); break;
    case 'x': fmt_sbx(p, s, n, ldigits); break;
    case 'X': fmt_sbx(p, s, n, udigits); break;
    case 'q': fmt_q(p, s, n); break;
    default: bad_verb(p, verb);
    }
}

/* A []byte or [N]byte (packed) under %s %q %x %X (and %v/%d for []byte operands). */
static void print_bytes(fmt_printer *p, const uint8_t *b, int64_t n, bool is_nil, int32_t verb,
                        const char *type_name) {
    switch (verb) {
    case 'v':
    case 'd':
        if (p->f.sharp_v) {
            buf_str(&p->buf, type_name);
            if (is_nil) {
                buf_str(&p->buf, "(nil)");
                return;
            }
            buf_byte(&p->buf, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) buf_str(&p->buf, ", ");
                fmt_0x64(p, b[i], true);
            }
            buf_byte(&p->buf, '}');
        } else {
            buf_byte(&p->buf, '[');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) buf_byte(&p->buf, ' ');
                fmt_integer(p, b[i], 10, false, (char)verb, ldigits);
            }
            buf_byte(&p->buf, ']');
        }
        return;
    case 'x':
    case 'X': fmt_sbx(p, b, n, verb == 'x' ? ldigits : udigits); return;
    }
    if (verb == 's')
        fmt_s(p, b, n);
    else
        fmt_q(p, b, n);
}

static void fmt_pointer(fmt_printer *p, const mg_rtype *t, const mg_word *v, int32_t verb) {
    uint64_t u;
    switch (t->kind) {
    case MK_CHAN:
    case MK_FUNC:
    case MK_MAP:
    case MK_POINTER:
    case MK_SLICE:
    case MK_UNSAFEPTR: u = v[0].u; break;
    default: bad_verb(p, verb); return;
    }
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            buf_byte(&p->buf, '(');
            buf_str(&p->buf, t->name);
            buf_str(&p->buf, ")(");
            if (u == 0)
                buf_str(&p->buf, "nil");
            else
                fmt_0x64(p, u, true);
            buf_byte(&p->buf, ')');
        } else {
            if (u == 0)
                pad_str(p, "<nil>");
            else
                fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p': fmt_0x64(p, u, !p->f.sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': print_integer(p, u, false, verb); break;
    default: bad_verb(p, verb);
    }
}

/* ---------- methods: Error, String, GoString ---------- */

/* The method `name` with signature func() string in t's method set, or NULL. */
static const mg_rmethod *string_method(const mg_rtype *t, const char *name) {
    if (t->nmethods == 0) return NULL;
    const mg_rmethod *m = mg_rtype_method(t, name);
    if (!m || m->ptr_only || !m->ifn) return NULL;
    const mg_rtype *mt = m->mtype;
    if (mt && (mt->nparams != 0 || mt->nresults != 1 || mt->results[0]->kind != MK_STRING))
        return NULL;
    return m;
}

typedef enum call_result {
    CALL_OK,      /* the method returned a string */
    CALL_WROTE,   /* it panicked and the report ("<nil>", %!v(PANIC=...)) is written */
    CALL_ABORTED, /* a panic propagates: stop printing */
} call_result;

/* Go's catchPanic: a method that panicked on a nil pointer prints "<nil>"; any other
 * panic prints %!verb(PANIC=Method method: value). */
static void report_method_panic(fmt_printer *p, const mg_rtype *t, const mg_word *v,
                                const char *method, int32_t verb, const mg_iface *perr) {
    if (t->kind == MK_POINTER && v[0].p == NULL) {
        buf_str(&p->buf, "<nil>");
        return;
    }
    fmt_flags old = p->f;
    memset(&p->f, 0, sizeof p->f);
    buf_str(&p->buf, "%!");
    buf_rune(&p->buf, verb);
    buf_str(&p->buf, "(PANIC=");
    buf_str(&p->buf, method);
    buf_str(&p->buf, " method: ");
    if (perr->tab)
        print_arg(p, perr->tab->type, iface_words(perr->tab->type, &perr->data), 'v');
    else
        print_arg(p, NULL, NULL, 'v');
    buf_byte(&p->buf, ')');
    p->f = old;
}

/* Calls the method m (Error, String or GoString) of the value (t, v) into *out. */
static call_result call_string_method(fmt_printer *p, const mg_rtype *t, const mg_word *v,
                                      const mg_rmethod *m, int32_t verb, mg_string *out) {
    /* A value method reached through a nil *T panics in Go's wrapper: say "<nil>" at once. */
    if (t->kind == MK_POINTER && v[0].p == NULL && t->elem) {
        const mg_rmethod *vm = t->elem->nmethods ? mg_rtype_method(t->elem, m->name) : NULL;
        if (vm && !vm->ptr_only) {
            buf_str(&p->buf, "<nil>");
            return CALL_WROTE;
        }
    }
    /* The receiver is the interface data word: the value itself, or a pointer to its words
     * (which the callee only reads, like a boxed copy). */
    mg_word recv = t->words == 1 ? v[0] : (mg_word){.p = (void *)v};
    mg_word res[5] = {{0}, {0}, {0}, {0}, {0}};
    if (m->ifn->native) { /* natives are leaves: call it directly */
        m->ifn->native(p->c, &recv, res);
    } else if (p->caller) {
        /* fmt.callMethod(v any, which int) (string, any, bool) recovers a panic */
        int which = m->name[0] == 'E' ? 0 : m->name[0] == 'S' ? 1 : 2;
        mg_word args[3] = {{.p = (void *)&t->self_itab}, recv, {.i = which}};
        if (!mg_native_call(p->c, p->caller, args, 3, res, 5)) {
            p->panicked = true;
            return CALL_ABORTED;
        }
        if (res[4].u) {
            mg_iface perr = {res[2].p, res[3]};
            report_method_panic(p, t, v, m->name, verb, &perr);
            return p->panicked ? CALL_ABORTED : CALL_WROTE;
        }
    } else {
        mg_closure clo = {.fn = m->ifn, .ncaptured = 0};
        if (!mg_native_call(p->c, &clo, &recv, 1, res, 2)) {
            p->panicked = true;
            return CALL_ABORTED;
        }
    }
    out->ptr = res[0].p;
    out->len = res[1].i;
    return CALL_OK;
}

/* Go's handleMethods: true when the operand was printed by one of its methods. */
static bool handle_methods(fmt_printer *p, const mg_rtype *t, const mg_word *v, int32_t verb) {
    if (p->erroring || !p->c || p->panicked) return false;
    if (verb == 'w') {
        if (!string_method(t, "Error") || !p->wrap_errs) {
            bad_verb(p, verb);
            return true;
        }
        verb = 'v';
    }
    const mg_rmethod *m = NULL;
    if (p->f.sharp_v) {
        m = string_method(t, "GoString");
    } else {
        switch (verb) {
        case 'v':
        case 's':
        case 'x':
        case 'X':
        case 'q':
            m = string_method(t, "Error");
            if (!m) m = string_method(t, "String");
            break;
        }
    }
    if (!m) return false;
    mg_string s;
    if (call_string_method(p, t, v, m, verb, &s) != CALL_OK) return true;
    if (p->f.sharp_v)
        fmt_s(p, s.ptr, s.len);
    else
        print_string(p, s.ptr, s.len, verb);
    return true;
}

/* ---------- printArg / printValue ---------- */

static bool is_plain_byte_slice(const mg_rtype *t) {
    /* exactly []byte: Go's printArg matches the type, not the kind */
    return t->kind == MK_SLICE && strcmp(t->name, "[]uint8") == 0;
}

/* Prints an operand of dynamic type t (NULL: a nil interface). */
static void print_arg(fmt_printer *p, const mg_rtype *t, const mg_word *v, int32_t verb) {
    if (p->panicked) return;
    p->cur_t = t;
    p->cur_v = v;
    if (!t) {
        if (verb == 'T' || verb == 'v')
            pad_str(p, "<nil>");
        else
            bad_verb(p, verb);
        return;
    }
    if (verb == 'T') {
        fmt_s(p, (const uint8_t *)t->name, (int64_t)strlen(t->name));
        return;
    }
    if (verb == 'p') {
        fmt_pointer(p, t, v, 'p');
        return;
    }
    if (t->nmethods == 0) { /* no Error/String to call: format the kinds directly */
        if (print_scalar(p, t, v, verb)) return;
        switch (t->kind) {
        default:
            if (is_plain_byte_slice(t)) {
                switch (verb) {
                case 'v':
                case 'd':
                case 's':
                case 'x':
                case 'X':
                case 'q': print_bytes(p, v[0].p, v[1].i, v[0].p == NULL, verb, "[]byte"); return;
                }
                print_value(p, t, v, verb, 0, true);
                return;
            }
        }
    }
    if (!handle_methods(p, t, v, verb)) print_value(p, t, v, verb, 0, true);
}

/* fmtsort's order of floats: NaN first, then by value. */
static int compare_floats(double x, double y) {
    if (x != x) return -1;
    if (y != y) return 1;
    return x < y ? -1 : x > y;
}

/* fmtsort's compare for map keys of type t. */
static int compare_values(const mg_rtype *t, const mg_word *a, const mg_word *b) {
    switch (t->kind) {
    case MK_INT:
    case MK_INT8:
    case MK_INT16:
    case MK_INT32:
    case MK_INT64: return a[0].i < b[0].i ? -1 : a[0].i > b[0].i;
    case MK_BOOL:
    case MK_UINT:
    case MK_UINT8:
    case MK_UINT16:
    case MK_UINT32:
    case MK_UINT64:
    case MK_UINTPTR:
    case MK_POINTER:
    case MK_CHAN:
    case MK_UNSAFEPTR: return a[0].u < b[0].u ? -1 : a[0].u > b[0].u;
    case MK_FLOAT32:
    case MK_FLOAT64: return compare_floats(a[0].f, b[0].f);
    case MK_COMPLEX64:
    case MK_COMPLEX128: { /* real parts first, then imaginary ones */
        int c = compare_floats(a[0].f, b[0].f);
        return c ? c : compare_floats(a[1].f, b[1].f);
    }
    case MK_STRING: {
        mg_string x = {a[0].p, a[1].i}, y = {b[0].p, b[1].i};
        int c = mg_str_compare(x, y);
        return c < 0 ? -1 : c > 0;
    }
    case MK_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const mg_rfield *f = &t->fields[i];
            int c = compare_values(f->type, a + f->offset, b + f->offset);
            if (c) return c;
        }
        return 0;
    case MK_ARRAY: {
        mg_word ta, tb;
        for (int64_t i = 0; i < t->len; i++) {
            int c = compare_values(t->elem, mg_elem_at(t->elem, a, i, &ta),
                                   mg_elem_at(t->elem, b, i, &tb));
            if (c) return c;
        }
        return 0;
    }
    case MK_INTERFACE: {
        const mg_itab *ta = a[0].p, *tb = b[0].p;
        if (!ta || !tb) return ta ? 1 : tb ? -1 : 0;
        if (ta->type != tb->type) {
            /* Go orders by type descriptor address, which its linker sorts by name. */
            int c = strcmp(ta->type->name, tb->type->name);
            if (c) return c < 0 ? -1 : 1;
            return (uintptr_t)ta->type < (uintptr_t)tb->type ? -1 : 1;
        }
        return compare_values(ta->type, iface_words(ta->type, &a[1]), iface_words(tb->type, &b[1]));
    }
    default: return 0;
    }
}

typedef struct map_entry {
    mg_word *key, *val;
} map_entry;

/* A stable merge sort of map entries by key (fmtsort uses sort.Stable). */
static void sort_entries(map_entry *e, map_entry *tmp, int64_t n, const mg_rtype *kt) {
    if (n < 2) return;
    int64_t mid = n / 2;
    sort_entries(e, tmp, mid, kt);
    sort_entries(e + mid, tmp, n - mid, kt);
    int64_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        if (compare_values(kt, e[j].key, e[i].key) < 0)
            tmp[k++] = e[j++];
        else
            tmp[k++] = e[i++];
    }
    while (i < mid)
        tmp[k++] = e[i++];
    while (j < n)
        tmp[k++] = e[j++];
    memcpy(e, tmp, (size_t)n * sizeof *e);
}

static void print_map(fmt_printer *p, const mg_rtype *t, mg_map *m, int32_t verb, int depth,
                      bool can_iface) {
    if (p->f.sharp_v) {
        buf_str(&p->buf, t->name);
        if (!m) {
            buf_str(&p->buf, "(nil)");
            return;
        }
        buf_byte(&p->buf, '{');
    } else {
        buf_str(&p->buf, "map[");
    }
    int64_t n = mg_map_len(m);
    if (n > 0) {
        /* Copy the entries out (into GC memory: they may hold pointers) so that methods
         * called while printing cannot disturb the iteration. */
        const mg_rtype *kt = t->key, *vt = t->elem;
        int kw = kt->words, vw = vt->words;
        map_entry *e = mg_alloc((size_t)n * 2 * sizeof *e);
        mg_word *store = mg_alloc((size_t)n * (size_t)(kw + vw) * sizeof(mg_word) + 1);
        mg_map_iter it;
        mg_map_iter_init(&it, m, 0);
        int64_t cnt = 0;
        mg_word *k, *v;
        while (cnt < n && mg_map_iter_next(&it, &k, &v)) {
            e[cnt].key = store + cnt * (kw + vw);
            e[cnt].val = e[cnt].key + kw;
            memcpy(e[cnt].key, k, (size_t)kw * sizeof(mg_word));
            memcpy(e[cnt].val, v, (size_t)vw * sizeof(mg_word));
            cnt++;
        }
        sort_entries(e, e + n, cnt, kt);
        for (int64_t i = 0; i < cnt && !p->panicked; i++) {
            if (i > 0) {
                if (p->f.sharp_v)
                    buf_str(&p->buf, ", ");
                else
                    buf_byte(&p->buf, ' ');
            }
            print_value(p, kt, e[i].key, verb, depth + 1, can_iface);
            buf_byte(&p->buf, ':');
            print_value(p, vt, e[i].val, verb, depth + 1, can_iface);
        }
    }
    buf_byte(&p->buf, p->f.sharp_v ? '}' : ']');
}

static void print_list(fmt_printer *p, const mg_rtype *t, const mg_word *elems, int64_t n,
                       bool is_nil, int32_t verb, int depth, bool can_iface) {
    const mg_rtype *et = t->elem;
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && et->kind == MK_UINT8) {
        print_bytes(p, (const uint8_t *)elems, n, is_nil, verb, t->name);
        return;
    }
    mg_word tmp; /* a packed element's word (vm/value.h) */
    if (p->f.sharp_v) {
        buf_str(&p->buf, t->name);
        if (t->kind == MK_SLICE && is_nil) {
            buf_str(&p->buf, "(nil)");
            return;
        }
        buf_byte(&p->buf, '{');
        for (int64_t i = 0; i < n && !p->panicked; i++) {
            if (i > 0) buf_str(&p->buf, ", ");
            print_value(p, et, mg_elem_at(et, elems, i, &tmp), verb, depth + 1, can_iface);
        }
        buf_byte(&p->buf, '}');
    } else {
        buf_byte(&p->buf, '[');
        for (int64_t i = 0; i < n && !p->panicked; i++) {
            if (i > 0) buf_byte(&p->buf, ' ');
            print_value(p, et, mg_elem_at(et, elems, i, &tmp), verb, depth + 1, can_iface);
        }
        buf_byte(&p->buf, ']');
    }
}

/* Booleans, numbers and strings: the kinds formatted from their words alone. Returns false
 * for every other kind. */
static bool print_scalar(fmt_printer *p, const mg_rtype *t, const mg_word *v, int32_t verb) {
    switch (t->kind) {
    case MK_BOOL: print_bool(p, v[0].u != 0, verb); return true;
    case MK_INT:
    case MK_INT8:
    case MK_INT16:
    case MK_INT32:
    case MK_INT64: print_integer(p, v[0].u, true, verb); return true;
    case MK_UINT:
    case MK_UINT8:
    case MK_UINT16:
    case MK_UINT32:
    case MK_UINT64:
    case MK_UINTPTR: print_integer(p, v[0].u, false, verb); return true;
    case MK_FLOAT32: print_float(p, v[0].f, 32, verb); return true;
    case MK_FLOAT64: print_float(p, v[0].f, 64, verb); return true;
    case MK_COMPLEX64: print_complex(p, v, 64, verb); return true;
    case MK_COMPLEX128: print_complex(p, v, 128, verb); return true;
    case MK_STRING: print_string(p, v[0].p, v[1].i, verb); return true;
    default: return false;
    }
}

static void print_value(fmt_printer *p, const mg_rtype *t, const mg_word *v, int32_t verb,
                        int depth, bool can_iface) {
    if (p->panicked) return;
    if (t->kind == MK_INTERFACE) { /* reflect's Elem(): print the dynamic value */
        const mg_itab *tab = v[0].p;
        if (!tab) {
            if (p->f.sharp_v) {
                buf_str(&p->buf, t->name);
                buf_str(&p->buf, "(nil)");
            } else {
                buf_str(&p->buf, "<nil>");
            }
            return;
        }
        print_value(p, tab->type, iface_words(tab->type, &v[1]), verb, depth + 1, can_iface);
        return;
    }
    if (depth > 0 && can_iface) {
        p->cur_t = t;
        p->cur_v = v;
        if (handle_methods(p, t, v, verb)) return;
    }
    p->cur_t = t;
    p->cur_v = v;
    if (print_scalar(p, t, v, verb)) return;
    switch (t->kind) {
    case MK_MAP: print_map(p, t, v[0].p, verb, depth, can_iface); break;
    case MK_STRUCT:
        if (p->f.sharp_v) buf_str(&p->buf, t->name);
        buf_byte(&p->buf, '{');
        for (int i = 0; i < t->nfields && !p->panicked; i++) {
            const mg_rfield *f = &t->fields[i];
            if (i > 0) {
                if (p->f.sharp_v)
                    buf_str(&p->buf, ", ");
                else
                    buf_byte(&p->buf, ' ');
            }
            if ((p->f.plus_v || p->f.sharp_v) && f->name && f->name[0]) {
                buf_str(&p->buf, f->name);
                buf_byte(&p->buf, ':');
            }
            print_value(p, f->type, v + f->offset, verb, depth + 1, can_iface && f->exported);
        }
        buf_byte(&p->buf, '}');
        break;
    case MK_ARRAY: print_list(p, t, v, t->len, false, verb, depth, can_iface); break;
    case MK_SLICE: print_list(p, t, v[0].p, v[1].i, v[0].p == NULL, verb, depth, can_iface); break;
    case MK_POINTER:
        /* &{...} for a pointer to a composite at the top level only (avoids cycles) */
        if (depth == 0 && v[0].p && t->elem) {
            switch (t->elem->kind) {
            case MK_ARRAY:
            case MK_SLICE:
            case MK_STRUCT:
            case MK_MAP:
                buf_byte(&p->buf, '&');
                print_value(p, t->elem, v[0].p, verb, depth + 1, can_iface);
                return;
            default: break;
            }
        }
        fmt_pointer(p, t, v, verb);
        break;
    case MK_CHAN:
    case MK_FUNC:
    case MK_UNSAFEPTR: fmt_pointer(p, t, v, verb); break;
    default:
        buf_byte(&p->buf, '?');
        buf_str(&p->buf, t->name);
        buf_byte(&p->buf, '?');
    }
}

/* An operand of the []any: its dynamic type and words. */
static void print_iface(fmt_printer *p, const mg_iface *a, int32_t verb) {
    if (!a->tab)
        print_arg(p, NULL, NULL, verb);
    else
        print_arg(p, a->tab->type, iface_words(a->tab->type, &a->data), verb);
}

/* ---------- Print, Println, Printf ---------- */

void fmt_do_print(fmt_printer *p, const mg_iface *a, int64_t n) {
    bool prev_string = false;
    for (int64_t i = 0; i < n && !p->panicked; i++) {
        bool is_string = a[i].tab && a[i].tab->type->kind == MK_STRING;
        if (i > 0 && !is_string && !prev_string) buf_byte(&p->buf, ' ');
        print_iface(p, &a[i], 'v');
        prev_string = is_string;
    }
}

void fmt_do_println(fmt_printer *p, const mg_iface *a, int64_t n) {
    for (int64_t i = 0; i < n && !p->panicked; i++) {
        if (i > 0) buf_byte(&p->buf, ' ');
        print_iface(p, &a[i], 'v');
    }
    buf_byte(&p->buf, '\n');
}

static bool too_large(int64_t x) {
    return x > 1000000 || x < -1000000;
}

/* Go's parsenum: a decimal number at s[*i..end). */
static bool parse_num(const uint8_t *s, int64_t *i, int64_t end, int *num) {
    int64_t n = 0;
    bool isnum = false;
    if (*i >= end) return false;
    for (; *i < end && s[*i] >= '0' && s[*i] <= '9'; (*i)++) {
        if (too_large(n)) {
            *num = 0;
            *i = end;
            return false;
        }
        n = n * 10 + (s[*i] - '0');
        isnum = true;
    }
    *num = (int)n;
    return isnum;
}

/* Go's argNumber: an explicit [n] index at format[*i]. */
static bool arg_number(fmt_printer *p, int64_t *argnum, const uint8_t *f, int64_t *i, int64_t end,
                       int64_t nargs) {
    if (*i >= end || f[*i] != '[') return false;
    p->reordered = true;
    /* parseArgNumber over f[*i..end) */
    int64_t start = *i, wid = 1;
    int index = 0;
    bool ok = false;
    if (end - start >= 3) {
        for (int64_t j = start + 1; j < end; j++) {
            if (f[j] == ']') {
                int64_t k = start + 1;
                int num = 0;
                bool isnum = parse_num(f, &k, j, &num);
                if (!isnum || k != j) {
                    wid = j - start + 1;
                } else {
                    index = num - 1;
                    wid = j - start + 1;
                    ok = true;
                }
                break;
            }
        }
    }
    if (ok && index >= 0 && index < nargs) {
        *argnum = index;
        *i = start + wid;
        return true;
    }
    p->good_argnum = false;
    *i = start + wid;
    return ok;
}

/* Go's intFromArg: a * width or precision. */
static bool int_from_arg(const mg_iface *a, int64_t nargs, int64_t *argnum, int *num) {
    *num = 0;
    if (*argnum >= nargs) return false;
    const mg_iface *x = &a[*argnum];
    (*argnum)++;
    bool ok = false;
    int64_t n = 0;
    if (x->tab) {
        switch (x->tab->type->kind) {
        case MK_INT:
        case MK_INT8:
        case MK_INT16:
        case MK_INT32:
        case MK_INT64:
            n = x->data.i;
            ok = true;
            break;
        case MK_UINT:
        case MK_UINT8:
        case MK_UINT16:
        case MK_UINT32:
        case MK_UINT64:
        case MK_UINTPTR:
            n = x->data.i;
            ok = n >= 0;
            break;
        default: break;
        }
    }
    if (!ok || too_large(n)) return false;
    *num = (int)n;
    return true;
}

static void note_wrapped(fmt_printer *p, int64_t argnum) {
    if (p->nwrapped == p->capwrapped) {
        p->capwrapped = p->capwrapped ? p->capwrapped * 2 : 4;
        p->wrapped = realloc(p->wrapped, (size_t)p->capwrapped * sizeof *p->wrapped);
        if (!p->wrapped) abort();
    }
    p->wrapped[p->nwrapped++] = argnum;
}

void fmt_do_printf(fmt_printer *p, const uint8_t *format, int64_t end, const mg_iface *a,
                   int64_t nargs) {
    int64_t argnum = 0;
    bool after_index = false;
    p->reordered = false;
    for (int64_t i = 0; i < end && !p->panicked;) {
        p->good_argnum = true;
        int64_t lasti = i;
        while (i < end && format[i] != '%')
            i++;
        if (i > lasti) buf_write(&p->buf, format + lasti, (size_t)(i - lasti));
        if (i >= end) break;
        i++; /* skip % */
        clear_flags(p);
        bool simple_done = false;
        for (; i < end; i++) {
            uint8_t c = format[i];
            if (c == '#')
                p->f.sharp = true;
            else if (c == '0')
                p->f.zero = !p->f.minus;
            else if (c == '+')
                p->f.plus = true;
            else if (c == '-') {
                p->f.minus = true;
                p->f.zero = false;
            } else if (c == ' ')
                p->f.space = true;
            else {
                /* Fast path: flags and a lower-case verb, no width, precision or index. */
                if (c >= 'a' && c <= 'z' && argnum < nargs) {
                    if (c == 'w') {
                        /* handled by the general path below (Errorf bookkeeping) */
                        break;
                    }
                    if (c == 'v') {
                        p->f.sharp_v = p->f.sharp;
                        p->f.sharp = false;
                        p->f.plus_v = p->f.plus;
                        p->f.plus = false;
                    }
                    print_iface(p, &a[argnum], c);
                    argnum++;
                    i++;
                    simple_done = true;
                }
                break;
            }
        }
        if (simple_done) continue;

        after_index = arg_number(p, &argnum, format, &i, end, nargs);

        if (i < end && format[i] == '*') { /* width from an argument */
            i++;
            p->f.wid_present = int_from_arg(a, nargs, &argnum, &p->f.wid);
            if (!p->f.wid_present) buf_str(&p->buf, "%!(BADWIDTH)");
            if (p->f.wid < 0) {
                p->f.wid = -p->f.wid;
                p->f.minus = true;
                p->f.zero = false;
            }
            after_index = false;
        } else {
            p->f.wid_present = parse_num(format, &i, end, &p->f.wid);
            if (after_index && p->f.wid_present) p->good_argnum = false; /* "%[3]2d" */
        }

        if (i + 1 < end && format[i] == '.') { /* precision */
            i++;
            if (after_index) p->good_argnum = false; /* "%[3].2d" */
            after_index = arg_number(p, &argnum, format, &i, end, nargs);
            if (i < end && format[i] == '*') {
                i++;
                p->f.prec_present = int_from_arg(a, nargs, &argnum, &p->f.prec);
                if (p->f.prec < 0) {
                    p->f.prec = 0;
                    p->f.prec_present = false;
                }
                if (!p->f.prec_present) buf_str(&p->buf, "%!(BADPREC)");
                after_index = false;
            } else {
                p->f.prec_present = parse_num(format, &i, end, &p->f.prec);
                if (!p->f.prec_present) {
                    p->f.prec = 0;
                    p->f.prec_present = true;
                }
            }
        }

        if (!after_index) after_index = arg_number(p, &argnum, format, &i, end, nargs);

        if (i >= end) {
            buf_str(&p->buf, "%!(NOVERB)");
            break;
        }

        int32_t verb = format[i];
        int size = 1;
        if (verb >= 0x80) verb = mg_utf8_decode(format + i, end - i, &size);
        i += size;

        if (verb == '%') {
            buf_byte(&p->buf, '%'); /* absorbs no operand, ignores width and precision */
        } else if (!p->good_argnum) {
            buf_str(&p->buf, "%!");
            buf_rune(&p->buf, verb);
            buf_str(&p->buf, "(BADINDEX)");
        } else if (argnum >= nargs) {
            buf_str(&p->buf, "%!");
            buf_rune(&p->buf, verb);
            buf_str(&p->buf, "(MISSING)");
        } else {
            if (verb == 'w' && p->wrap_errs) note_wrapped(p, argnum);
            if (verb == 'v') {
                p->f.sharp_v = p->f.sharp;
                p->f.sharp = false;
                p->f.plus_v = p->f.plus;
                p->f.plus = false;
            }
            print_iface(p, &a[argnum], verb);
            argnum++;
        }
    }

    /* Extra operands, unless the format used explicit indexes. */
    if (!p->reordered && argnum < nargs && !p->panicked) {
        clear_flags(p);
        buf_str(&p->buf, "%!(EXTRA ");
        for (int64_t k = argnum; k < nargs; k++) {
            if (k > argnum) buf_str(&p->buf, ", ");
            if (!a[k].tab) {
                buf_str(&p->buf, "<nil>");
            } else {
                buf_str(&p->buf, a[k].tab->type->name);
                buf_byte(&p->buf, '=');
                print_iface(p, &a[k], 'v');
            }
        }
        buf_byte(&p->buf, ')');
    }
}

size_t mg_fmt_value(mg_ncall *c, char **out, const mg_rtype *t, const mg_word *v, char verb) {
    fmt_printer p;
    fmt_printer_init(&p, c);
    if (verb == '+' || verb == '#') {
        p.f.plus_v = verb == '+';
        p.f.sharp_v = verb == '#';
        verb = 'v';
    }
    if (t && t->kind == MK_INTERFACE) {
        const mg_itab *tab = v[0].p;
        if (tab)
            print_arg(&p, tab->type, iface_words(tab->type, &v[1]), verb);
        else
            print_arg(&p, NULL, NULL, verb);
    } else {
        print_arg(&p, t, v, verb);
    }
    size_t n = p.buf.len;
    char *s = mg_alloc_atomic(n + 1);
    memcpy(s, p.buf.p, n);
    s[n] = 0;
    fmt_printer_free(&p);
    *out = s;
    return n;
}
