/* grammar.y - Go's syntax for minigo (lemon LALR(1)); actions only build the AST.
 *
 * Shape (see TOOLCHAIN.md §3): the composite-literal / block ambiguity in
 * if/for/switch headers is resolved with a parallel "header" expression
 * family (hexpr/huexpr/hpexpr) that has no `pexpr { ... }` production, so a
 * `{` after a header expression can only open the body. Literal types
 * ([]T{}, map[K]V{}, struct{...}{}) and func literals stay allowed in
 * headers; inside ( ), [ ] and { } the full family is used again.
 * Types as expressions follow go.y: expr_or_type = expr | non_expr_type.
 * Parameter lists are parsed as (name? type) items and regrouped by
 * parse_group_params (go.y's checkarglist).
 *
 * Invariants: 0 conflicts; the parser object and its stack are GC memory
 * (MgParseAlloc(mg_alloc) and the malloc/realloc/free defines below), because
 * the stack holds the only references to AST nodes under construction; the
 * driver stops at the first syntax error (parse_syntax_error).
 */

%name MgParse
%token_prefix T_
%token_type {Tok}
%default_type {Node *}
%extra_argument {PState *ps}
%stack_size 0
%start_symbol file

%include {
#include "vm/gc_glue.h"
#include <stdbool.h>
#include <string.h>

#include "../vm/object.h"
#include "syntax.h"

/* The parser stack must be visible to the collector (TOOLCHAIN.md §1.5). */
#define malloc(n) GC_MALLOC(n)
#define realloc(p, n) GC_REALLOC(p, n)
#define free(p) GC_FREE(p)


static Node *node_at(NodeKind k, Tok t) { return ast_new(k, t.line, t.col); }
static Node *node_like(NodeKind k, const Node *at) { return ast_new(k, at->line, at->col); }

static Node *ident(Tok t) {
    Node *n = node_at(N_IDENT, t);
    n->name = ast_intern(t.p, (size_t)t.n);
    return n;
}

static Node *basic_lit(Tok t, LitKind k) {
    Node *n = node_at(N_BASICLIT, t);
    n->lit_kind = k;
    n->lit = t.p;
    n->lit_len = (size_t)t.n;
    n->str = t.str;
    n->str_len = t.str_len;
    n->ival = t.ival;
    return n;
}

static Node *binary(Node *x, Tok op, Node *y) {
    Node *n = node_like(N_BINARY, x);
    n->op = op.op;
    n->op_line = op.line;
    n->op_col = op.col;
    n->a = x;
    n->b = y;
    return n;
}

static Node *unary(Tok op, Node *x) {
    Node *n = node_at(op.op == OP_MUL ? N_STAR : N_UNARY, op);
    n->op = op.op == OP_MUL ? OP_NONE : op.op;
    n->a = x;
    return n;
}

static Node *with_a(Node *n, Node *a) { n->a = a; return n; }

static NodeList list1(Node *n) {
    NodeList l = {0};
    if (n) ast_append(&l, n);
    return l;
}

static NodeList list_add(NodeList l, Node *n) {
    if (n) ast_append(&l, n);
    return l;
}

static NodeList list_cat(NodeList a, NodeList b) {
    for (int i = 0; i < b.len; i++) ast_append(&a, b.items[i]);
    return a;
}

/* Packs a source position into the spare int64 of a node (N_BLOCK: `}`,
 * N_CALL: `)`), for errors gc reports at the closing token. */
static int64_t pack_pos(Tok t) { return ((int64_t)t.line << 32) | (uint32_t)t.col; }

static Node *block(Tok lb, NodeList stmts, Tok rb) {
    Node *n = node_at(N_BLOCK, lb);
    n->list = stmts;
    n->ival = pack_pos(rb);
    return n;
}

static Node *call(Node *fn, NodeList args, bool dots, Tok rp) {
    Node *n = node_like(N_CALL, fn);
    n->a = fn;
    n->list = args;
    if (dots) n->flags |= NF_ELLIPSIS;
    n->ival = pack_pos(rp);
    return n;
}

static Node *selector(Node *x, Tok name) {
    Node *n = node_like(N_SELECTOR, x);
    n->a = x;
    n->name = ast_intern(name.p, (size_t)name.n);
    n->ival = pack_pos(name); /* gc reports selector errors at the name */
    return n;
}

static Node *index_expr(Node *x, Node *i) {
    Node *n = node_like(N_INDEX, x);
    n->a = x;
    n->b = i;
    return n;
}

static Node *slice_expr(Node *x, Node *lo, Node *hi, Node *max, bool three) {
    Node *n = node_like(N_SLICE, x);
    n->a = x;
    n->b = lo;
    n->c = hi;
    n->d = max;
    if (three) n->flags |= NF_SLICE3;
    return n;
}

static Node *slice3(PState *ps, Node *x, Node *lo, Node *hi, Node *max, Tok colon, Tok rbrack) {
    if (!hi)
        parse_error_at(ps, colon.line, colon.col, "middle index required in 3-index slice");
    else if (!max)
        parse_error_at(ps, rbrack.line, rbrack.col, "final index required in 3-index slice");
    return slice_expr(x, lo, hi, max, true);
}

static Node *type_assert(Node *x, Node *t) {
    Node *n = node_like(N_TYPEASSERT, x);
    n->a = x;
    n->b = t;
    return n;
}

static Node *composite(Node *type, Tok lb, NodeList elems) {
    Node *n = type ? node_like(N_COMPOSITE, type) : node_at(N_COMPOSITE, lb);
    n->a = type;
    n->list = elems;
    return n;
}

static Node *expr_stmt(Node *x) {
    Node *n = node_like(N_EXPRSTMT, x);
    n->a = x;
    return n;
}

static Node *assign(NodeKind k, int op, Tok at, NodeList lhs, NodeList rhs) {
    Node *n = node_at(k, at);
    n->op = op;
    n->list = lhs;
    n->list2 = rhs;
    return n;
}

/* x, y := ...: every left-hand side must be a name. */
static Node *define(PState *ps, Tok at, NodeList lhs, NodeList rhs) {
    for (int i = 0; i < lhs.len; i++) {
        Node *x = lhs.items[i];
        if (x->kind != N_IDENT) {
            parse_error_at(ps, x->line, x->col, "non-name %s on left side of :=",
                           parse_node_string(x));
            break;
        }
    }
    return assign(N_DEFINE, OP_NONE, at, lhs, rhs);
}

static Node *incdec(Node *x, Tok op) {
    Node *n = node_at(N_INCDEC, op);
    n->op = op.op;
    n->a = x;
    return n;
}

static Node *send_stmt(Node *ch, Tok arrow, Node *v) {
    Node *n = node_at(N_SENDSTMT, arrow);
    n->a = ch;
    n->b = v;
    return n;
}

/* One parameter item before regrouping: at most one name and a type. */
static Node *param(Node *name, Node *type) {
    Node *n = node_like(N_FIELD, name ? name : type);
    if (name) ast_append(&n->list, name);
    n->a = type;
    return n;
}

static Node *ellipsis(Tok t, Node *elem) {
    Node *n = node_at(N_ELLIPSIS, t);
    n->a = elem;
    return n;
}

static Node *functype(Tok at, NodeList params, NodeList results) {
    Node *n = node_at(N_FUNCTYPE, at);
    n->list = params;
    n->list2 = results;
    return n;
}

static Node *gendecl(Tok kw, int op, NodeList specs) {
    Node *n = node_at(N_GENDECL, kw);
    n->op = op;
    n->list = specs;
    if (op == OP_CONST)
        for (int i = 0; i < specs.len; i++) specs.items[i]->ival = i;
    return n;
}

static Node *value_spec(NodeKind k, NodeList names, Node *type, NodeList values) {
    Node *n = node_like(k, names.items[0]);
    n->list = names;
    n->a = type;
    n->list2 = values;
    return n;
}

static Node *branch(Tok kw, int op, Node *label) {
    Node *n = node_at(N_BRANCH, kw);
    n->op = op;
    if (label) n->name = label->name;
    return n;
}

static Node *go_defer(PState *ps, Tok kw, NodeKind k, Node *x) {
    const char *what = k == N_GO ? "go" : "defer";
    if (x->kind == N_PAREN) {
        parse_error_at(ps, x->line, x->col, "expression in %s must not be parenthesized", what);
    } else if (x->kind != N_CALL) {
        parse_error_at(ps, x->line, x->col, "expression in %s must be function call", what);
    }
    Node *n = node_at(k, kw);
    n->a = x;
    return n;
}

/* Header of if/switch: a = init, b = condition statement; op = how the
 * separating semicolon was written (-1: none), line/col = its position. */
static Node *header(Node *init, Node *cond, Tok semi, bool has_semi) {
    Node *h = ast_new(N_EMPTY, semi.line, semi.col);
    h->a = init;
    h->b = cond;
    h->op = has_semi ? semi.op : -1;
    return h;
}

/* Turns the header's condition statement into an expression, reporting gc's
 * errors for a missing or non-expression condition. */
static Node *header_cond(PState *ps, Node *h, const char *what) {
    Node *c = h->b;
    if (!c) {
        if (h->op == SEMI_EXPLICIT)
            parse_error_at(ps, h->line, h->col, "syntax error: missing condition in %s statement", what);
        else if (h->op >= 0)
            parse_error_at(ps, h->line, h->col, "syntax error: unexpected %s, expecting { after %s clause",
                           h->op == SEMI_EOF ? "EOF" : "newline", what);
        return NULL;
    }
    if (c->kind != N_EXPRSTMT) {
        parse_error_at(ps, c->line, c->col, "syntax error: cannot use %s as value",
                       parse_node_string(c));
        return NULL;
    }
    return c->a;
}

static Node *if_stmt(PState *ps, Tok kw, Node *h, Node *then, Node *els) {
    Node *n = node_at(N_IF, kw);
    n->a = h->a;
    n->b = h->b; /* already an expression (ifheader) */
    n->c = then;
    n->d = els;
    return n;
}

static Node *for_stmt(PState *ps, Tok kw, Node *init, Node *cond, Node *post, Node *body) {
    Node *n = node_at(N_FOR, kw);
    n->a = init;
    if (cond) {
        if (cond->kind != N_EXPRSTMT)
            parse_error_at(ps, cond->line, cond->col, "syntax error: cannot use %s as value",
                           parse_node_string(cond));
        n->b = cond->a;
    }
    if (post && post->kind == N_DEFINE)
        parse_error_at(ps, post->line, post->col,
                       "syntax error: cannot declare in post statement of for loop");
    n->c = post;
    n->d = body;
    return n;
}

static Node *range_stmt(Tok kw, Node *r, Node *body) {
    Node *n = node_at(N_RANGE, kw);
    n->list = r->list;
    n->flags = r->flags;
    n->a = r->a;
    n->d = body;
    return n;
}

static bool is_type_guard(const Node *x) { return x && x->kind == N_TYPEASSERT && !x->b; }

static Node *switch_stmt(PState *ps, Tok kw, Node *h, NodeList clauses) {
    Node *tag = h->b;
    Node *n;
    if (tag && tag->kind == N_EXPRSTMT && is_type_guard(tag->a)) {
        n = node_at(N_TYPESWITCH, kw);
        n->b = tag->a->a;
    } else if (tag && tag->kind == N_DEFINE && tag->list.len == 1 && tag->list2.len == 1 &&
               is_type_guard(tag->list2.items[0]) && tag->list.items[0]->kind == N_IDENT) {
        n = node_at(N_TYPESWITCH, kw);
        n->name = tag->list.items[0]->name;
        n->b = tag->list2.items[0]->a;
    } else {
        n = node_at(N_SWITCH, kw);
        if (tag) {
            if (tag->kind != N_EXPRSTMT)
                parse_error_at(ps, tag->line, tag->col, "syntax error: cannot use %s as value",
                               parse_node_string(tag));
            else
                n->b = tag->a;
        } else if (h->op == SEMI_NEWLINE && !h->a) {
            /* `switch x` followed by a newline */
        }
    }
    n->a = h->a;
    for (int i = 0; i < clauses.len; i++) {
        Node *c = clauses.items[i];
        if (c->a) {
            parse_error_at(ps, c->a->line, c->a->col, "syntax error: unexpected %s, expecting :",
                           c->a->kind == N_DEFINE ? ":=" : c->a->kind == N_SENDSTMT ? "<-" : "=");
            c->a = NULL;
        }
    }
    n->list = clauses;
    return n;
}

static Node *select_stmt(PState *ps, Tok kw, NodeList clauses) {
    Node *n = node_at(N_SELECT, kw);
    for (int i = 0; i < clauses.len; i++) {
        Node *c = clauses.items[i];
        Node *cc = node_like(N_COMMCLAUSE, c);
        cc->flags = c->flags;
        cc->list2 = c->list2;
        if (c->a) {
            cc->a = c->a;
        } else if (c->list.len > 0) {
            if (c->list.len != 1)
                parse_error_at(ps, c->list.items[1]->line, c->list.items[1]->col,
                               "syntax error: unexpected comma, expecting := or = or :");
            cc->a = expr_stmt(c->list.items[0]);
        }
        /* that the received-from expression is a receive (parenthesised or not) is
         * types2's check: check_stmt.c */
        ast_append(&n->list, cc);
    }
    return n;
}

static Node *case_clause(Tok kw, NodeList exprs, Node *comm, NodeList body, bool dflt) {
    Node *n = node_at(N_CASECLAUSE, kw);
    n->list = exprs;
    n->a = comm;
    n->list2 = body;
    if (dflt) n->flags |= NF_DEFAULT;
    return n;
}

static Node *labeled(Node *label, Node *stmt) {
    Node *n = node_like(N_LABELED, label);
    n->name = label->name;
    n->a = stmt ? stmt : node_like(N_EMPTY, label);
    return n;
}

static Node *decl_stmt(Node *d) {
    Node *n = node_like(N_DECLSTMT, d);
    n->a = d;
    return n;
}

/* Removes and returns the body of a plain `func main() { ... }` from a snippet's
 * declarations, or NULL when it has none. */
static Node *snippet_take_main(NodeList *decls) {
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d->kind != N_FUNCDECL || d->a || !d->c || strcmp(d->name, "main") != 0) continue;
        Node *sig = d->b;
        if (sig->list.len || sig->list2.len) return NULL; /* the checker reports it */
        memmove(&decls->items[i], &decls->items[i + 1], sizeof(Node *) * (size_t)(decls->len - i - 1));
        decls->len--;
        return d->c;
    }
    return NULL;
}

static Node *funcdecl(PState *ps, Tok kw, Tok name, NodeList recv, Node *sig, Node *body) {
    Node *n = node_at(N_FUNCDECL, name);
    n->name = ast_intern(name.p, (size_t)name.n);
    sig->line = kw.line;
    sig->col = kw.col;
    if (recv.len > 0 || recv.items) {
        if (recv.len != 1 || recv.items[0]->list.len > 1)
            parse_error_at(ps, name.line, name.col, "method has multiple receivers");
        else
            n->a = recv.items[0];
    }
    n->b = sig;
    n->c = body;
    return n;
}
} /* end %include */

%code {
/* Would the parser accept `tok` in its current configuration? Simulates the
 * LR automaton on a copy of the state stack (reductions included), so the
 * answer is exact; used only to word syntax errors. */
bool mg_parser_accepts(void *parser, int tok) {
    yyParser *p = parser;
    int depth = (int)(p->yytos - p->yystack) + 1;
    int cap = depth + 64;
    /* asked at most brackets (parse.c's track_context): the usual stack fits this frame */
    YYACTIONTYPE small[512];
    YYACTIONTYPE *st = cap <= 512 ? small : GC_MALLOC_ATOMIC(sizeof *st * (size_t)cap);
    for (int i = 0; i < depth; i++) st[i] = p->yystack[i].stateno;
    int top = depth - 1;
    for (int guard = 0; guard < 10000; guard++) {
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)tok, st[top]);
        if (act >= YY_MIN_REDUCE) {
            unsigned rule = act - YY_MIN_REDUCE;
            if (act == YY_ACCEPT_ACTION) return true;
            if (rule >= sizeof yyRuleInfoLhs / sizeof yyRuleInfoLhs[0]) return false;
            top += yyRuleInfoNRhs[rule];
            if (top < 0) return false;
            YYACTIONTYPE g = yy_find_reduce_action(st[top], (YYCODETYPE)yyRuleInfoLhs[rule]);
            if (top + 1 >= cap) return false;
            st[++top] = g;
        } else if (act <= YY_MAX_SHIFTREDUCE) {
            return true;
        } else {
            return act == YY_ACCEPT_ACTION;
        }
    }
    return false;
}
}

%token_destructor { (void)ps; (void)$$; }

%syntax_error {
    parse_syntax_error(ps, yymajor, &TOKEN, yypParser);
}

%stack_overflow {
    parse_error_at(ps, 0, 0, "parser stack overflow");
}

/* Token codes: lexer.re returns these. */
%token IDENT INT FLOAT IMAG CHAR STRING.
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO IF
       IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR.
%token ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT ASSIGNOP LAND LOR ARROW INC DEC
       EQL NEQ LSS LEQ GTR GEQ ASSIGN NOT DEFINE ELLIPSIS LPAREN RPAREN LBRACK RBRACK
       LBRACE RBRACE COMMA PERIOD SEMI COLON TILDE.

/* Binary operator precedence (Go's five levels). NOTPAREN < LPAREN settles
 * `func() (` in favour of a parenthesised result list. */
%left LOR.
%left LAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left MUL QUO REM SHL SHR AND AND_NOT.
%left NOTPAREN.
%left LPAREN.

%type file {Node *}
%type sitems {NodeList}
%type sitem {NodeList}
%type imports {NodeList}
%type importdecl {NodeList}
%type importspecs {NodeList}
%type topdecls {NodeList}
%type varspecs {NodeList}
%type constspecs {NodeList}
%type typespecs {NodeList}
%type identlist {NodeList}
%type exprlist {NodeList}
%type hexprlist {NodeList}
%type exprtypelist {NodeList}
%type arglist {NodeList}
%type elems {NodeList}
%type elemlist {NodeList}
%type stmtlist {NodeList}
%type caselist {NodeList}
%type params {NodeList}
%type paramlist {NodeList}
%type result {NodeList}
%type fielddecls {NodeList}
%type fielddecl {NodeList}
%type methspecs {NodeList}

/* ---------------------------------------------------------------- files */

file ::= PACKAGE IDENT(N) SEMI imports(I) topdecls(D). {
    Node *f = ast_new(N_FILE, N.line, N.col);
    f->name = ast_intern(N.p, (size_t)N.n);
    f->list = I;
    f->list2 = D;
    parse_set_result(ps, f);
}
/* A snippet: no package clause; statements and declarations in any order. */
file ::= sitems(S). {
    Node *f = ast_new(N_FILE, 1, 1);
    Node *body = ast_new(N_BLOCK, 1, 1);
    for (int i = 0; i < S.len; i++) {
        Node *x = S.items[i];
        if (x->kind == N_IMPORT) ast_append(&f->list, x);
        else if (x->kind == N_FUNCDECL) ast_append(&f->list2, x);
        else if (x->kind == N_DECLSTMT) ast_append(&f->list2, x->a);
        else ast_append(&body->list, x);
    }
    if (body->list.len) {
        body->line = body->list.items[0]->line;
        body->col = body->list.items[0]->col;
    } else {
        /* a pasted program without its package clause: its own func main is the body */
        Node *m = snippet_take_main(&f->list2);
        if (m) body = m;
    }
    f->c = body;
    parse_set_result(ps, f);
}

sitems(L) ::= sitem(X). { L = X; }
sitems(L) ::= sitems(A) SEMI sitem(X). { L = list_cat(A, X); }
sitem(L) ::= stmt(S). { L = list1(S); }
sitem(L) ::= funcdecl(F). { L = list1(F); }
sitem(L) ::= importdecl(I). { L = I; }

imports(L) ::= . { memset(&L, 0, sizeof L); }
imports(L) ::= imports(A) importdecl(I) SEMI. { L = list_cat(A, I); }

importdecl(L) ::= IMPORT importspec(S). { L = list1(S); }
importdecl(L) ::= IMPORT LPAREN importspecs(S) osemi RPAREN. { L = S; }
importdecl(L) ::= IMPORT LPAREN RPAREN. { memset(&L, 0, sizeof L); }
importspecs(L) ::= importspec(S). { L = list1(S); }
importspecs(L) ::= importspecs(A) SEMI importspec(S). { L = list_add(A, S); }

importspec(N) ::= STRING(P). {
    N = node_at(N_IMPORT, P);
    N->str = P.str;
    N->str_len = P.str_len;
}
importspec(N) ::= IDENT(A) STRING(P). {
    N = node_at(N_IMPORT, P);
    N->name = ast_intern(A.p, (size_t)A.n);
    N->str = P.str;
    N->str_len = P.str_len;
}
importspec(N) ::= PERIOD STRING(P). {
    N = node_at(N_IMPORT, P);
    N->name = ".";
    N->str = P.str;
    N->str_len = P.str_len;
}

osemi ::= .
osemi ::= SEMI.
ocomma ::= .
ocomma ::= COMMA.

topdecls(L) ::= . { memset(&L, 0, sizeof L); }
topdecls(L) ::= topdecls(A) gendecl(D) SEMI. { L = list_add(A, D); }
topdecls(L) ::= topdecls(A) funcdecl(D) SEMI. { L = list_add(A, D); }

/* --------------------------------------------------------- declarations */

gendecl(D) ::= VAR(K) varspec(S). { D = gendecl(K, OP_VAR, list1(S)); }
gendecl(D) ::= VAR(K) LPAREN varspecs(S) osemi RPAREN. { D = gendecl(K, OP_VAR, S); }
gendecl(D) ::= VAR(K) LPAREN RPAREN. { NodeList e = {0}; D = gendecl(K, OP_VAR, e); }
gendecl(D) ::= CONST(K) constspec(S). { D = gendecl(K, OP_CONST, list1(S)); }
gendecl(D) ::= CONST(K) LPAREN constspecs(S) osemi RPAREN. { D = gendecl(K, OP_CONST, S); }
gendecl(D) ::= CONST(K) LPAREN RPAREN. { NodeList e = {0}; D = gendecl(K, OP_CONST, e); }
gendecl(D) ::= TYPE(K) typespec(S). { D = gendecl(K, OP_TYPE, list1(S)); }
gendecl(D) ::= TYPE(K) LPAREN typespecs(S) osemi RPAREN. { D = gendecl(K, OP_TYPE, S); }
gendecl(D) ::= TYPE(K) LPAREN RPAREN. { NodeList e = {0}; D = gendecl(K, OP_TYPE, e); }

varspecs(L) ::= varspec(S). { L = list1(S); }
varspecs(L) ::= varspecs(A) SEMI varspec(S). { L = list_add(A, S); }
constspecs(L) ::= constspec(S). { L = list1(S); }
constspecs(L) ::= constspecs(A) SEMI constspec(S). { L = list_add(A, S); }
typespecs(L) ::= typespec(S). { L = list1(S); }
typespecs(L) ::= typespecs(A) SEMI typespec(S). { L = list_add(A, S); }

varspec(S) ::= identlist(N) ntype(T). { NodeList e = {0}; S = value_spec(N_VARSPEC, N, T, e); }
varspec(S) ::= identlist(N) ntype(T) ASSIGN exprlist(V). { S = value_spec(N_VARSPEC, N, T, V); }
varspec(S) ::= identlist(N) ASSIGN exprlist(V). { S = value_spec(N_VARSPEC, N, NULL, V); }

constspec(S) ::= identlist(N). { NodeList e = {0}; S = value_spec(N_CONSTSPEC, N, NULL, e); }
constspec(S) ::= identlist(N) ntype(T). {
    NodeList e = {0};
    S = value_spec(N_CONSTSPEC, N, T, e);
    parse_error_at(ps, N.items[0]->line, N.items[0]->col, "missing init expr for %s",
                   N.items[0]->name);
}
constspec(S) ::= identlist(N) ntype(T) ASSIGN exprlist(V). { S = value_spec(N_CONSTSPEC, N, T, V); }
constspec(S) ::= identlist(N) ASSIGN exprlist(V). { S = value_spec(N_CONSTSPEC, N, NULL, V); }

typespec(S) ::= IDENT(N) ntype(T). {
    S = node_at(N_TYPESPEC, N);
    S->name = ast_intern(N.p, (size_t)N.n);
    S->a = T;
}
typespec(S) ::= IDENT(N) ASSIGN ntype(T). {
    S = node_at(N_TYPESPEC, N);
    S->name = ast_intern(N.p, (size_t)N.n);
    S->a = T;
    S->flags |= NF_ALIAS;
}

identlist(L) ::= IDENT(N). { L = list1(ident(N)); }
identlist(L) ::= identlist(A) COMMA IDENT(N). { L = list_add(A, ident(N)); }

funcdecl(F) ::= FUNC(K) IDENT(N) signature(S) ofuncbody(B). {
    NodeList none = {0};
    F = funcdecl(ps, K, N, none, S, B);
}
funcdecl(F) ::= FUNC(K) LPAREN params(R) RPAREN IDENT(N) signature(S) ofuncbody(B). {
    NodeList recv = parse_group_params(ps, R, true);
    if (recv.len == 0)
        parse_error_at(ps, N.line, N.col, "method has no receiver");
    F = funcdecl(ps, K, N, recv, S, B);
}
ofuncbody(B) ::= . { B = NULL; }
ofuncbody(B) ::= block(X). { B = X; }

signature(S) ::= LPAREN(P) params(A) RPAREN result(R). {
    S = functype(P, parse_group_params(ps, A, true), R);
}
result(R) ::= . [NOTPAREN] { memset(&R, 0, sizeof R); }
result(R) ::= fnret_type(T). { R = list1(param(NULL, T)); }
result(R) ::= LPAREN params(A) RPAREN. { R = parse_group_params(ps, A, true); }

params(L) ::= . { memset(&L, 0, sizeof L); }
params(L) ::= paramlist(A) ocomma. { L = A; }
paramlist(L) ::= param(P). { L = list1(P); }
paramlist(L) ::= paramlist(A) COMMA param(P). { L = list_add(A, P); }
param(P) ::= ntype(T). { P = param(NULL, T); }
param(P) ::= IDENT(N) ntype(T). { P = param(ident(N), T); }
param(P) ::= IDENT(N) ELLIPSIS(E) ntype(T). { P = param(ident(N), ellipsis(E, T)); }
param(P) ::= ELLIPSIS(E) ntype(T). { P = param(NULL, ellipsis(E, T)); }

/* ---------------------------------------------------------------- types */

ntype(T) ::= fnret_type(X). { T = X; }
ntype(T) ::= LPAREN(P) ntype(X) RPAREN. { T = with_a(node_at(N_PAREN, P), X); }

fnret_type(T) ::= typename(X). { T = X; }
fnret_type(T) ::= ptrtype(X). { T = X; }
fnret_type(T) ::= recvchantype(X). { T = X; }
fnret_type(T) ::= fntype(X). { T = X; }
fnret_type(T) ::= othertype(X). { T = X; }

non_recvchantype(T) ::= typename(X). { T = X; }
non_recvchantype(T) ::= ptrtype(X). { T = X; }
non_recvchantype(T) ::= fntype(X). { T = X; }
non_recvchantype(T) ::= othertype(X). { T = X; }
non_recvchantype(T) ::= LPAREN(P) ntype(X) RPAREN. { T = with_a(node_at(N_PAREN, P), X); }

typename(T) ::= IDENT(N). { T = ident(N); }
typename(T) ::= IDENT(P) PERIOD IDENT(N). { T = selector(ident(P), N); }

ptrtype(T) ::= MUL(S) ntype(X). { T = with_a(node_at(N_STAR, S), X); }

recvchantype(T) ::= ARROW(A) CHAN ntype(X). {
    T = with_a(node_at(N_CHANTYPE, A), X);
    T->op = CHAN_RECV;
}

fntype(T) ::= FUNC(K) signature(S). { T = S; T->line = K.line; T->col = K.col; }

othertype(T) ::= littype(X). { T = X; }
othertype(T) ::= CHAN(C) non_recvchantype(X). {
    T = with_a(node_at(N_CHANTYPE, C), X);
    T->op = CHAN_BOTH;
}
othertype(T) ::= CHAN(C) ARROW ntype(X). {
    T = with_a(node_at(N_CHANTYPE, C), X);
    T->op = CHAN_SEND;
}

/* Types that may head a composite literal or a conversion in expressions. */
littype(T) ::= LBRACK(B) expr(N) RBRACK ntype(E). {
    T = node_at(N_ARRAYTYPE, B);
    T->a = N;
    T->b = E;
}
littype(T) ::= LBRACK(B) ELLIPSIS(D) RBRACK ntype(E). {
    T = node_at(N_ARRAYTYPE, B);
    T->a = node_at(N_ELLIPSIS, D);
    T->b = E;
}
littype(T) ::= LBRACK(B) RBRACK ntype(E). {
    T = node_at(N_SLICETYPE, B);
    T->b = E;
}
littype(T) ::= MAP(M) LBRACK ntype(K) RBRACK ntype(V). {
    T = node_at(N_MAPTYPE, M);
    T->a = K;
    T->b = V;
}
littype(T) ::= bracedtype(X). { T = X; }
bracedtype(T) ::= STRUCT(S) LBRACE fielddecls(F) RBRACE. {
    T = node_at(N_STRUCTTYPE, S);
    T->list = F;
}
bracedtype(T) ::= INTERFACE(I) LBRACE methspecs(M) RBRACE. {
    T = node_at(N_INTERFACETYPE, I);
    T->list = M;
}

fielddecls(L) ::= fielddecl(F). { L = F; }
fielddecls(L) ::= fielddecls(A) SEMI fielddecl(F). { L = list_cat(A, F); }
fielddecl(L) ::= . { memset(&L, 0, sizeof L); }
fielddecl(L) ::= identlist(N) ntype(T) otag(G). {
    Node *f = node_like(N_FIELD, N.items[0]);
    f->list = N;
    f->a = T;
    f->b = G;
    L = list1(f);
}
fielddecl(L) ::= typename(T) otag(G). {
    Node *f = node_like(N_FIELD, T);
    f->a = T;
    f->b = G;
    f->flags |= NF_EMBEDDED;
    L = list1(f);
}
fielddecl(L) ::= MUL(S) typename(T) otag(G). {
    Node *f = node_at(N_FIELD, S);
    f->a = with_a(node_at(N_STAR, S), T);
    f->b = G;
    f->flags |= NF_EMBEDDED;
    L = list1(f);
}
otag(G) ::= . { G = NULL; }
otag(G) ::= STRING(S). { G = basic_lit(S, LIT_STRING); }

methspecs(L) ::= methspec(M). { L = list1(M); }
methspecs(L) ::= methspecs(A) SEMI methspec(M). { L = list_add(A, M); }
methspec(M) ::= . { M = NULL; }
methspec(M) ::= IDENT(N) signature(S). {
    M = node_at(N_FIELD, N);
    ast_append(&M->list, ident(N));
    S->line = N.line;
    S->col = N.col;
    M->a = S;
}
methspec(M) ::= typename(T). {
    M = node_like(N_FIELD, T);
    M->a = T;
    M->flags |= NF_EMBEDDED;
}

/* Types usable where an expression is expected (make(chan int), new(T),
 * conversions): every type that is not also an expression. */
non_expr_type(T) ::= recvchantype(X). { T = X; }
non_expr_type(T) ::= fntype(X). { T = X; }
non_expr_type(T) ::= othertype(X). { T = X; }
non_expr_type(T) ::= MUL(S) non_expr_type(X). { T = with_a(node_at(N_STAR, S), X); }

expr_or_type(E) ::= expr(X). { E = X; }
expr_or_type(E) ::= non_expr_type(X). { E = X; }

/* ---------------------------------------------------------- expressions */

operand(E) ::= INT(L). { E = basic_lit(L, LIT_INT); }
operand(E) ::= FLOAT(L). { E = basic_lit(L, LIT_FLOAT); }
operand(E) ::= IMAG(L). { E = basic_lit(L, LIT_IMAG); }
operand(E) ::= CHAR(L). { E = basic_lit(L, LIT_CHAR); }
operand(E) ::= STRING(L). { E = basic_lit(L, LIT_STRING); }
operand(E) ::= IDENT(N). { E = ident(N); }
operand(E) ::= LPAREN(P) expr_or_type(X) RPAREN. { E = with_a(node_at(N_PAREN, P), X); }
operand(E) ::= littype(T) LBRACE(B) elems(L) RBRACE. { E = composite(T, B, L); }
operand(E) ::= othertype(T) LPAREN expr(X) ocomma RPAREN(R). { E = call(T, list1(X), false, R); }
/* a method expression on a literal type that ends in }: interface{ m(string) }.m,
 * struct{ T }.m ([]T.m would read as []pkg.T, as in gc) */
operand(E) ::= bracedtype(T) PERIOD IDENT(N). { E = selector(T, N); }
operand(E) ::= fntype(T) block(B). {
    E = node_like(N_FUNCLIT, T);
    E->a = T;
    E->b = B;
}

elems(L) ::= . { memset(&L, 0, sizeof L); }
elems(L) ::= elemlist(A) ocomma. { L = A; }
elemlist(L) ::= elem(E). { L = list1(E); }
elemlist(L) ::= elemlist(A) COMMA elem(E). { L = list_add(A, E); }
elem(E) ::= elemval(V). { E = V; }
elem(E) ::= elemval(K) COLON elemval(V). {
    E = node_like(N_KEYVALUE, K);
    E->a = K;
    E->b = V;
}
elemval(E) ::= expr(X). { E = X; }
elemval(E) ::= LBRACE(B) elems(L) RBRACE. { E = composite(NULL, B, L); }

pexpr(E) ::= operand(X). { E = X; }
pexpr(E) ::= pexpr(X) PERIOD IDENT(N). { E = selector(X, N); }
pexpr(E) ::= pexpr(X) PERIOD LPAREN expr_or_type(T) RPAREN. { E = type_assert(X, T); }
pexpr(E) ::= pexpr(X) PERIOD LPAREN TYPE RPAREN. { E = type_assert(X, NULL); }
pexpr(E) ::= pexpr(X) LBRACK expr(I) RBRACK. { E = index_expr(X, I); }
pexpr(E) ::= pexpr(X) LBRACK oexpr(L) COLON oexpr(H) RBRACK. { E = slice_expr(X, L, H, NULL, false); }
pexpr(E) ::= pexpr(X) LBRACK oexpr(L) COLON oexpr(H) COLON(C) oexpr(M) RBRACK(R). {
    E = slice3(ps, X, L, H, M, C, R);
}
pexpr(E) ::= pexpr(X) LPAREN RPAREN(R). { NodeList e = {0}; E = call(X, e, false, R); }
pexpr(E) ::= pexpr(X) LPAREN arglist(A) ocomma RPAREN(R). { E = call(X, A, false, R); }
pexpr(E) ::= pexpr(X) LPAREN arglist(A) ELLIPSIS ocomma RPAREN(R). { E = call(X, A, true, R); }
pexpr(E) ::= pexpr(X) LBRACE(B) elems(L) RBRACE. { E = composite(X, B, L); }

oexpr(E) ::= . { E = NULL; }
oexpr(E) ::= expr(X). { E = X; }

arglist(L) ::= expr_or_type(X). { L = list1(X); }
arglist(L) ::= arglist(A) COMMA expr_or_type(X). { L = list_add(A, X); }

uexpr(E) ::= pexpr(X). { E = X; }
uexpr(E) ::= ADD(O) uexpr(X). { E = unary(O, X); }
uexpr(E) ::= SUB(O) uexpr(X). { E = unary(O, X); }
uexpr(E) ::= NOT(O) uexpr(X). { E = unary(O, X); }
uexpr(E) ::= XOR(O) uexpr(X). { E = unary(O, X); }
uexpr(E) ::= MUL(O) uexpr(X). { E = unary(O, X); }
uexpr(E) ::= AND(O) uexpr(X). { E = unary(O, X); }
uexpr(E) ::= ARROW(O) uexpr(X). { E = unary(O, X); }

expr(E) ::= uexpr(X). { E = X; }
expr(E) ::= expr(X) LOR(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) LAND(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) EQL(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) NEQ(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) LSS(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) LEQ(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) GTR(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) GEQ(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) ADD(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) SUB(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) OR(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) XOR(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) MUL(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) QUO(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) REM(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) SHL(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) SHR(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) AND(O) expr(Y). { E = binary(X, O, Y); }
expr(E) ::= expr(X) AND_NOT(O) expr(Y). { E = binary(X, O, Y); }

exprlist(L) ::= expr(X). { L = list1(X); }
exprlist(L) ::= exprlist(A) COMMA expr(X). { L = list_add(A, X); }

exprtypelist(L) ::= expr_or_type(X). { L = list1(X); }
exprtypelist(L) ::= exprtypelist(A) COMMA expr_or_type(X). { L = list_add(A, X); }

/* ---- the header family: no `pexpr {` composite literal ---- */

hpexpr(E) ::= operand(X). { E = X; }
hpexpr(E) ::= hpexpr(X) PERIOD IDENT(N). { E = selector(X, N); }
hpexpr(E) ::= hpexpr(X) PERIOD LPAREN expr_or_type(T) RPAREN. { E = type_assert(X, T); }
hpexpr(E) ::= hpexpr(X) PERIOD LPAREN TYPE RPAREN. { E = type_assert(X, NULL); }
hpexpr(E) ::= hpexpr(X) LBRACK expr(I) RBRACK. { E = index_expr(X, I); }
hpexpr(E) ::= hpexpr(X) LBRACK oexpr(L) COLON oexpr(H) RBRACK. { E = slice_expr(X, L, H, NULL, false); }
hpexpr(E) ::= hpexpr(X) LBRACK oexpr(L) COLON oexpr(H) COLON(C) oexpr(M) RBRACK(R). {
    E = slice3(ps, X, L, H, M, C, R);
}
hpexpr(E) ::= hpexpr(X) LPAREN RPAREN(R). { NodeList e = {0}; E = call(X, e, false, R); }
hpexpr(E) ::= hpexpr(X) LPAREN arglist(A) ocomma RPAREN(R). { E = call(X, A, false, R); }
hpexpr(E) ::= hpexpr(X) LPAREN arglist(A) ELLIPSIS ocomma RPAREN(R). { E = call(X, A, true, R); }

huexpr(E) ::= hpexpr(X). { E = X; }
huexpr(E) ::= ADD(O) huexpr(X). { E = unary(O, X); }
huexpr(E) ::= SUB(O) huexpr(X). { E = unary(O, X); }
huexpr(E) ::= NOT(O) huexpr(X). { E = unary(O, X); }
huexpr(E) ::= XOR(O) huexpr(X). { E = unary(O, X); }
huexpr(E) ::= MUL(O) huexpr(X). { E = unary(O, X); }
huexpr(E) ::= AND(O) huexpr(X). { E = unary(O, X); }
huexpr(E) ::= ARROW(O) huexpr(X). { E = unary(O, X); }

hexpr(E) ::= huexpr(X). { E = X; }
hexpr(E) ::= hexpr(X) LOR(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) LAND(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) EQL(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) NEQ(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) LSS(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) LEQ(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) GTR(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) GEQ(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) ADD(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) SUB(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) OR(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) XOR(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) MUL(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) QUO(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) REM(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) SHL(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) SHR(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) AND(O) hexpr(Y). { E = binary(X, O, Y); }
hexpr(E) ::= hexpr(X) AND_NOT(O) hexpr(Y). { E = binary(X, O, Y); }

hexprlist(L) ::= hexpr(X). { L = list1(X); }
hexprlist(L) ::= hexprlist(A) COMMA hexpr(X). { L = list_add(A, X); }

/* ----------------------------------------------------------- statements */

block(B) ::= LBRACE(L) stmtlist(S) RBRACE(R). { B = block(L, S, R); }

stmtlist(L) ::= stmt(S). { L = list1(S); }
stmtlist(L) ::= stmtlist(A) SEMI stmt(S). { L = list_add(A, S); }

stmt(S) ::= . { S = NULL; }
stmt(S) ::= block(B). { S = B; }
stmt(S) ::= gendecl(D). { S = decl_stmt(D); }
stmt(S) ::= simplestmt(X). { S = X; }
stmt(S) ::= IDENT(N) COLON stmt(X). { S = labeled(ident(N), X); }
stmt(S) ::= GO(K) expr(X). { S = go_defer(ps, K, N_GO, X); }
stmt(S) ::= DEFER(K) expr(X). { S = go_defer(ps, K, N_DEFER, X); }
stmt(S) ::= RETURN(K). { S = node_at(N_RETURN, K); }
stmt(S) ::= RETURN(K) exprlist(L). { S = node_at(N_RETURN, K); S->list = L; }
stmt(S) ::= BREAK(K). { S = branch(K, OP_BREAK, NULL); }
stmt(S) ::= BREAK(K) IDENT(N). { S = branch(K, OP_BREAK, ident(N)); }
stmt(S) ::= CONTINUE(K). { S = branch(K, OP_CONTINUE, NULL); }
stmt(S) ::= CONTINUE(K) IDENT(N). { S = branch(K, OP_CONTINUE, ident(N)); }
stmt(S) ::= GOTO(K) IDENT(N). { S = branch(K, OP_GOTO, ident(N)); }
stmt(S) ::= FALLTHROUGH(K). { S = branch(K, OP_FALLTHROUGH, NULL); }
stmt(S) ::= ifstmt(X). { S = X; }
stmt(S) ::= forstmt(X). { S = X; }
stmt(S) ::= switchstmt(X). { S = X; }
stmt(S) ::= selectstmt(X). { S = X; }

simplestmt(S) ::= expr(X). { S = expr_stmt(X); }
simplestmt(S) ::= expr(X) ASSIGNOP(O) expr(Y). {
    S = assign(N_ASSIGN, O.op, O, list1(X), list1(Y));
}
simplestmt(S) ::= exprlist(L) ASSIGN(O) exprlist(R). { S = assign(N_ASSIGN, OP_ASSIGN, O, L, R); }
simplestmt(S) ::= exprlist(L) DEFINE(O) exprlist(R). { S = define(ps, O, L, R); }
simplestmt(S) ::= expr(X) INC(O). { S = incdec(X, O); }
simplestmt(S) ::= expr(X) DEC(O). { S = incdec(X, O); }
simplestmt(S) ::= expr(X) ARROW(O) expr(Y). { S = send_stmt(X, O, Y); }

hsimple(S) ::= hexpr(X). { S = expr_stmt(X); }
hsimple(S) ::= hexpr(X) ASSIGNOP(O) hexpr(Y). {
    S = assign(N_ASSIGN, O.op, O, list1(X), list1(Y));
}
hsimple(S) ::= hexprlist(L) ASSIGN(O) hexprlist(R). { S = assign(N_ASSIGN, OP_ASSIGN, O, L, R); }
hsimple(S) ::= hexprlist(L) DEFINE(O) hexprlist(R). { S = define(ps, O, L, R); }
hsimple(S) ::= hexpr(X) INC(O). { S = incdec(X, O); }
hsimple(S) ::= hexpr(X) DEC(O). { S = incdec(X, O); }
hsimple(S) ::= hexpr(X) ARROW(O) hexpr(Y). { S = send_stmt(X, O, Y); }

hosimple(S) ::= . { S = NULL; }
hosimple(S) ::= hsimple(X). { S = X; }

header(H) ::= hosimple(C). { Tok none = {0}; H = header(NULL, C, none, false); }
header(H) ::= hosimple(I) SEMI(T) hosimple(C). { H = header(I, C, T, true); }
/* The if header is checked when it is reduced (before the body is parsed),
 * so that its errors come first, as in gc. */
ifheader(H) ::= hosimple(C). {
    Tok none = {0};
    H = header(NULL, C, none, false);
    if (!C)
        parse_error_at(ps, yyLookaheadToken.line, yyLookaheadToken.col,
                       "syntax error: missing condition in if statement");
    H->b = header_cond(ps, H, "if");
}
ifheader(H) ::= hosimple(I) SEMI(T) hosimple(C). {
    H = header(I, C, T, true);
    H->b = header_cond(ps, H, "if");
}

ifstmt(S) ::= IF(K) ifheader(H) block(B). { S = if_stmt(ps, K, H, B, NULL); }
ifstmt(S) ::= IF(K) ifheader(H) block(B) ELSE ifstmt(E). { S = if_stmt(ps, K, H, B, E); }
ifstmt(S) ::= IF(K) ifheader(H) block(B) ELSE block(E). { S = if_stmt(ps, K, H, B, E); }

forstmt(S) ::= FOR(K) hosimple(C) block(B). { S = for_stmt(ps, K, NULL, C, NULL, B); }
forstmt(S) ::= FOR(K) hosimple(I) SEMI hosimple(C) SEMI hosimple(P) block(B). {
    S = for_stmt(ps, K, I, C, P, B);
}
forstmt(S) ::= FOR(K) rangeclause(R) block(B). { S = range_stmt(K, R, B); }

rangeclause(R) ::= RANGE(K) hexpr(X). { R = node_at(N_RANGE, K); R->a = X; }
rangeclause(R) ::= hexprlist(L) ASSIGN RANGE(K) hexpr(X). { R = node_at(N_RANGE, K); R->list = L; R->a = X; }
rangeclause(R) ::= hexprlist(L) DEFINE(O) RANGE(K) hexpr(X). {
    NodeList none = {0};
    define(ps, O, L, none);
    R = node_at(N_RANGE, K);
    R->list = L;
    R->a = X;
    R->flags |= NF_DEFINE;
}

switchstmt(S) ::= SWITCH(K) header(H) LBRACE caselist(C) RBRACE. { S = switch_stmt(ps, K, H, C); }
selectstmt(S) ::= SELECT(K) LBRACE caselist(C) RBRACE. { S = select_stmt(ps, K, C); }

caselist(L) ::= . { memset(&L, 0, sizeof L); }
caselist(L) ::= caselist(A) caseclause(C). { L = list_add(A, C); }

caseclause(C) ::= CASE(K) exprtypelist(L) COLON stmtlist(B). { C = case_clause(K, L, NULL, B, false); }
caseclause(C) ::= CASE(K) exprtypelist(L) ASSIGN(O) expr(R) COLON stmtlist(B). {
    NodeList e = {0};
    C = case_clause(K, e, assign(N_ASSIGN, OP_ASSIGN, O, L, list1(R)), B, false);
}
caseclause(C) ::= CASE(K) exprtypelist(L) DEFINE(O) expr(R) COLON stmtlist(B). {
    NodeList e = {0};
    C = case_clause(K, e, define(ps, O, L, list1(R)), B, false);
}
caseclause(C) ::= CASE(K) expr(X) ARROW(O) expr(Y) COLON stmtlist(B). {
    NodeList e = {0};
    C = case_clause(K, e, send_stmt(X, O, Y), B, false);
}
caseclause(C) ::= DEFAULT(K) COLON stmtlist(B). { NodeList e = {0}; C = case_clause(K, e, NULL, B, true); }
