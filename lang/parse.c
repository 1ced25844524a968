/* parse.c - the syntax layer's driver: feeds lexer tokens to the lemon parser
 * and words syntax errors the way gc (Go 1.19) does.
 *
 * Owns: the token loop, the first-syntax-error stop, gc-style error wording,
 * parameter regrouping (go.y's checkarglist), `//go:build go1.NN` lookup.
 * All state is per call (PState); the parser object and every node are GC
 * memory.
 *
 * Error wording: a LALR parser knows only "this token is not acceptable".
 * gc's messages also name the construct being parsed ("in argument list",
 * "at end of statement", "after top level declaration", "expecting { after
 * if clause"). We recover that context from a stack of open brackets, each
 * classified when it is shifted by asking the parser what it would accept
 * next (mg_parser_accepts), plus the list of keywords whose header is open.
 */
#include "parse.h"
#include "arena.h"

#include <stdio.h>
#include <string.h>

#include "../vm/object.h"
#include "grammar.h"
#include "syntax.h"

typedef enum BracketKind {
    BR_PAREN,   /* (expr) */
    BR_ARGS,    /* call arguments or a conversion */
    BR_PARAMS,  /* parameter or result list */
    BR_GROUP,   /* import/var/const/type ( ... ) */
    BR_INDEX,   /* [ ... ] */
    BR_BLOCK,   /* statement block */
    BR_CASES,   /* switch/select body */
    BR_COMPLIT, /* composite literal */
    BR_STRUCT,  /* struct type body */
    BR_IFACE,   /* interface type body */
} BracketKind;

typedef struct Header {
    int keyword; /* T_IF, T_FOR, T_SWITCH */
    int depth;   /* bracket depth at the keyword */
} Header;

struct PState {
    const char *file;
    Diag *diag;
    void *parser;
    bool failed;
    Node *result;
    bool has_package;
    int prev_tok; /* last token fed to the parser (-1: none) */
    Tok prev;
    BracketKind *brackets;
    int nbrackets, cap_brackets;
    Header *headers;
    int nheaders, cap_headers;
};

void parse_set_result(PState *ps, Node *file) {
    ps->result = file;
}

void parse_error_at(PState *ps, int line, int col, const char *fmt, ...) {
    if (ps->failed) return;
    va_list ap;
    va_start(ap, fmt);
    diag_verror(ps->diag, ps->file, line, col, fmt, ap);
    va_end(ap);
    ps->failed = true;
}

/* ---------------------------------------------------------------- names */

/* How gc names a token in "unexpected X". */
static const char *token_desc(int tok, const Tok *t, char *buf, size_t n) {
    switch (tok) {
    case 0: return "EOF";
    case T_IDENT: snprintf(buf, n, "%.*s", t->n, t->p); return buf;
    case T_INT:
    case T_FLOAT:
    case T_IMAG:
    case T_CHAR:
    case T_STRING: snprintf(buf, n, "literal %.*s", t->n > 200 ? 200 : t->n, t->p); return buf;
    case T_SEMI: return t->op == SEMI_NEWLINE ? "newline" : t->op == SEMI_EOF ? "EOF" : "semicolon";
    case T_COMMA: return "comma";
    case T_ASSIGNOP: snprintf(buf, n, "%s=", ast_op_names[t->op]); return buf;
    }
    snprintf(buf, n, "%.*s", t->n, t->p);
    return buf;
}

/* How gc names an expected token in "expecting X". */
static const char *expected_name(int tok) {
    switch (tok) {
    case T_IDENT: return "name";
    case T_SEMI: return "semicolon or newline";
    case T_COMMA: return "comma";
    case T_LPAREN: return "(";
    case T_RPAREN: return ")";
    case T_LBRACK: return "[";
    case T_RBRACK: return "]";
    case T_LBRACE: return "{";
    case T_RBRACE: return "}";
    case T_COLON: return ":";
    case T_ASSIGN: return "=";
    case T_DEFINE: return ":=";
    case T_PERIOD: return ".";
    case T_CHAN: return "chan";
    case T_STRING: return "literal";
    case T_TYPE: return "type";
    }
    return NULL;
}

/* ------------------------------------------------------- expression text */

typedef struct Str {
    char buf[256];
    size_t len;
} Str;

static void str_put(Str *s, const char *p, size_t n) {
    if (s->len + n >= sizeof s->buf - 4) n = sizeof s->buf - 4 - s->len;
    memcpy(s->buf + s->len, p, n);
    s->len += n;
    s->buf[s->len] = 0;
}

static void str_puts(Str *s, const char *p) {
    str_put(s, p, strlen(p));
}

static void node_text(Str *s, const Node *n);

static void list_text(Str *s, const NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) str_puts(s, ", ");
        node_text(s, l->items[i]);
    }
}

/* A compact rendering in the style of gc's syntax.String (used in messages
 * such as "cannot use x := 1 as value"). */
static void node_text(Str *s, const Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_IDENT: str_puts(s, n->name); break;
    case N_BASICLIT: str_put(s, n->lit, n->lit_len); break;
    case N_PAREN:
        str_puts(s, "(");
        node_text(s, n->a);
        str_puts(s, ")");
        break;
    case N_SELECTOR:
        node_text(s, n->a);
        str_puts(s, ".");
        str_puts(s, n->name);
        break;
    case N_INDEX:
        node_text(s, n->a);
        str_puts(s, "[");
        node_text(s, n->b);
        str_puts(s, "]");
        break;
    case N_SLICE:
        node_text(s, n->a);
        str_puts(s, "[");
        node_text(s, n->b);
        str_puts(s, ":");
        node_text(s, n->c);
        if (n->flags & NF_SLICE3) {
            str_puts(s, ":");
            node_text(s, n->d);
        }
        str_puts(s, "]");
        break;
    case N_TYPEASSERT:
        node_text(s, n->a);
        str_puts(s, ".(");
        if (n->b)
            node_text(s, n->b);
        else
            str_puts(s, "type");
        str_puts(s, ")");
        break;
    case N_CALL:
        node_text(s, n->a);
        str_puts(s, "(");
        list_text(s, &n->list);
        if (n->flags & NF_ELLIPSIS) str_puts(s, "...");
        str_puts(s, ")");
        break;
    case N_STAR:
        str_puts(s, "*");
        node_text(s, n->a);
        break;
    case N_UNARY:
        str_puts(s, ast_op_names[n->op]);
        node_text(s, n->a);
        break;
    case N_BINARY:
        node_text(s, n->a);
        str_puts(s, " ");
        str_puts(s, ast_op_names[n->op]);
        str_puts(s, " ");
        node_text(s, n->b);
        break;
    case N_COMPOSITE:
        node_text(s, n->a);
        str_puts(s, "{…}");
        break;
    case N_FUNCLIT: str_puts(s, "func(…) {…}"); break;
    case N_KEYVALUE:
        node_text(s, n->a);
        str_puts(s, ": ");
        node_text(s, n->b);
        break;
    case N_ARRAYTYPE:
        str_puts(s, "[");
        node_text(s, n->a);
        str_puts(s, "]");
        node_text(s, n->b);
        break;
    case N_SLICETYPE:
        str_puts(s, "[]");
        node_text(s, n->b);
        break;
    case N_MAPTYPE:
        str_puts(s, "map[");
        node_text(s, n->a);
        str_puts(s, "]");
        node_text(s, n->b);
        break;
    case N_CHANTYPE:
        str_puts(s, n->op == CHAN_RECV ? "<-chan " : n->op == CHAN_SEND ? "chan<- " : "chan ");
        node_text(s, n->a);
        break;
    case N_FUNCTYPE: str_puts(s, "func(…)"); break;
    case N_STRUCTTYPE: str_puts(s, "struct{…}"); break;
    case N_INTERFACETYPE: str_puts(s, n->list.len ? "interface{…}" : "interface{}"); break;
    case N_ELLIPSIS:
        str_puts(s, "...");
        node_text(s, n->a);
        break;
    case N_EXPRSTMT: node_text(s, n->a); break;
    case N_SENDSTMT:
        node_text(s, n->a);
        str_puts(s, " <- ");
        node_text(s, n->b);
        break;
    case N_INCDEC:
        node_text(s, n->a);
        str_puts(s, ast_op_names[n->op]);
        break;
    case N_ASSIGN:
        list_text(s, &n->list);
        str_puts(s, " ");
        if (n->op != OP_ASSIGN) str_puts(s, ast_op_names[n->op]);
        str_puts(s, "= ");
        list_text(s, &n->list2);
        break;
    case N_DEFINE:
        list_text(s, &n->list);
        str_puts(s, " := ");
        list_text(s, &n->list2);
        break;
    default: str_puts(s, ast_kind_names[n->kind]); break;
    }
}

const char *parse_node_string(const Node *n) {
    Str s = {.len = 0};
    s.buf[0] = 0;
    node_text(&s, n);
    char *out = ar_alloc_atomic(s.len + 1);
    memcpy(out, s.buf, s.len + 1);
    return out;
}

/* ------------------------------------------------------ syntax errors */

static bool accepts(PState *ps, int tok) {
    return mg_parser_accepts(ps->parser, tok);
}

static bool accepts_expr(PState *ps) {
    return accepts(ps, T_IDENT) && accepts(ps, T_INT) && accepts(ps, T_SUB);
}

static bool in_header(const PState *ps, int *kw) {
    if (ps->nheaders == 0) return false;
    const Header *h = &ps->headers[ps->nheaders - 1];
    if (h->depth != ps->nbrackets) return false;
    *kw = h->keyword;
    return true;
}

void parse_syntax_error(PState *ps, int tok, const Tok *t, void *parser) {
    if (ps->failed) return;
    ps->parser = parser;
    char buf[256];
    const char *what = token_desc(tok, t, buf, sizeof buf);
    int line = t->line, col = t->col;
    BracketKind ctx = ps->nbrackets ? ps->brackets[ps->nbrackets - 1] : BR_BLOCK;
    bool top = ps->nbrackets == 0;
    int kw;

    if (ps->prev_tok == T_ELSE && tok != T_IF && tok != T_LBRACE) {
        parse_error_at(ps, line, col,
                       "syntax error: else must be followed by if or statement block");
        return;
    }
    if (in_header(ps, &kw)) {
        const char *name = kw == T_IF ? "if" : kw == T_FOR ? "for" : "switch";
        if (accepts(ps, T_LBRACE)) {
            parse_error_at(ps, line, col,
                           "syntax error: unexpected %s, expecting { after %s clause", what, name);
            return;
        }
        if (kw == T_FOR && tok == T_LBRACE) {
            parse_error_at(ps, line, col, "syntax error: unexpected {, expecting %s",
                           ps->prev_tok == T_SEMI ? "for loop condition" : "semicolon or newline");
            return;
        }
    }
    if (tok == T_LBRACE && ps->prev_tok == T_SEMI) {
        parse_error_at(ps, line, col, "syntax error: unexpected semicolon or newline before {");
        return;
    }
    if (top && ps->has_package) {
        if (accepts(ps, T_FUNC) && accepts(ps, T_VAR)) {
            parse_error_at(ps, line, col,
                           "syntax error: non-declaration statement outside function body");
            return;
        }
        if (accepts(ps, T_SEMI)) {
            parse_error_at(ps, line, col, "syntax error: unexpected %s after top level declaration",
                           what);
            return;
        }
    }
    bool mid_expr = accepts_expr(ps);
    const char *list = NULL, *closer = NULL;
    switch (ctx) {
    case BR_ARGS: list = "argument list", closer = "comma or )"; break;
    case BR_PARAMS: list = "parameter list", closer = "comma or )"; break;
    case BR_COMPLIT: list = "composite literal", closer = "comma or }"; break;
    case BR_STRUCT: list = "struct type", closer = "semicolon or newline or }"; break;
    case BR_IFACE: list = "interface type", closer = "semicolon or newline or }"; break;
    default: break;
    }
    if (ctx == BR_COMPLIT && (ps->prev_tok == T_LBRACE || ps->prev_tok == T_COMMA)) {
        /* where an element starts, gc parses an expression (`T{...}`) */
        parse_error_at(ps, line, col, "syntax error: unexpected %s, expecting expression", what);
        return;
    }
    if (list && !mid_expr && ps->prev_tok != T_ELLIPSIS && ps->prev_tok != T_COMMA) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s in %s; possibly missing %s",
                       what, list, closer);
        return;
    }
    bool stmt_start = ps->prev_tok == T_SEMI || ps->prev_tok == T_LBRACE || ps->prev_tok == T_COLON;
    if (ctx == BR_BLOCK && !top && stmt_start && !mid_expr) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s, expecting }", what);
        return;
    }
    if (ctx == BR_CASES && (stmt_start || accepts(ps, T_CASE)) && !mid_expr) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s, expecting case or default or }",
                       what);
        return;
    }
    if ((ctx == BR_BLOCK || ctx == BR_CASES) && accepts(ps, T_SEMI)) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s at end of statement", what);
        return;
    }
    if (mid_expr && !accepts(ps, T_SEMI) && !accepts(ps, T_RPAREN) && !accepts(ps, T_RBRACE)) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s, expecting expression", what);
        return;
    }
    if (accepts(ps, T_IDENT) && accepts(ps, T_MUL) && accepts(ps, T_MAP) && !accepts(ps, T_INT) &&
        !accepts(ps, T_RPAREN)) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s, expecting type", what);
        return;
    }
    if (ctx == BR_CASES && accepts(ps, T_COLON) && !mid_expr) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s, expecting :", what);
        return;
    }
    if (ctx == BR_INDEX && !mid_expr) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s, expecting comma, : or ]", what);
        return;
    }
    /* A single acceptable token: name it. */
    int only = -1, count = 0;
    for (int k = 1; k <= T_TILDE; k++) {
        if (accepts(ps, k)) {
            only = k;
            count++;
        }
    }
    if (count == 1 && expected_name(only)) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s, expecting %s", what,
                       expected_name(only));
        return;
    }
    if (count == 2 && accepts(ps, T_COMMA) && accepts(ps, T_RPAREN)) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s, expecting comma or )", what);
        return;
    }
    if (ctx == BR_PAREN && accepts(ps, T_RPAREN)) {
        parse_error_at(ps, line, col, "syntax error: unexpected %s, expecting )", what);
        return;
    }
    parse_error_at(ps, line, col, "syntax error: unexpected %s", what);
}

/* ------------------------------------------------------ bracket context */

static void push_bracket(PState *ps, BracketKind k) {
    if (ps->nbrackets == ps->cap_brackets) {
        int cap = ps->cap_brackets ? ps->cap_brackets * 2 : 32;
        BracketKind *b = ar_alloc_atomic(sizeof *b * (size_t)cap);
        if (ps->nbrackets) memcpy(b, ps->brackets, sizeof *b * (size_t)ps->nbrackets);
        ps->brackets = b;
        ps->cap_brackets = cap;
    }
    ps->brackets[ps->nbrackets++] = k;
}

static void push_header(PState *ps, int kw) {
    if (ps->nheaders == ps->cap_headers) {
        int cap = ps->cap_headers ? ps->cap_headers * 2 : 16;
        Header *h = ar_alloc_atomic(sizeof *h * (size_t)cap);
        if (ps->nheaders) memcpy(h, ps->headers, sizeof *h * (size_t)ps->nheaders);
        ps->headers = h;
        ps->cap_headers = cap;
    }
    ps->headers[ps->nheaders].keyword = kw;
    ps->headers[ps->nheaders].depth = ps->nbrackets;
    ps->nheaders++;
}

static bool ends_operand(int tok) {
    switch (tok) {
    case T_IDENT:
    case T_INT:
    case T_FLOAT:
    case T_IMAG:
    case T_CHAR:
    case T_STRING:
    case T_RPAREN:
    case T_RBRACK:
    case T_RBRACE: return true;
    }
    return false;
}

/* Called after `tok` has been shifted. */
static void track_context(PState *ps, int tok) {
    switch (tok) {
    case T_IF:
    case T_FOR:
    case T_SWITCH: push_header(ps, tok); break;
    case T_LPAREN:
        if (ps->prev_tok == T_IMPORT || ps->prev_tok == T_VAR || ps->prev_tok == T_CONST ||
            ps->prev_tok == T_TYPE)
            push_bracket(ps, BR_GROUP);
        else if (accepts(ps, T_ELLIPSIS))
            push_bracket(ps, BR_PARAMS);
        else if (ends_operand(ps->prev_tok))
            push_bracket(ps, BR_ARGS);
        else
            push_bracket(ps, BR_PAREN);
        break;
    case T_LBRACK: push_bracket(ps, BR_INDEX); break;
    case T_LBRACE:
        if (ps->nheaders && ps->headers[ps->nheaders - 1].depth == ps->nbrackets) ps->nheaders--;
        if (ps->prev_tok == T_STRUCT)
            push_bracket(ps, BR_STRUCT);
        else if (ps->prev_tok == T_INTERFACE)
            push_bracket(ps, BR_IFACE);
        else if (accepts(ps, T_RETURN))
            push_bracket(ps, BR_BLOCK);
        else if (accepts(ps, T_CASE))
            push_bracket(ps, BR_CASES);
        else
            push_bracket(ps, BR_COMPLIT);
        break;
    case T_RPAREN:
    case T_RBRACK:
    case T_RBRACE:
        if (ps->nbrackets > 0) ps->nbrackets--;
        while (ps->nheaders && ps->headers[ps->nheaders - 1].depth > ps->nbrackets)
            ps->nheaders--;
        break;
    }
}

/* ------------------------------------------------- parameter regrouping */

NodeList parse_group_params(PState *ps, NodeList items, bool allow_unnamed) {
    bool named = false;
    for (int i = 0; i < items.len; i++) {
        Node *t = items.items[i]->a;
        if (items.items[i]->list.len) named = true;
        if (t->kind == N_ELLIPSIS && i != items.len - 1)
            parse_error_at(ps, t->line, t->col, "can only use ... with final parameter in list");
    }
    if (!named) return items; /* every item is an unnamed field already */
    NodeList out = {0};
    NodeList pending = {0};
    for (int i = 0; i < items.len; i++) {
        Node *it = items.items[i];
        if (it->list.len == 0) {
            if (it->a->kind != N_IDENT) {
                parse_error_at(ps, it->a->line, it->a->col,
                               "syntax error: mixed named and unnamed parameters");
                return out;
            }
            ast_append(&pending, it->a);
            continue;
        }
        Node *f = ast_new(N_FIELD, it->line, it->col);
        if (pending.len) {
            f->line = pending.items[0]->line;
            f->col = pending.items[0]->col;
        }
        for (int j = 0; j < pending.len; j++)
            ast_append(&f->list, pending.items[j]);
        ast_append(&f->list, it->list.items[0]);
        f->a = it->a;
        ast_append(&out, f);
        pending.len = 0;
        pending.items = NULL;
        pending.cap = 0;
    }
    if (pending.len) {
        Node *last = pending.items[pending.len - 1];
        parse_error_at(ps, last->line, last->col,
                       "syntax error: mixed named and unnamed parameters");
    }
    return out;
}

/* --------------------------------------------------------------- driver */

Node *parse_file(const char *filename, const char *src, size_t len, Diag *d) {
    char *buf = ar_alloc_atomic(len + 1);
    if (len) memcpy(buf, src, len);
    buf[len] = 0;

    Lexer *lx = ar_alloc(sizeof *lx);
    lexer_init(lx, filename, buf, len, d);
    PState *ps = ar_alloc(sizeof *ps);
    ps->file = filename;
    ps->diag = d;
    ps->prev_tok = -1;
    ps->parser = MgParseAlloc(mg_alloc);

    for (;;) {
        Tok t;
        int tok = lexer_next(lx, &t);
        if (ps->prev_tok == -1 && tok == T_PACKAGE) ps->has_package = true;
        MgParse(ps->parser, tok, t, ps);
        /* A lexical error usually causes follow-on syntax errors: stop at
         * the first error of either kind. */
        if (ps->failed || lx->errors || tok == 0) break;
        track_context(ps, tok);
        ps->prev_tok = tok;
        ps->prev = t;
    }
    if (ps->failed || lx->errors || !ps->result) {
        if (!ps->failed && !lx->errors && !ps->result)
            diag_error(d, filename, lx->line, 1, "syntax error: unexpected EOF");
        return NULL;
    }
    return ps->result;
}

int parse_go_version(const char *src, size_t len) {
    const char *p = src, *end = src + len;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) eol = end;
        const char *q = p;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\r'))
            q++;
        size_t n = (size_t)(eol - q);
        if (n >= 7 && memcmp(q, "package", 7) == 0) break;
        if (n >= 10 && memcmp(q, "//go:build", 10) == 0) {
            for (const char *s = q + 10; s + 4 <= eol; s++) {
                if (memcmp(s, "go1.", 4) != 0) continue;
                int minor = 0;
                const char *dg = s + 4;
                if (dg >= eol || *dg < '0' || *dg > '9') continue;
                while (dg < eol && *dg >= '0' && *dg <= '9' && minor < 1000)
                    minor = minor * 10 + (*dg++ - '0');
                return minor;
            }
        }
        p = eol + 1;
    }
    return 0;
}
