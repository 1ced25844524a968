/* lexer.re - Go tokens from UTF-8 source (re2c), with Go's automatic
 * semicolon insertion and gc's lexical error messages.
 *
 * Owns: token boundaries, line:col positions (1-based, columns in bytes),
 * decoding of string and rune literals, lexical diagnostics.
 * Invariants: the source ends with a NUL sentinel at lim (re2c:eof); every
 * character class excludes NUL, so a NUL before lim is an ordinary invalid
 * character. After an error the lexer skips the offending bytes and goes on
 * (as gc does); it never reads past lim and always makes progress.
 * Strings, runes and comments are scanned by hand (scan_*) because their
 * error positions and messages depend on where scanning stops.
 */
#include <stdio.h>
#include <string.h>

#include "../vm/object.h"
#include "grammar.h"
#include "syntax.h"

typedef const unsigned char *Ptr;

static int col_of(const Lexer *lx, const char *p) { return (int)(p - lx->line_start) + 1; }

static void lex_error(Lexer *lx, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void lex_error(Lexer *lx, const char *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(lx->diag, lx->file, lx->line, col_of(lx, at), fmt, ap);
    va_end(ap);
    lx->errors++;
}

/* Decodes one UTF-8 sequence at p (p < lim). Returns the code point and sets
 * *width, or returns -1 (width 1) for an invalid encoding. */
static int32_t utf8_decode(const char *p, const char *lim, int *width) {
    Ptr s = (Ptr)p;
    size_t avail = (size_t)(lim - p);
    unsigned c = s[0];
    *width = 1;
    if (c < 0x80) return (int32_t)c;
    int n;
    int32_t r, min;
    if (c >= 0xC2 && c <= 0xDF) n = 2, r = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, r = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, r = c & 0x07, min = 0x10000;
    else return -1;
    if (avail < (size_t)n) return -1;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return -1;
        r = (r << 6) | (s[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) return -1;
    *width = n;
    return r;
}

static int utf8_encode(char *buf, int32_t r) {
    if (r < 0x80) {
        buf[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        buf[0] = (char)(0xC0 | (r >> 6));
        buf[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (char)(0xE0 | (r >> 12));
        buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (r >> 18));
    buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

/* Reads one source character at *pp inside a literal or comment, reporting
 * NUL bytes and invalid UTF-8 as gc's source reader does. Returns the code
 * point (0xFFFD for an invalid byte) and advances *pp. */
static int32_t next_char(Lexer *lx, const char **pp) {
    const char *p = *pp;
    int w;
    int32_t r = utf8_decode(p, lx->lim, &w);
    if (r == 0) lex_error(lx, p, "invalid NUL character");
    else if (r < 0) {
        lex_error(lx, p, "invalid UTF-8 encoding");
        r = 0xFFFD;
    } else if (r == 0xFEFF)
        lex_error(lx, p, "invalid BOM in the middle of the file");
    *pp = p + w;
    return r;
}

void lexer_init(Lexer *lx, const char *file, const char *src, size_t len, Diag *d) {
    memset(lx, 0, sizeof *lx);
    lx->file = file;
    lx->diag = d;
    lx->src = src;
    lx->lim = src + len;
    lx->cur = src;
    lx->line_start = src;
    lx->line = 1;
    /* A leading byte order mark is not part of the program. */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        lx->cur += 3;
        lx->line_start += 3; /* gc counts columns after the BOM */
    }
}

/* A growable byte buffer for decoded literals (pointer-free GC memory). */
typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n) {
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        while (cap < b->len + n) cap *= 2;
        char *np = mg_alloc_atomic(cap + 1);
        if (b->len) memcpy(np, b->p, b->len);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void buf_rune(Buf *b, int32_t r) {
    char tmp[4];
    buf_put(b, tmp, (size_t)utf8_encode(tmp, r));
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

/* Formats c as Go's %q of a rune, for "invalid character 'Z' in ... escape". */
static const char *quote_rune(char *buf, size_t n, int32_t c) {
    switch (c) {
    case '\n': return "'\\n'";
    case '\t': return "'\\t'";
    case '\r': return "'\\r'";
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    case 0: return "'\\x00'";
    }
    if (c < 0x20 || c == 0x7F) {
        snprintf(buf, n, "'\\x%02x'", (unsigned)c);
        return buf;
    }
    char u[5] = {0};
    utf8_encode(u, c);
    snprintf(buf, n, "'%s'", u);
    return buf;
}

/* Scans an escape after the backslash at *pp (pointing at the character after
 * it). On success appends the value to b (bytes for \x and octal, UTF-8 for
 * the rest), stores the value in *val and returns true. `quote` is the
 * enclosing quote character: \' is valid only in runes, \" only in strings. */
static bool scan_escape(Lexer *lx, const char **pp, char quote, Buf *b, int32_t *val,
                        bool *is_byte) {
    const char *p = *pp;
    int n, base;
    uint32_t max;
    int c = (unsigned char)*p;
    *is_byte = false;
    if (p >= lx->lim) return true; /* the caller reports the missing end */
    switch (c) {
    case 'a': *val = 7; goto simple;
    case 'b': *val = 8; goto simple;
    case 'f': *val = 12; goto simple;
    case 'n': *val = 10; goto simple;
    case 'r': *val = 13; goto simple;
    case 't': *val = 9; goto simple;
    case 'v': *val = 11; goto simple;
    case '\\': *val = '\\'; goto simple;
    case '\'':
    case '"':
        if (c != quote) goto unknown;
        *val = c;
    simple:
        buf_rune(b, *val);
        *pp = p + 1;
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x': p++, n = 2, base = 16, max = 255; break;
    case 'u': p++, n = 4, base = 16, max = 0x10FFFF; break;
    case 'U': p++, n = 8, base = 16, max = 0x10FFFF; break;
    default:
    unknown:
        lex_error(lx, p, "unknown escape");
        *pp = p;
        return false;
    }
    uint32_t x = 0;
    for (int i = 0; i < n; i++, p++) {
        if (p >= lx->lim) {
            *pp = p;
            return true; /* the caller reports the missing end */
        }
        int d = hexval((unsigned char)*p);
        if (d >= base) {
            char qb[16];
            int w;
            int32_t r = utf8_decode(p, lx->lim, &w);
            lex_error(lx, p, "invalid character %s in %s escape",
                      quote_rune(qb, sizeof qb, r < 0 ? 0xFFFD : r),
                      base == 8 ? "octal" : "hexadecimal");
            *pp = p;
            return false;
        }
        x = x * (uint32_t)base + (uint32_t)d;
    }
    *pp = p;
    if (x > max && base == 8) {
        lex_error(lx, p, "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        lex_error(lx, p, "escape is invalid Unicode code point U+%04X", x);
        return false;
    }
    *val = (int32_t)x;
    if (max == 255) {
        char byte = (char)x;
        buf_put(b, &byte, 1);
        *is_byte = true;
    } else {
        buf_rune(b, (int32_t)x);
    }
    return true;
}

/* "..." starting at start (the opening quote). */
static void scan_string(Lexer *lx, const char *start, Tok *t) {
    Buf b = {0};
    const char *p = start + 1;
    for (;;) {
        if (p >= lx->lim) {
            lex_error(lx, start, "string not terminated");
            break;
        }
        char c = *p;
        if (c == '"') {
            p++;
            break;
        }
        if (c == '\n') {
            lex_error(lx, p, "newline in string");
            break;
        }
        if (c == '\\') {
            int32_t v;
            bool is_byte;
            p++;
            scan_escape(lx, &p, '"', &b, &v, &is_byte);
            continue;
        }
        const char *q = p;
        next_char(lx, &p);
        buf_put(&b, q, (size_t)(p - q)); /* keep the source bytes, even invalid ones */
    }
    lx->cur = p;
    t->str = b.p ? b.p : "";
    t->str_len = b.len;
}

/* `...` starting at start. Carriage returns are dropped, as the spec says. */
static void scan_raw_string(Lexer *lx, const char *start, Tok *t) {
    Buf b = {0};
    const char *p = start + 1;
    int start_line = lx->line;
    const char *start_ls = lx->line_start;
    for (;;) {
        if (p >= lx->lim) {
            diag_error(lx->diag, lx->file, start_line, (int)(start - start_ls) + 1,
                       "string not terminated");
            lx->errors++;
            break;
        }
        char c = *p;
        if (c == '`') {
            p++;
            break;
        }
        if (c == '\r') {
            p++;
            continue;
        }
        const char *q = p;
        next_char(lx, &p);
        buf_put(&b, q, (size_t)(p - q));
        if (c == '\n') {
            lx->line++;
            lx->line_start = p;
        }
    }
    lx->cur = p;
    t->str = b.p ? b.p : "";
    t->str_len = b.len;
}

/* 'x' starting at start. */
static void scan_rune(Lexer *lx, const char *start, Tok *t) {
    const char *p = start + 1;
    bool ok = true;
    int n = 0;
    int32_t val = 0;
    Buf scratch = {0};
    for (;; n++) {
        if (p >= lx->lim) {
            if (ok) lex_error(lx, start, "rune literal not terminated");
            ok = false;
            break;
        }
        char c = *p;
        if (c == '\'') {
            if (ok) {
                if (n == 0) {
                    lex_error(lx, p, "empty rune literal or unescaped '");
                    ok = false;
                } else if (n != 1) {
                    lex_error(lx, start, "more than one character in rune literal");
                    ok = false;
                }
            }
            p++;
            break;
        }
        if (c == '\\') {
            bool is_byte;
            p++;
            if (!scan_escape(lx, &p, '\'', &scratch, &val, &is_byte)) ok = false;
            continue;
        }
        if (c == '\n') {
            if (ok) lex_error(lx, p, "newline in rune literal");
            ok = false;
            break;
        }
        val = next_char(lx, &p);
    }
    lx->cur = p;
    t->ival = ok ? val : 0;
}

/* Skips a block comment starting at start (slash-star); returns true when it
 * spanned a newline. */
static bool scan_block_comment(Lexer *lx, const char *start) {
    const char *p = start + 2;
    bool newline = false;
    int start_line = lx->line;
    const char *start_line_start = lx->line_start;
    for (;;) {
        if (p >= lx->lim) {
            /* report at the comment's own position */
            int line = lx->line;
            const char *ls = lx->line_start;
            lx->line = start_line;
            lx->line_start = start_line_start;
            lex_error(lx, start, "comment not terminated");
            lx->line = line;
            lx->line_start = ls;
            break;
        }
        if (p[0] == '*' && p[1] == '/') {
            p += 2;
            break;
        }
        if (*p == '\n') {
            p++;
            lx->line++;
            lx->line_start = p;
            newline = true;
            continue;
        }
        next_char(lx, &p);
    }
    lx->cur = p;
    return newline;
}

static void scan_line_comment(Lexer *lx, const char *start) {
    const char *p = start + 2;
    while (p < lx->lim && *p != '\n') next_char(lx, &p);
    lx->cur = p;
}

static int semi(Lexer *lx, Tok *t, const char *at, int kind) {
    t->line = lx->line;
    t->col = col_of(lx, at);
    t->p = kind == SEMI_EOF ? "EOF" : kind == SEMI_NEWLINE ? "newline" : ";";
    t->n = (int)strlen(t->p);
    t->op = kind;
    lx->nlsemi = false;
    return T_SEMI;
}

int lexer_next(Lexer *lx, Tok *t) {
    Ptr YYCURSOR, YYMARKER, YYLIMIT = (Ptr)lx->lim;
    const char *start;
    int tok;
    int op = OP_NONE;
    bool nlsemi;
    memset(t, 0, sizeof *t);
    if (lx->done) {
        t->line = lx->line;
        t->col = col_of(lx, lx->lim);
        t->p = "EOF";
        t->n = 3;
        return 0;
    }
loop:
    YYCURSOR = (Ptr)lx->cur;
    start = lx->cur;
    nlsemi = false;
    /*!include:re2c "unicode_categories.re" */
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:eof = 0;

        letter = L | "_";
        ident = letter (letter | Nd)*;

        dig = [0-9];
        decs = dig ("_"? dig)*;
        hexd = [0-9a-fA-F];
        int_dec = "0" | [1-9] ("_"? dig)*;
        int_bin = "0" [bB] ("_"? [01])+;
        int_oct = "0" [oO] ("_"? [0-7])+ | "0" ("_"? [0-7])+;
        int_hex = "0" [xX] ("_"? hexd)+;
        int_lit = int_dec | int_bin | int_oct | int_hex;
        exp = [eE] [+-]? decs;
        float_dec = decs "." decs? exp? | decs exp | "." decs exp?;
        hex_mant = ("_"? hexd)+ ("." (hexd ("_"? hexd)*)?)? | "." hexd ("_"? hexd)*;
        float_hex = "0" [xX] hex_mant [pP] [+-]? decs;
        float_lit = float_dec | float_hex;

        $ {
            lx->cur = lx->lim;
            if (lx->nlsemi) return semi(lx, t, lx->lim, SEMI_EOF);
            lx->done = true;
            t->line = lx->line;
            t->col = col_of(lx, lx->lim);
            t->p = "EOF";
            t->n = 3;
            return 0;
        }

        [ \t\r]+ { lx->cur = (const char *)YYCURSOR; goto loop; }
        "\n" {
            lx->cur = (const char *)YYCURSOR;
            if (lx->nlsemi) {
                semi(lx, t, start, SEMI_NEWLINE);
                lx->line++;
                lx->line_start = lx->cur;
                return T_SEMI;
            }
            lx->line++;
            lx->line_start = lx->cur;
            goto loop;
        }
        "//" { scan_line_comment(lx, start); goto loop; }
        "/*" {
            int line = lx->line;
            const char *ls = lx->line_start;
            if (scan_block_comment(lx, start) && lx->nlsemi) {
                /* a multi-line comment acts like a newline */
                t->line = line;
                t->col = (int)(start - ls) + 1;
                t->p = "newline";
                t->n = 7;
                t->op = SEMI_NEWLINE;
                lx->nlsemi = false;
                return T_SEMI;
            }
            goto loop;
        }

        "\"" { scan_string(lx, start, t); tok = T_STRING; nlsemi = true; goto done_lit; }
        "`"  {
            int line = lx->line;
            const char *ls = lx->line_start;
            scan_raw_string(lx, start, t);
            t->line = line;
            t->col = (int)(start - ls) + 1;
            t->p = start;
            t->n = (int)(lx->cur - start);
            lx->nlsemi = true;
            return T_STRING;
        }
        "'"  { scan_rune(lx, start, t); tok = T_CHAR; nlsemi = true; goto done_lit; }

        int_lit   { tok = T_INT; nlsemi = true; goto done; }
        float_lit { tok = T_FLOAT; nlsemi = true; goto done; }
        (decs | int_lit | float_lit) "i" { tok = T_IMAG; nlsemi = true; goto done; }
        "0" [0-7_]* [89] [0-9_]* {
            const char *q = start;
            while (*q != '8' && *q != '9') q++;
            lex_error(lx, q, "invalid digit '%c' in octal literal", *q);
            tok = T_INT; nlsemi = true; goto done;
        }
        "0" [bB] [01_]* [2-9] [0-9_]* {
            const char *q = start + 2;
            while (*q == '0' || *q == '1' || *q == '_') q++;
            lex_error(lx, q, "invalid digit '%c' in binary literal", *q);
            tok = T_INT; nlsemi = true; goto done;
        }
        "0" [oO] [0-7_]* [89] [0-9_]* {
            const char *q = start + 2;
            while (*q != '8' && *q != '9') q++;
            lex_error(lx, q, "invalid digit '%c' in octal literal", *q);
            tok = T_INT; nlsemi = true; goto done;
        }
        "0" [xX] { lex_error(lx, start, "hexadecimal literal has no digits"); tok = T_INT; nlsemi = true; goto done; }
        "0" [bB] { lex_error(lx, start, "binary literal has no digits"); tok = T_INT; nlsemi = true; goto done; }
        "0" [oO] { lex_error(lx, start, "octal literal has no digits"); tok = T_INT; nlsemi = true; goto done; }

        "break"       { tok = T_BREAK; nlsemi = true; goto done; }
        "case"        { tok = T_CASE; goto done; }
        "chan"        { tok = T_CHAN; goto done; }
        "const"       { tok = T_CONST; goto done; }
        "continue"    { tok = T_CONTINUE; nlsemi = true; goto done; }
        "default"     { tok = T_DEFAULT; goto done; }
        "defer"       { tok = T_DEFER; goto done; }
        "else"        { tok = T_ELSE; goto done; }
        "fallthrough" { tok = T_FALLTHROUGH; nlsemi = true; goto done; }
        "for"         { tok = T_FOR; goto done; }
        "func"        { tok = T_FUNC; goto done; }
        "go"          { tok = T_GO; goto done; }
        "goto"        { tok = T_GOTO; goto done; }
        "if"          { tok = T_IF; goto done; }
        "import"      { tok = T_IMPORT; goto done; }
        "interface"   { tok = T_INTERFACE; goto done; }
        "map"         { tok = T_MAP; goto done; }
        "package"     { tok = T_PACKAGE; goto done; }
        "range"       { tok = T_RANGE; goto done; }
        "return"      { tok = T_RETURN; nlsemi = true; goto done; }
        "select"      { tok = T_SELECT; goto done; }
        "struct"      { tok = T_STRUCT; goto done; }
        "switch"      { tok = T_SWITCH; goto done; }
        "type"        { tok = T_TYPE; goto done; }
        "var"         { tok = T_VAR; goto done; }

        ident { tok = T_IDENT; nlsemi = true; lx->ident_end = (const char *)YYCURSOR; goto done; }

        "+"   { tok = T_ADD; op = OP_ADD; goto done; }
        "-"   { tok = T_SUB; op = OP_SUB; goto done; }
        "*"   { tok = T_MUL; op = OP_MUL; goto done; }
        "/"   { tok = T_QUO; op = OP_QUO; goto done; }
        "%"   { tok = T_REM; op = OP_REM; goto done; }
        "&"   { tok = T_AND; op = OP_AND; goto done; }
        "|"   { tok = T_OR; op = OP_OR; goto done; }
        "^"   { tok = T_XOR; op = OP_XOR; goto done; }
        "<<"  { tok = T_SHL; op = OP_SHL; goto done; }
        ">>"  { tok = T_SHR; op = OP_SHR; goto done; }
        "&^"  { tok = T_AND_NOT; op = OP_AND_NOT; goto done; }
        "+="  { tok = T_ASSIGNOP; op = OP_ADD; goto done; }
        "-="  { tok = T_ASSIGNOP; op = OP_SUB; goto done; }
        "*="  { tok = T_ASSIGNOP; op = OP_MUL; goto done; }
        "/="  { tok = T_ASSIGNOP; op = OP_QUO; goto done; }
        "%="  { tok = T_ASSIGNOP; op = OP_REM; goto done; }
        "&="  { tok = T_ASSIGNOP; op = OP_AND; goto done; }
        "|="  { tok = T_ASSIGNOP; op = OP_OR; goto done; }
        "^="  { tok = T_ASSIGNOP; op = OP_XOR; goto done; }
        "<<=" { tok = T_ASSIGNOP; op = OP_SHL; goto done; }
        ">>=" { tok = T_ASSIGNOP; op = OP_SHR; goto done; }
        "&^=" { tok = T_ASSIGNOP; op = OP_AND_NOT; goto done; }
        "&&"  { tok = T_LAND; op = OP_LAND; goto done; }
        "||"  { tok = T_LOR; op = OP_LOR; goto done; }
        "<-"  { tok = T_ARROW; op = OP_ARROW; goto done; }
        "++"  { tok = T_INC; op = OP_INC; nlsemi = true; goto done; }
        "--"  { tok = T_DEC; op = OP_DEC; nlsemi = true; goto done; }
        "=="  { tok = T_EQL; op = OP_EQL; goto done; }
        "!="  { tok = T_NEQ; op = OP_NEQ; goto done; }
        "<"   { tok = T_LSS; op = OP_LSS; goto done; }
        "<="  { tok = T_LEQ; op = OP_LEQ; goto done; }
        ">"   { tok = T_GTR; op = OP_GTR; goto done; }
        ">="  { tok = T_GEQ; op = OP_GEQ; goto done; }
        "="   { tok = T_ASSIGN; op = OP_ASSIGN; goto done; }
        "!"   { tok = T_NOT; op = OP_NOT; goto done; }
        ":="  { tok = T_DEFINE; op = OP_DEFINE; goto done; }
        "..." { tok = T_ELLIPSIS; goto done; }
        "("   { tok = T_LPAREN; goto done; }
        ")"   { tok = T_RPAREN; nlsemi = true; goto done; }
        "["   { tok = T_LBRACK; goto done; }
        "]"   { tok = T_RBRACK; nlsemi = true; goto done; }
        "{"   { tok = T_LBRACE; goto done; }
        "}"   { tok = T_RBRACE; nlsemi = true; goto done; }
        ","   { tok = T_COMMA; goto done; }
        "."   { tok = T_PERIOD; goto done; }
        ";"   { lx->cur = (const char *)YYCURSOR; return semi(lx, t, start, SEMI_EXPLICIT); }
        ":"   { tok = T_COLON; goto done; }
        "~"   { tok = T_TILDE; goto done; }

        * {
            int w;
            int32_t r = utf8_decode(start, lx->lim, &w);
            if (r == 0) lex_error(lx, start, "invalid NUL character");
            else if (r < 0) lex_error(lx, start, "invalid UTF-8 encoding");
            else if (r == 0xFEFF) lex_error(lx, start, "invalid BOM in the middle of the file");
            else {
                char u[5] = {0};
                utf8_encode(u, r);
                lex_error(lx, start, "invalid character U+%04X '%s'%s", (unsigned)r, u,
                          r >= 0x80 && start == lx->ident_end ? " in identifier" : "");
            }
            lx->cur = start + w;
            goto loop;
        }
    */
done:
    lx->cur = (const char *)YYCURSOR;
done_lit:
    t->line = lx->line;
    t->col = col_of(lx, start);
    t->p = start;
    t->n = (int)(lx->cur - start);
    t->op = op;
    lx->nlsemi = nlsemi;
    return tok;
}
